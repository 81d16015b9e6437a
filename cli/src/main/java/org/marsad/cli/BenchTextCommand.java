package org.marsad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.core.text.TextLayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code marsad bench text}: the text layer against Lucene's {@code ArabicAnalyzer}, on the same
 * SaudiNewsNet strings, in the same run, on the same threads.
 */
@Command(name = "text", mixinStandardHelpOptions = true,
    description = "Benchmark the Arabic text layer against Lucene's ArabicAnalyzer on SaudiNewsNet.")
final class BenchTextCommand implements Callable<Integer> {

  @Mixin
  ThroughputOptions options;

  @Override
  public Integer call() {
    long loadStart = System.nanoTime();
    List<Article> articles = NewsCorpus.load(options.news);
    List<String> texts = articles.stream().map(Article::analysedText).toList();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    long setupStart = System.nanoTime();
    TextLayer layer = TextLayer.standard();
    double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
    System.out.printf("corpus: %d articles, %.1f MB UTF-8, loaded in %.1f s; text layer built in %.2f s%n",
        articles.size(), Throughput.utf8Bytes(texts) / 1e6, loadSeconds, setupSeconds);
    System.out.printf("threads: %d, warm-up passes: %d, measured passes: %d (median)%n", options.threads, options.warmup, options.rounds);
    try (Analyzer lucene = new ArabicAnalyzer()) {
      var results = options.throughput().compare(articles, Throughput.utf8Bytes(texts), List.of(
          new Throughput.Contender<Article>("marsad TextLayer",
              a -> layer.apply(AnalyzedDocument.of(a)).tokens().size()),
          new Throughput.Contender<Article>("Lucene ArabicAnalyzer", a -> luceneTokens(lucene, a.analysedText()))));
      System.out.print(Throughput.table(results));
    }
    return ExitCode.OK.code();
  }

  /** Runs the analyzer's whole chain and counts the tokens it emits. */
  static long luceneTokens(Analyzer analyzer, String text) {
    long n = 0;
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      ts.reset();
      while (ts.incrementToken()) {
        n++;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }
}
