package org.marsad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.io.Inputs;
import org.marsad.io.ReadResult;
import org.marsad.store.EventStore;
import org.marsad.store.IngestOutcome;
import org.marsad.store.Ingester;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad ingest}: analyse articles and store them with their events. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Analyse articles and store them with their events in a SQLite store (created if missing). "
        + "Re-ingesting unchanged articles adds nothing; changed ones replace their events.")
final class IngestCommand implements Callable<Integer> {

  @Option(names = "--db", required = true, paramLabel = "FILE", description = "The store (a SQLite file).")
  Path db;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for inputs that carry none.")
  LocalDate date;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "" + Ingester.DEFAULT_BATCH,
      description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
  int batch;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories (walked recursively) or - for standard input.")
  List<String> inputs;

  @Option(names = "--min-confidence", paramLabel = "P", converter = AnalyzeCommand.MinConfidence.class,
      description = "Store no occurred event the confidence model scores under P, from 0 to 1 (default: the "
          + "bundled model's cut). 0 stores every event the coder finds with its confidence; the API's and "
          + "export's min_confidence then hide or show the doubtful ones. Articles the store already holds are "
          + "not analysed again, so use it on a new store.")
  Double minConfidence;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (batch < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--batch: must be at least 1, got " + batch);
    }
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    long readFailures = 0;
    Pipeline pipeline = AnalyzeCommand.pipeline(minConfidence);
    // a cheap count for the progress line; the articles themselves are read as they are analysed
    Progress progress = new Progress(err, System.console() != null, InputEstimate.of(inputs));
    long start = System.nanoTime();
    Ingester in;
    try (EventStore store = EventStore.open(db); var results = Inputs.read(inputs, Optional.ofNullable(date))) {
      in = new Ingester(store, pipeline::analyze, batch);
      try (in) {
        for (ReadResult r : (Iterable<ReadResult>) results::iterator) {
          if (r instanceof ReadResult.Failed f) {
            readFailures++;
            err.println("marsad: " + f.message());
          } else {
            in.accept(((ReadResult.Ok) r).article());
          }
          in.drainFailures().forEach(m -> err.println("marsad: " + m));
          progress.update(in.done() + readFailures);
        }
        in.flush();
      }
      in.drainFailures().forEach(m -> err.println("marsad: " + m));
      progress.finish(in.done() + readFailures);
      var counts = store.counts();
      double seconds = (System.nanoTime() - start) / 1e9;
      err.printf("marsad: ingest: %d articles in %.1f s (%.0f articles/s): %d added, %d updated, %d unchanged, %d failed, %d unreadable; "
          + "%d events; the store now holds %d articles and %d events%n", in.done(), seconds, in.done() / seconds,
          in.count(IngestOutcome.ADDED), in.count(IngestOutcome.UPDATED), in.count(IngestOutcome.UNCHANGED), in.failed(),
          readFailures, in.events(), counts.articles(), counts.events());
    }
    return readFailures + in.failed() > 0 ? ExitCode.SOME_FAILED.code() : ExitCode.OK.code();
  }
}
