package org.marsad.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of the benches that compare contenders with {@link Throughput} on SaudiNewsNet. */
final class ThroughputOptions {

  @Option(names = "--news", paramLabel = "DIR", description = "SaudiNewsNet's dataset folder (default: ${DEFAULT-VALUE}).")
  Path news = NewsCorpus.defaultDirectory();

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--warmup", paramLabel = "N", description = "Warm-up passes over the corpus per contender (default: ${DEFAULT-VALUE}).")
  int warmup = 1;

  @Option(names = "--rounds", paramLabel = "N", description = "Measured passes per contender; the median is reported (default: ${DEFAULT-VALUE}).")
  int rounds = 3;

  Throughput throughput() {
    return new Throughput(threads, warmup, rounds);
  }
}
