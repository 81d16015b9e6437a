package org.marsad.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Measures how fast a piece of work goes over a list of inputs, in parallel on a fixed number of
 * threads, with warm-up rounds first. Contenders are measured in alternation (A B A B ...) so that
 * load from other processes affects both alike. Shared by the {@code bench} commands.
 */
final class Throughput {

  /** One contender: a name and the work per input, returning how many tokens it produced. */
  record Contender<T>(String name, ToLongFunction<T> work) {}

  /** The median round of one contender. */
  record Result(String name, int items, long tokens, double seconds, long peakHeapBytes, long bytes) {
    double itemsPerSecond() {
      return items / seconds;
    }

    double tokensPerSecond() {
      return tokens / seconds;
    }

    double megabytesPerSecond() {
      return bytes / 1e6 / seconds;
    }
  }

  private final int threads;
  private final int warmupRounds;
  private final int rounds;

  Throughput(int threads, int warmupRounds, int rounds) {
    this.threads = threads;
    this.warmupRounds = warmupRounds;
    this.rounds = rounds;
  }

  /** UTF-8 size of the texts, for MB/s. */
  static long utf8Bytes(List<String> texts) {
    return texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
  }

  <T> List<Result> compare(List<T> inputs, long bytes, List<Contender<T>> contenders) {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      for (int w = 0; w < warmupRounds; w++) {
        for (Contender<T> c : contenders) {
          run(pool, inputs, c);
        }
      }
      List<List<double[]>> samples = new ArrayList<>();
      contenders.forEach(c -> samples.add(new ArrayList<>()));
      for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < contenders.size(); i++) {
          System.gc();
          resetPeaks();
          long start = System.nanoTime();
          long tokens = run(pool, inputs, contenders.get(i));
          double seconds = (System.nanoTime() - start) / 1e9;
          samples.get(i).add(new double[] {seconds, tokens, peakHeap()});
        }
      }
      List<Result> results = new ArrayList<>();
      for (int i = 0; i < contenders.size(); i++) {
        List<double[]> s = samples.get(i);
        s.sort((a, b) -> Double.compare(a[0], b[0]));
        double[] median = s.get(s.size() / 2);
        long peak = (long) s.stream().mapToDouble(x -> x[2]).max().orElse(0);
        results.add(new Result(contenders.get(i).name(), inputs.size(), (long) median[1], median[0], peak, bytes));
      }
      return Collections.unmodifiableList(results);
    } finally {
      pool.shutdown();
    }
  }

  private static <T> long run(ForkJoinPool pool, List<T> inputs, Contender<T> c) {
    try {
      return pool.submit(() -> IntStream.range(0, inputs.size()).parallel()
          .mapToLong(i -> c.work().applyAsLong(inputs.get(i))).sum()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(c.name() + " failed: " + e.getCause(), e.getCause());
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks since the last reset (an upper bound of the true peak). */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** A fixed-width table of the results, then the ratio of each to the last (the reference). */
  static String table(List<Result> results) {
    StringBuilder b = new StringBuilder();
    b.append(String.format("%-28s %10s %12s %14s %9s %12s%n", "contender", "articles", "articles/s", "tokens/s",
        "MB/s", "peak heap MB"));
    for (Result r : results) {
      b.append(String.format("%-28s %10d %12.0f %14.0f %9.2f %12.0f%n", r.name(), r.items(), r.itemsPerSecond(),
          r.tokensPerSecond(), r.megabytesPerSecond(), r.peakHeapBytes() / 1e6));
    }
    Result reference = results.get(results.size() - 1);
    for (Result r : results.subList(0, results.size() - 1)) {
      b.append(String.format("ratio %s / %s (articles/s): %.2f%n", r.name(), reference.name(),
          r.itemsPerSecond() / reference.itemsPerSecond()));
    }
    b.append(jvm());
    return b.toString();
  }

  /**
   * One line naming what moves these figures besides the code: the JVM, its cores, its maximum heap,
   * its collectors and whether its heap sits on transparent huge pages (off unless
   * {@code MARSAD_JAVA_OPTS} asks for them: docs/events.md "Round 16").
   */
  static String jvm() {
    String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
    return String.format("jvm: %s %s, %d cores, max heap %d MB, collectors %s, transparent huge pages %s%n",
        System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, collectors,
        switch (vmFlag("UseTransparentHugePages")) {
          case "true" -> "on";
          case "false" -> "off";
          default -> "unknown";
        });
  }

  /** A HotSpot flag's value, or "unknown" on a JVM that does not say. */
  private static String vmFlag(String name) {
    try {
      return ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
          .getVMOption(name).getValue();
    } catch (RuntimeException | LinkageError e) {
      return "unknown";
    }
  }
}
