package org.marsad.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.pipeline.Stage;
import org.marsad.core.places.PlacesLayer;
import org.marsad.core.text.TextLayer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench places}: what the places layer costs, in one run over the same SaudiNewsNet
 * articles, four pipelines side by side: the text layer alone; text + places; the whole standard
 * pipeline ({@link Pipeline#standard()}); and the standard pipeline without its places stage. Each
 * round runs the four one after the other on one thread and times them by that thread's CPU time
 * (the machine is shared, and CPU time is far less disturbed by other processes than wall time);
 * the fastest round of each counts. Each stage's own CPU time is summed too, so that the places
 * stage's share of the standard pipeline can be read directly, not only as a difference of two
 * noisy totals. The cost of places is the share of throughput lost by adding
 * the stage: {@code 1 - rate(with) / rate(without)}.
 */
@Command(name = "places", mixinStandardHelpOptions = true,
    description = "Cost of the places layer: text alone, text + places, the standard pipeline with and without places.")
final class BenchPlacesCommand implements Callable<Integer> {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final double NANOS_PER_MICRO = 1e3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "Folder of SaudiNewsNet day zips (default: ${DEFAULT-VALUE}).")
  Path data = NewsCorpus.defaultDirectory();

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Read at most N articles (0: all).")
  int limit;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
      description = "Timed rounds; each runs the four pipelines in turn, the fastest round of each counts (default: ${DEFAULT-VALUE}).")
  int rounds;

  /** One pipeline of the comparison, its CPU time per round, and per stage in its fastest round. */
  private record Contender(String name, List<Stage> stages, long[] nanos, long[][] stageNanos) {
    Contender(String name, List<Stage> stages, int rounds) {
      this(name, List.copyOf(stages), new long[rounds], new long[rounds][stages.size()]);
    }

    long[] bestStages() {
      int best = 0;
      for (int r = 1; r < nanos.length; r++) {
        if (nanos[r] < nanos[best]) {
          best = r;
        }
      }
      return stageNanos[best];
    }

    long best() {
      return Arrays.stream(nanos).min().orElseThrow();
    }

    long median() {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      return sorted[sorted.length / 2];
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(data)) {
      spec.commandLine().getErr().println("marsad: " + data + ": no such directory");
      return ExitCode.USAGE.code();
    }
    if (rounds < 1) {
      spec.commandLine().getErr().println("marsad: --rounds " + rounds + ": must be at least 1");
      return ExitCode.USAGE.code();
    }
    List<Article> articles = NewsCorpus.load(data, Integer.MAX_VALUE, limit > 0 ? limit : Integer.MAX_VALUE);
    long chars = articles.stream().mapToLong(a -> a.analysedText().length()).sum();
    out.println(String.format(Locale.ROOT, "%d articles, %.1f M chars, from %s", articles.size(), chars / 1e6, data));
    long t0 = System.nanoTime();
    PlacesLayer places = PlacesLayer.standard();
    out.println(String.format(Locale.ROOT, "places layer construction (gazetteer + lexicon): %d ms",
        (System.nanoTime() - t0) / 1_000_000));
    Pipeline standard = Pipeline.standard();
    List<Stage> withoutPlaces = standard.stages().stream().filter(s -> !(s instanceof PlacesLayer)).toList();
    List<Contender> contenders = List.of(
        new Contender("text", List.of(TextLayer.standard()), rounds),
        new Contender("text + places", List.of(TextLayer.standard(), places), rounds),
        new Contender("standard without places", withoutPlaces, rounds),
        new Contender("standard", standard.stages(), rounds));
    out.println("standard: " + names(standard.stages()) + "; without places: " + names(withoutPlaces));
    out.flush();
    for (Contender c : contenders) {
      run(c.stages(), articles, new long[c.stages().size()]); // warm-up
    }
    for (int r = 0; r < rounds; r++) {
      for (Contender c : contenders) {
        long start = CPU.getCurrentThreadCpuTime();
        run(c.stages(), articles, c.stageNanos()[r]);
        c.nanos()[r] = CPU.getCurrentThreadCpuTime() - start;
      }
    }
    out.println(String.format(Locale.ROOT, "%-26s %14s %14s %14s", "pipeline", "articles/CPU-s", "µs/article",
        "median µs/art."));
    for (Contender c : contenders) {
      out.println(String.format(Locale.ROOT, "%-26s %14.0f %14.1f %14.1f", c.name(), rate(c.best(), articles.size()),
          micros(c.best(), articles.size()), micros(c.median(), articles.size())));
    }
    for (Contender c : contenders) {
      long[] stages = c.bestStages();
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < stages.length; i++) {
        parts.add(String.format(Locale.ROOT, "%s %.1f", c.stages().get(i).getClass().getSimpleName(),
            micros(stages[i], articles.size())));
      }
      out.println(String.format(Locale.ROOT, "  %-24s µs/article by stage (fastest round): %s", c.name(),
          String.join(", ", parts)));
    }
    report(out, "text", contenders.get(0), contenders.get(1), articles.size());
    report(out, "the rest of the standard pipeline", contenders.get(2), contenders.get(3), articles.size());
    share(out, contenders.get(1));
    share(out, contenders.get(3));
    long found = 0;
    for (Article a : articles) {
      found += standard.analyze(a).places().size();
    }
    out.println(String.format(Locale.ROOT, "places found by the standard pipeline: %d (%.1f per article)", found,
        (double) found / Math.max(1, articles.size())));
    return ExitCode.OK.code();
  }

  private static void report(PrintWriter out, String base, Contender without, Contender with, int n) {
    double cost = 1 - rate(with.best(), n) / rate(without.best(), n);
    out.println(String.format(Locale.ROOT, "adding places to %s: %.1f µs/article more, throughput %.1f%% lower", base,
        micros(with.best() - without.best(), n), 100 * cost));
  }

  /** The places stage's own share of a pipeline's CPU time, in its fastest round. */
  private static void share(PrintWriter out, Contender c) {
    long[] stages = c.bestStages();
    long total = Arrays.stream(stages).sum();
    long own = 0;
    for (int i = 0; i < stages.length; i++) {
      if (c.stages().get(i) instanceof PlacesLayer) {
        own += stages[i];
      }
    }
    out.println(String.format(Locale.ROOT, "places stage's own share of %s: %.1f%% of its CPU time", c.name(),
        100.0 * own / total));
  }

  private static String names(List<Stage> stages) {
    List<String> names = new ArrayList<>();
    stages.forEach(s -> names.add(s.getClass().getSimpleName()));
    return String.join(" → ", names);
  }

  private static double rate(long nanos, int articles) {
    return articles / (nanos / 1e9);
  }

  private static double micros(long nanos, int articles) {
    return nanos / NANOS_PER_MICRO / articles;
  }

  /**
   * Runs the stages over every article as {@link Pipeline#analyze} does, adding each stage's CPU
   * time to {@code stageNanos}.
   */
  private static long run(List<Stage> stages, List<Article> articles, long[] stageNanos) {
    long sink = 0;
    for (Article a : articles) {
      AnalyzedDocument doc = AnalyzedDocument.of(a);
      for (int i = 0; i < stages.size(); i++) {
        long start = CPU.getCurrentThreadCpuTime();
        doc = stages.get(i).apply(doc);
        stageNanos[i] += CPU.getCurrentThreadCpuTime() - start;
      }
      sink += doc.places().size() + doc.events().size();
    }
    return sink;
  }
}
