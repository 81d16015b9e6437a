package org.marsad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.marsad.core.model.Article;
import org.marsad.core.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench events}: articles per second of the standard pipeline (with the event coder)
 * beside the text layer alone, on SaudiNewsNet's daily zips, in the same run and thread count.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Throughput of the standard pipeline beside the text layer alone, on SaudiNewsNet.")
final class BenchEventsCommand implements Callable<Integer> {

  @Option(names = "--data", paramLabel = "DIR", description = "SaudiNewsNet's dataset folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data/news/saudinewsnet/dataset");

  @Option(names = "--days", description = "How many daily zips to read (default: ${DEFAULT-VALUE}).")
  int days = 8;

  @Option(names = "--threads", description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads = 2;

  @Option(names = "--rounds", description = "Timed rounds after one warm-up round (default: ${DEFAULT-VALUE}).")
  int rounds = 2;

  @Override
  public Integer call() throws Exception {
    List<Article> articles = NewsCorpus.load(data, days, Integer.MAX_VALUE);
    if (articles.isEmpty()) {
      System.err.println("marsad: no articles under " + data);
      return ExitCode.SOME_FAILED.code();
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Pipeline text = Pipeline.textOnly();
      Pipeline standard = Pipeline.standard();
      for (int round = 0; round <= rounds; round++) {
        double t = run(pool, text, articles);
        double s = run(pool, standard, articles);
        if (round > 0) {
          System.out.printf(Locale.ROOT, "round %d: %d articles, %d threads: text layer %.0f articles/s, standard %.0f articles/s%n",
              round, articles.size(), threads, articles.size() / t, articles.size() / s);
        }
      }
    } finally {
      pool.shutdown();
    }
    return ExitCode.OK.code();
  }

  private double run(ExecutorService pool, Pipeline pipeline, List<Article> articles) throws Exception {
    long start = System.nanoTime();
    List<Future<Long>> parts = new ArrayList<>();
    int n = articles.size();
    for (int k = 0; k < threads; k++) {
      int from = k * n / threads;
      int to = (k + 1) * n / threads;
      parts.add(pool.submit(() -> {
        long events = 0;
        for (int i = from; i < to; i++) {
          events += pipeline.analyze(articles.get(i)).events().size();
        }
        return events;
      }));
    }
    for (Future<Long> f : parts) {
      f.get();
    }
    return (System.nanoTime() - start) / 1e9;
  }
}
