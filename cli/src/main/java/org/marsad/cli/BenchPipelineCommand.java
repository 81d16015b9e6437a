package org.marsad.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.core.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code marsad bench pipeline}: the whole standard pipeline against the text layer alone, on the
 * same SaudiNewsNet articles, in the same run.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = "Benchmark Pipeline.standard() against Pipeline.textOnly() on SaudiNewsNet.")
final class BenchPipelineCommand implements Callable<Integer> {

  @Mixin
  ThroughputOptions options;

  @Override
  public Integer call() {
    List<Article> articles = NewsCorpus.load(options.news);
    long setupStart = System.nanoTime();
    Pipeline standard = Pipeline.standard();
    Pipeline textOnly = Pipeline.textOnly();
    System.out.printf("corpus: %d articles; pipelines built in %.2f s; threads: %d, warm-up %d, rounds %d (median)%n",
        articles.size(), (System.nanoTime() - setupStart) / 1e9, options.threads, options.warmup, options.rounds);
    long bytes = Throughput.utf8Bytes(articles.stream().map(Article::analysedText).toList());
    var results = options.throughput().compare(articles, bytes, List.of(
        new Throughput.Contender<Article>("Pipeline.standard()", a -> size(standard.analyze(a))),
        new Throughput.Contender<Article>("Pipeline.textOnly()", a -> size(textOnly.analyze(a)))));
    System.out.print(Throughput.table(results));
    return ExitCode.OK.code();
  }

  private static long size(AnalyzedDocument doc) {
    return doc.tokens().size();
  }
}
