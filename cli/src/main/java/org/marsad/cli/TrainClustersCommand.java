package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.core.model.Article;
import org.marsad.core.ner.ClusterLearner;
import org.marsad.core.ner.EmbeddingLearner;
import org.marsad.core.ner.NerNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad train clusters}: word clusters from unlabelled news, for the NER features. */
@Command(name = "clusters", mixinStandardHelpOptions = true,
    description = {"Learn word clusters from SaudiNewsNet (a folder of daily zips).",
        "PPMI writes word<TAB>fine<TAB>coarse; SKIPGRAM writes word<TAB>path (cluster numbers coarse to fine, dot-separated)."})
final class TrainClustersCommand implements Callable<Integer> {

  @Option(names = "--news", required = true, paramLabel = "DIR", description = "Folder of SaudiNewsNet daily .zip files.")
  Path news;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the clusters.")
  Path out;

  /** How the clusters are learned. */
  enum Method { PPMI, SKIPGRAM }

  @Option(names = "--method", defaultValue = "PPMI",
      description = "PPMI (left/right neighbours, flat fine and coarse clusters) or SKIPGRAM (embeddings, a tree of clusters); default: ${DEFAULT-VALUE}.")
  Method method;

  @Option(names = "--articles", defaultValue = "1000000", description = "Use at most this many articles (default: all).")
  int articles;

  @Option(names = "--vocabulary", paramLabel = "N",
      description = "Most frequent words to cluster (default: 100000 for PPMI, 150000 for SKIPGRAM).")
  Optional<Integer> vocabulary;

  @Option(names = "--min-count", paramLabel = "N",
      description = "Cluster only words seen at least this often (default: the method's, 5).")
  Optional<Integer> minCount;

  @Option(names = "--contexts", defaultValue = "600", description = "Most frequent words used as left/right contexts (default: ${DEFAULT-VALUE}).")
  int contexts;

  @Option(names = "--fine", defaultValue = "1024", description = "Number of fine clusters (default: ${DEFAULT-VALUE}).")
  int fine;

  @Option(names = "--coarse", defaultValue = "128", description = "Number of coarse clusters (default: ${DEFAULT-VALUE}).")
  int coarse;

  @Option(names = "--epochs", paramLabel = "N", description = "SKIPGRAM only: passes over the corpus (default: 3).")
  Optional<Integer> epochs;

  @Option(names = "--vectors", paramLabel = "FILE",
      description = "SKIPGRAM only: also write the unit-length embeddings (word<TAB>space-separated values), for `train ner --vectors`.")
  Optional<Path> vectors;

  @Override
  public Integer call() throws IOException {
    long t0 = System.nanoTime();
    List<String> texts = NewsCorpus.load(news, Integer.MAX_VALUE, articles).stream().map(Article::analysedText).toList();
    Map<String, Integer> ids = new HashMap<>();
    List<String> types = new ArrayList<>();
    IntBuffer corpus = new IntBuffer();
    for (String text : texts) {
      NewsArchive.sentences(text, sentence -> {
        for (String token : sentence) {
          corpus.add(ids.computeIfAbsent(NerNormalizer.normalize(token), norm -> {
            types.add(norm);
            return types.size() - 1;
          }));
        }
        corpus.add(-1);
      });
    }
    int[] running = corpus.toArray();
    System.err.printf("marsad: %d articles, %d tokens, %d types%n", texts.size(), running.length, types.size());
    if (method == Method.SKIPGRAM) {
      return writePaths(running, types, t0);
    }
    ClusterLearner.Options d = ClusterLearner.Options.DEFAULT;
    ClusterLearner.Options options = new ClusterLearner.Options(vocabulary.orElse(d.vocabulary()),
        minCount.orElse(d.minCount()), contexts, d.dimensions(), fine,
        coarse, d.iterations(), d.seed());
    ClusterLearner.Clusters clusters = new ClusterLearner(options).learn(types, running);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("# word clusters learned by `marsad train clusters` from SaudiNewsNet (CC BY-NC-SA 4.0)\n");
      w.write("# " + options + "\n");
      for (int i = 0; i < clusters.words().size(); i++) {
        w.write(clusters.words().get(i) + "\t" + clusters.fine()[i] + "\t" + clusters.coarse()[i] + "\n");
      }
    }
    System.err.printf("marsad: %d words clustered in %.1f s -> %s%n", clusters.words().size(),
        (System.nanoTime() - t0) / 1e9, out);
    return ExitCode.OK.code();
  }

  private int writePaths(int[] running, List<String> types, long t0) throws IOException {
    EmbeddingLearner.Options d = EmbeddingLearner.Options.DEFAULT;
    EmbeddingLearner.Options options = new EmbeddingLearner.Options(vocabulary.orElse(d.vocabulary()),
        minCount.orElse(d.minCount()), d.dimensions(), d.window(), d.negatives(),
        epochs.orElse(d.epochs()), d.subsample(), d.learningRate(), d.branching(), d.depth(), d.iterations(),
        d.seed());
    EmbeddingLearner.Paths paths = new EmbeddingLearner(options).learn(types, running);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("# skip-gram cluster paths learned by `marsad train clusters --method SKIPGRAM` from SaudiNewsNet (CC BY-NC-SA 4.0)\n");
      w.write("# " + options + "\n");
      for (int i = 0; i < paths.words().size(); i++) {
        w.write(paths.words().get(i) + "\t" + Arrays.stream(paths.paths()[i]).mapToObj(Integer::toString)
            .collect(java.util.stream.Collectors.joining(".")) + "\n");
      }
    }
    if (vectors.isPresent()) {
      try (BufferedWriter w = Files.newBufferedWriter(vectors.get(), StandardCharsets.UTF_8)) {
        w.write("# skip-gram word vectors (unit length) learned by `marsad train clusters --method SKIPGRAM` from SaudiNewsNet (CC BY-NC-SA 4.0)\n");
        w.write("# " + options + "\n");
        for (int i = 0; i < paths.words().size(); i++) {
          StringBuilder line = new StringBuilder(paths.words().get(i)).append('\t');
          float[] v = paths.vectors()[i];
          for (int k = 0; k < v.length; k++) {
            if (k > 0) {
              line.append(' ');
            }
            line.append(v[k]);
          }
          w.write(line.append('\n').toString());
        }
      }
    }
    System.err.printf("marsad: %d words placed in the cluster tree in %.1f s -> %s%n", paths.words().size(),
        (System.nanoTime() - t0) / 1e9, out);
    return ExitCode.OK.code();
  }

  /** A growable list of ints: the corpus as word ids, without boxing 10 million Integers. */
  private static final class IntBuffer {
    private int[] values = new int[1 << 20];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
