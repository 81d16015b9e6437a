package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.core.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench pipeline}: the whole standard pipeline against the text layer alone, on the
 * same SaudiNewsNet articles, in the same run.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = "Benchmark Pipeline.standard() against Pipeline.textOnly() on SaudiNewsNet.")
final class BenchPipelineCommand implements Callable<Integer> {

  @Option(names = "--news", paramLabel = "DIR", description = "SaudiNewsNet's dataset folder (default: ${DEFAULT-VALUE}).")
  Path news = NewsCorpus.defaultDirectory();

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--warmup", paramLabel = "N", description = "Warm-up passes over the corpus per contender (default: ${DEFAULT-VALUE}).")
  int warmup = 1;

  @Option(names = "--rounds", paramLabel = "N", description = "Measured passes per contender; the median is reported (default: ${DEFAULT-VALUE}).")
  int rounds = 3;

  @Override
  public Integer call() {
    List<Article> articles = NewsCorpus.load(news);
    long setupStart = System.nanoTime();
    Pipeline standard = Pipeline.standard();
    Pipeline textOnly = Pipeline.textOnly();
    System.out.printf("corpus: %d articles; pipelines built in %.2f s; threads: %d, warm-up %d, rounds %d (median)%n",
        articles.size(), (System.nanoTime() - setupStart) / 1e9, threads, warmup, rounds);
    long bytes = Throughput.utf8Bytes(articles.stream().map(Article::analysedText).toList());
    var results = new Throughput(threads, warmup, rounds).compare(articles, bytes, List.of(
        new Throughput.Contender<Article>("Pipeline.standard()", a -> size(standard.analyze(a))),
        new Throughput.Contender<Article>("Pipeline.textOnly()", a -> size(textOnly.analyze(a)))));
    System.out.print(Throughput.table(results));
    return ExitCode.OK.code();
  }

  private static long size(AnalyzedDocument doc) {
    return doc.tokens().size();
  }
}
