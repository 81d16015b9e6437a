package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.io.DocumentJson;
import org.marsad.io.Format;
import org.marsad.io.Inputs;
import org.marsad.io.ReadResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad analyze}: analyse articles and print one JSON object per article (JSONL).
 *
 * <p>Every article is read, analysed and written before the next one is read, so memory stays
 * bounded for any number of inputs. A bad input, a bad record or an article whose analysis throws is
 * reported on standard error as {@code marsad: FILE[:LINE]: REASON} and the run goes on; the exit
 * code is then 1.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse articles and write one JSON object per article (JSONL) to standard output.",
    footer = "%nFormats, by extension: " + Format.EXTENSIONS + "; standard input (-) is sniffed."
        + "%nExit codes: 0 all inputs processed; 1 some inputs failed (the others were processed); 2 usage error.")
final class AnalyzeCommand implements Callable<Integer> {

  /** How often (in articles) a closed standard output is looked for. */
  private static final int OUTPUT_CHECK_EVERY = 64;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
      description = "Publication date of every article that carries none (.txt, standard input, HTML without date tags).")
  LocalDate date;

  @Option(names = "--min-confidence", paramLabel = "P", converter = MinConfidence.class,
      description = "Leave out occurred events the confidence model scores under P, from 0 to 1 "
          + "(default: the bundled model's cut). 0 keeps every event the coder finds, each with its confidence.")
  Double minConfidence;

  @Option(names = "--pretty", description = "Indent the JSON (one object spans several lines).")
  boolean pretty;

  @Option(names = "--text", description = "Include the analysed text in each object.")
  boolean text;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Files, directories (walked recursively) or - for standard input.")
  List<String> inputs;

  /** Reads {@code --min-confidence}: a number from 0 up to, not including, 1. */
  static final class MinConfidence implements CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      try {
        double p = Double.parseDouble(value);
        if (p >= 0 && p < 1) {
          return p;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new CommandLine.TypeConversionException("invalid confidence '" + value + "' (expected a number from 0 to "
          + "just under 1)");
    }
  }

  /** The standard pipeline, or with {@code --min-confidence} as its last stage's cut. */
  static Pipeline pipeline(Double minConfidence) {
    return minConfidence == null ? Pipeline.standard() : Pipeline.standard(minConfidence);
  }

  /** Reads {@code --date}, naming the bad value and the expected form. */
  static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("invalid date '" + value + "' (expected YYYY-MM-DD)");
      }
    }
  }

  private final Supplier<Pipeline> pipelines;
  private final InputStream stdin;
  private final OutputStream stdout;
  private final OutputStream stderr;

  AnalyzeCommand() {
    this(null, System.in, System.out, System.err);
  }

  /** For tests: another pipeline (null: the standard one, with {@code --min-confidence}) and other standard streams. */
  AnalyzeCommand(Supplier<Pipeline> pipelines, InputStream stdin, OutputStream stdout, OutputStream stderr) {
    this.pipelines = pipelines;
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  @Override
  public Integer call() {
    PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
    Pipeline pipeline;
    try {
      pipeline = pipelines != null ? pipelines.get() : pipeline(minConfidence);
    } catch (RuntimeException e) {
      err.println("marsad: cannot build the analysis pipeline: " + e.getMessage());
      return ExitCode.SOME_FAILED.code();
    }
    Writer out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16);
    long failed = 0;
    long written = 0;
    try (Stream<ReadResult> results = Inputs.read(inputs, Optional.ofNullable(date), stdin)) {
      Iterator<ReadResult> it = results.iterator();
      while (it.hasNext()) {
        ReadResult r = it.next();
        if (r instanceof ReadResult.Failed f) {
          failed++;
          err.println("marsad: " + f.message());
          continue;
        }
        ReadResult.Ok ok = (ReadResult.Ok) r;
        String json;
        try {
          json = DocumentJson.toJson(pipeline.analyze(ok.article()), text, pretty);
        } catch (RuntimeException | StackOverflowError e) {
          failed++;
          err.println("marsad: " + ok.where() + ": analysis failed: " + e);
          continue;
        }
        out.write(json);
        out.write('\n');
        if (++written % OUTPUT_CHECK_EVERY == 0 && outputClosed()) {
          return ExitCode.SOME_FAILED.code(); // the reader went away (| head): stop quietly, as cat does
        }
      }
      out.flush();
    } catch (IOException | UncheckedIOException e) {
      err.println("marsad: cannot write the output: " + e.getMessage());
      return ExitCode.SOME_FAILED.code();
    }
    return failed > 0 ? ExitCode.SOME_FAILED.code() : ExitCode.OK.code();
  }

  /** A PrintStream such as System.out swallows write errors; this asks it whether one happened. */
  private boolean outputClosed() {
    return stdout instanceof PrintStream ps && ps.checkError();
  }
}
