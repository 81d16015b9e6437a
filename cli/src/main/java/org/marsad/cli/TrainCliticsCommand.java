package org.marsad.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.core.model.Article;
import org.marsad.core.model.Token;
import org.marsad.core.text.CliticSegmenter;
import org.marsad.core.text.Tokenizer;
import org.marsad.core.text.WordFrequencies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad train clitics}: counts the normalised word forms of a news corpus, the evidence the
 * clitic segmenter weighs. The bundled table is this command's output over SaudiNewsNet.
 */
@Command(name = "clitics", mixinStandardHelpOptions = true,
    description = "Derive the word-frequency table for clitic segmentation from SaudiNewsNet zips.")
final class TrainCliticsCommand implements Callable<Integer> {

  @Option(names = "--news", paramLabel = "DIR", description = "SaudiNewsNet's dataset folder (default: ${DEFAULT-VALUE}).")
  Path news = NewsCorpus.defaultDirectory();

  @Option(names = "--out", paramLabel = "FILE", required = true,
      description = "Where to write the table (gzip-compressed when the name ends in .gz).")
  Path out;

  @Option(names = "--min-count", paramLabel = "N", description = "Keep forms seen at least N times (default: ${DEFAULT-VALUE}).")
  int minCount = 3;

  @Override
  public Integer call() throws IOException {
    List<Article> articles = NewsCorpus.load(news);
    // counting must see words exactly as the tokeniser does, but before any segmentation
    Tokenizer tokenizer = new Tokenizer(CliticSegmenter.withoutFrequencies());
    Map<String, Integer> counts = new HashMap<>();
    long words = 0;
    for (Article a : articles) {
      for (Token t : tokenizer.tokenize(a.analysedText())) {
        if (t.isWord()) {
          counts.merge(t.norm(), 1, Integer::sum);
          words++;
        }
      }
    }
    String header = String.join("\n",
        "Normalised word forms and their counts: the evidence for marsad's clitic segmentation.",
        "Derived by `./marsad train clitics` from SaudiNewsNet (" + articles.size() + " articles, " + words
            + " words),",
        "CC BY-NC-SA 4.0 (research only). Forms seen fewer than " + minCount + " times are left out.");
    try (Writer w = TextFiles.writer(out)) {
      WordFrequencies.write(counts, minCount, header, w);
    }
    long kept = counts.values().stream().filter(c -> c >= minCount).count();
    System.err.printf("marsad: %d articles, %d words, %d distinct forms, %d kept (>= %d) -> %s%n", articles.size(),
        words, counts.size(), kept, minCount, out);
    return ExitCode.OK.code();
  }
}
