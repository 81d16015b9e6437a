package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.core.model.Article;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.places.PlacesLayer;
import org.marsad.core.text.TextLayer;
import org.marsad.io.DocumentJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench places}: articles per second of the text layer alone and of text + places, in
 * the same run, over the SaudiNewsNet zips (a JSON array of articles per zip entry).
 */
@Command(name = "places", mixinStandardHelpOptions = true,
    description = "Throughput of text alone vs text + places, side by side, on SaudiNewsNet.")
final class BenchPlacesCommand implements Callable<Integer> {

  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/news/saudinewsnet/dataset",
      description = "Folder of SaudiNewsNet day zips (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Read at most N articles (0: all).")
  int limit;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
      description = "Timed rounds per configuration, alternating; the best round counts (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(data)) {
      spec.commandLine().getErr().println("marsad: " + data + ": no such directory");
      return ExitCode.USAGE.code();
    }
    List<Article> articles = NewsCorpus.load(data, Integer.MAX_VALUE, limit > 0 ? limit : Integer.MAX_VALUE);
    long chars = articles.stream().mapToLong(a -> a.analysedText().length()).sum();
    out.println(String.format(Locale.ROOT, "%d articles, %.1f M chars, from %s", articles.size(), chars / 1e6, data));
    long t0 = System.nanoTime();
    PlacesLayer places = PlacesLayer.standard();
    long constructionMs = (System.nanoTime() - t0) / 1_000_000;
    out.println(String.format(Locale.ROOT, "places layer construction (gazetteer + lexicon): %d ms",
        constructionMs));
    Pipeline text = new Pipeline(List.of(TextLayer.standard()));
    Pipeline both = new Pipeline(List.of(TextLayer.standard(), places));
    run(text, articles, false);
    run(both, articles, false);
    double bestText = 0;
    double bestBoth = 0;
    double bestTextJson = 0;
    double bestBothJson = 0;
    long found = 0;
    for (int r = 0; r < rounds; r++) {
      bestText = Math.max(bestText, rate(text, articles, false));
      bestBoth = Math.max(bestBoth, rate(both, articles, false));
      bestTextJson = Math.max(bestTextJson, rate(text, articles, true));
      bestBothJson = Math.max(bestBothJson, rate(both, articles, true));
    }
    for (Article a : articles) {
      found += both.analyze(a).places().size();
    }
    out.println(String.format(Locale.ROOT, "%-34s %10s %10s", "", "text", "text+places"));
    out.println(String.format(Locale.ROOT, "%-34s %10.0f %10.0f   cost %.1f%%", "pipeline, articles per CPU-second", bestText,
        bestBoth, 100 * (1 - bestBoth / bestText)));
    out.println(String.format(Locale.ROOT, "%-34s %10.0f %10.0f   cost %.1f%%", "pipeline + JSON, articles per CPU-s",
        bestTextJson, bestBothJson, 100 * (1 - bestBothJson / bestTextJson)));
    out.println(String.format(Locale.ROOT, "places found: %d (%.1f per article)", found,
        (double) found / Math.max(1, articles.size())));
    return ExitCode.OK.code();
  }

  /**
   * Articles per second of this thread's CPU time: the machine is shared, and CPU time is far less
   * disturbed by other processes than wall time.
   */
  private static double rate(Pipeline p, List<Article> articles, boolean json) {
    long t0 = CPU.getCurrentThreadCpuTime();
    run(p, articles, json);
    return articles.size() / ((CPU.getCurrentThreadCpuTime() - t0) / 1e9);
  }

  private static long run(Pipeline p, List<Article> articles, boolean json) {
    long sink = 0;
    for (Article a : articles) {
      var doc = p.analyze(a);
      sink += json ? DocumentJson.toJson(doc, false, false).length() : doc.places().size();
    }
    return sink;
  }
}
