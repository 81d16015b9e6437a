package org.marsad.cli;

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
    for (String t : NewsArchive.texts(news, articles)) {
      int nl = t.indexOf('\n');
      docs.add(AnalyzedDocument.of(Article.of(t.substring(0, nl), t.substring(nl + 1))));
    }
    long tokens = 0;
    List<AnalyzedDocument> tokenised = new ArrayList<>();
    for (AnalyzedDocument d : docs) {
      AnalyzedDocument t = text.apply(d);
      tokens += t.tokens().size();
      tokenised.add(t);
    }
    double textBest = Double.MAX_VALUE;
    double nerBest = Double.MAX_VALUE;
    long entities = 0;
    for (int r = 0; r <= rounds; r++) {
      long t0 = System.nanoTime();
      for (AnalyzedDocument d : docs) {
        text.apply(d);
      }
      long t1 = System.nanoTime();
      entities = 0;
      for (AnalyzedDocument d : tokenised) {
        entities += ner.apply(d).entities().size();
      }
      long t2 = System.nanoTime();
      if (r > 0) {
        textBest = Math.min(textBest, (t1 - t0) / 1e9);
        nerBest = Math.min(nerBest, (t2 - t1) / 1e9);
      }
    }
    System.out.printf("articles: %d, tokens: %d, entities: %d, model load: %.2f s%n", docs.size(), tokens, entities, loadSeconds);
    System.out.printf("text layer: %,.0f tokens/s (%,.0f articles/s)%n", tokens / textBest, docs.size() / textBest);
    System.out.printf("ner tagging: %,.0f tokens/s (%,.0f articles/s), one thread, best of %d rounds%n",
        tokens / nerBest, docs.size() / nerBest, rounds);
    return ExitCode.OK.code();
  }
}
