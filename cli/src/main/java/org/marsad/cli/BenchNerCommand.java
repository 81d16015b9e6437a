package org.marsad.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.core.ner.NerModel;
import org.marsad.core.ner.NerStage;
import org.marsad.core.text.TextLayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench ner}: tokens per second of the recogniser on one core, beside the text layer's
 * tokens per second on the same articles in the same run.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Measure NER tagging speed (tokens/s, one thread) beside the text layer's on the same SaudiNewsNet articles.")
final class BenchNerCommand implements Callable<Integer> {

  @Option(names = "--news", defaultValue = "../shared/data/news/saudinewsnet/dataset", paramLabel = "DIR",
      description = "Folder of SaudiNewsNet daily zips (default: ${DEFAULT-VALUE}).")
  Path news;

  @Option(names = "--articles", defaultValue = "3000", description = "Articles to use (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds after one warm-up (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--model", paramLabel = "FILE", description = "A model from `marsad train ner` (default: the bundled one).")
  Optional<Path> model;

  @Override
  public Integer call() {
    long load = System.nanoTime();
    NerModel m = NerResources.model(model);
    double loadSeconds = (System.nanoTime() - load) / 1e9;
    NerStage ner = new NerStage(m);
    TextLayer text = TextLayer.standard();
    List<AnalyzedDocument> docs = new ArrayList<>();
    for (Article a : NewsCorpus.load(news, Integer.MAX_VALUE, articles)) {
      docs.add(AnalyzedDocument.of(a));
    }
    long tokens = 0;
    List<AnalyzedDocument> tokenised = new ArrayList<>();
    for (AnalyzedDocument d : docs) {
      AnalyzedDocument t = text.apply(d);
      tokens += t.tokens().size();
      tokenised.add(t);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] textBest = {Double.MAX_VALUE, Double.MAX_VALUE};
    double[] nerBest = {Double.MAX_VALUE, Double.MAX_VALUE};
    long entities = 0;
    for (int r = 0; r <= rounds; r++) {
      long t0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      for (AnalyzedDocument d : docs) {
        text.apply(d);
      }
      long t1 = System.nanoTime();
      long c1 = threads.getCurrentThreadCpuTime();
      entities = 0;
      for (AnalyzedDocument d : tokenised) {
        entities += ner.apply(d).entities().size();
      }
      long t2 = System.nanoTime();
      long c2 = threads.getCurrentThreadCpuTime();
      if (r > 0) {
        textBest[0] = Math.min(textBest[0], (t1 - t0) / 1e9);
        textBest[1] = Math.min(textBest[1], (c1 - c0) / 1e9);
        nerBest[0] = Math.min(nerBest[0], (t2 - t1) / 1e9);
        nerBest[1] = Math.min(nerBest[1], (c2 - c1) / 1e9);
      }
    }
    System.out.printf("articles: %d, tokens: %d, entities: %d, model load: %.2f s%n", docs.size(), tokens, entities, loadSeconds);
    System.out.printf("one thread, best of %d rounds; wall clock, then CPU time of the thread (immune to other processes)%n",
        rounds);
    System.out.printf("text layer:  %,12.0f tokens/s wall  %,12.0f tokens/s cpu  (%,.0f articles/s cpu)%n",
        tokens / textBest[0], tokens / textBest[1], docs.size() / textBest[1]);
    System.out.printf("ner tagging: %,12.0f tokens/s wall  %,12.0f tokens/s cpu  (%,.0f articles/s cpu)%n",
        tokens / nerBest[0], tokens / nerBest[1], docs.size() / nerBest[1]);
    return ExitCode.OK.code();
  }
}
