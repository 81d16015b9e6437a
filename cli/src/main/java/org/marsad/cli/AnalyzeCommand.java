package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.io.DocumentJson;
import org.marsad.io.Inputs;
import org.marsad.io.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad analyze}: analyse articles and print one JSON object per article (JSONL). */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse articles and write one JSON object per article (JSONL) to standard output.")
final class AnalyzeCommand implements Callable<Integer> {

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for inputs that carry none (.txt, standard input).")
  LocalDate date;

  @Option(names = "--pretty", description = "Indent the JSON (one object spans several lines).")
  boolean pretty;

  @Option(names = "--text", description = "Include the analysed text in each object.")
  boolean text;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories (walked recursively) or - for standard input.")
  List<String> inputs;

  @Override
  public Integer call() throws IOException {
    Pipeline pipeline = Pipeline.standard();
    AtomicLong failed = new AtomicLong();
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    try (var results = Inputs.read(inputs, Optional.ofNullable(date))) {
      results.forEach(r -> {
        if (r instanceof ReadResult.Failed f) {
          failed.incrementAndGet();
          err.println("marsad: " + f.message());
          return;
        }
        ReadResult.Ok ok = (ReadResult.Ok) r;
        try {
          out.write(DocumentJson.toJson(pipeline.analyze(ok.article()), text, pretty));
          out.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
          failed.incrementAndGet();
          err.println("marsad: " + ok.input() + ": analysis failed: " + e);
        }
      });
    }
    out.flush();
    return failed.get() > 0 ? ExitCode.SOME_FAILED.code() : ExitCode.OK.code();
  }
}
