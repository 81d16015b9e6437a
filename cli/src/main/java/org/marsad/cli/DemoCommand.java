package org.marsad.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.io.Inputs;
import org.marsad.io.ReadResult;
import org.marsad.server.Demo;
import org.marsad.store.EventStore;
import org.marsad.store.Ingester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad demo}: a store from the bundled sample reports, served with its dashboard. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Build a demo store from the bundled sample reports (Arabic texts written for the project, "
        + "not real news), serve it and print the dashboard's URL.")
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--db", paramLabel = "FILE", description = "Where to build the store (default: a new temporary file).")
  Path db;

  @Option(names = "--port", defaultValue = "8080",
      description = "TCP port (default: ${DEFAULT-VALUE}; any free port when it is taken).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for INPUTs that carry none.")
  LocalDate date;

  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = "More articles to add to the demo store, as for ingest (e.g. the seed report).")
  List<String> inputs = List.of();

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path file = db != null ? db : Files.createTempDirectory("marsad-demo").resolve("demo.db");
    Pipeline pipeline = Pipeline.standard();
    try (EventStore store = EventStore.open(file)) {
      Demo.ingestSamples(store, pipeline::analyze);
      if (!inputs.isEmpty()) {
        try (Ingester in = new Ingester(store, pipeline::analyze, Ingester.DEFAULT_BATCH);
            var results = Inputs.read(inputs, Optional.ofNullable(date))) {
          results.forEach(r -> {
            if (r instanceof ReadResult.Ok ok) {
              in.accept(ok.article());
            } else {
              System.err.println("marsad: " + ((ReadResult.Failed) r).message());
            }
          });
          in.flush();
          in.drainFailures().forEach(m -> System.err.println("marsad: " + m));
        }
      }
      var counts = store.counts();
      System.err.printf("marsad: demo store %s: %d articles, %d events%n", file, counts.articles(), counts.events());
      try {
        ServeCommand.serveUntilInterrupted(store, host, port);
      } catch (BindException e) {
        System.err.println("marsad: port " + port + " is taken; using a free one");
        ServeCommand.serveUntilInterrupted(store, host, 0);
      }
    }
    return ExitCode.OK.code();
  }
}
