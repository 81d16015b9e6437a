package org.marsad.core.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Learns word embeddings from unlabelled text with skip-gram and negative sampling (Mikolov et al. 2013),
 * then groups them into a tree of clusters by hierarchical k-means, so that each word gets a path of
 * cluster numbers from coarse to fine, like a Brown-cluster bit string. Steps:
 * <ol>
 *   <li>the vocabulary is the {@code vocabulary} most frequent words seen at least {@code minCount}
 *       times; other words are dropped from the running text (as word2vec does);</li>
 *   <li>frequent words are subsampled (kept with probability {@code sqrt(t / f) + t / f});</li>
 *   <li>each remaining word predicts the words within a window of random size 1..{@code window} on
 *       each side, against {@code negatives} words drawn from the unigram distribution raised to 3/4;
 *       the learning rate falls linearly to zero over {@code epochs} passes;</li>
 *   <li>the vectors are normalised, and spherical k-means splits the vocabulary into {@code branching}
 *       groups, each group again into {@code branching}, {@code depth} levels deep.</li>
 * </ol>
 * A window of several words sees what a word is about (a footballer, a ministry, a town), which the
 * left and right neighbours of {@link ClusterLearner} do not. Training runs on one thread with a
 * seeded generator, so the same corpus and options give the same paths.
 */
public final class EmbeddingLearner {

  /** Settings; {@link #DEFAULT} is what the shipped model used. */
  public record Options(int vocabulary, int minCount, int dimensions, int window, int negatives, int epochs,
      double subsample, double learningRate, int branching, int depth, int iterations, long seed) {
    public static final Options DEFAULT = new Options(150_000, 5, 80, 5, 5, 3, 1e-4, 0.025, 16, 3, 10, 20211027L);

    public Options {
      if (branching < 2 || depth < 1 || Math.pow(branching, depth) > Integer.MAX_VALUE / 2) {
        throw new IllegalArgumentException("cluster tree of " + branching + "^" + depth + " leaves is out of range");
      }
    }
  }

  /**
   * The learned tree: {@code words.get(i)} has {@code paths[i]}, one cluster number per level, coarse first,
   * and the unit-length embedding {@code vectors[i]} the tree was built from.
   */
  public record Paths(List<String> words, int[][] paths, float[][] vectors) {}

  private static final int TABLE_SIZE = 10_000_000;
  private static final double SIGMOID_CLIP = 6;

  private final Options options;

  public EmbeddingLearner(Options options) {
    this.options = options;
  }

  /**
   * Learns cluster paths over a corpus given as word ids, with -1 between sentences.
   *
   * @param types the word of each id
   * @param corpus the running text as ids into {@code types}, sentences separated by -1
   */
  public Paths learn(List<String> types, int[] corpus) {
    int[] freq = ClusterLearner.frequencies(types.size(), corpus);
    Integer[] byFreq = ClusterLearner.byFrequency(types, freq);
    int[] row = new int[types.size()];
    Arrays.fill(row, -1);
    int v = 0;
    for (int i = 0; i < byFreq.length && v < options.vocabulary() && freq[byFreq[i]] >= options.minCount(); i++) {
      row[byFreq[i]] = v++;
    }
    long[] counts = new long[v];
    long total = 0;
    int[] text = new int[corpus.length];
    int length = 0;
    for (int id : corpus) {
      if (id < 0) {
        text[length++] = -1;
      } else if (row[id] >= 0) {
        text[length++] = row[id];
        counts[row[id]]++;
        total++;
      }
    }
    float[] vectors = train(Arrays.copyOf(text, length), counts, total, v);
    float[][] unit = new float[v][];
    int d = options.dimensions();
    for (int i = 0; i < v; i++) {
      unit[i] = Arrays.copyOfRange(vectors, i * d, (i + 1) * d);
      ClusterLearner.normalise(unit[i]);
    }
    int[][] paths = new int[v][options.depth()];
    int[] all = new int[v];
    for (int i = 0; i < v; i++) {
      all[i] = i;
    }
    split(unit, all, 0, paths, new Random(options.seed()));
    List<String> words = new ArrayList<>(v);
    for (int i = 0; i < v; i++) {
      words.add(types.get(byFreq[i]));
    }
    return new Paths(words, paths, unit);
  }

  private float[] train(int[] text, long[] counts, long total, int v) {
    int d = options.dimensions();
    float[] in = new float[v * d];
    float[] out = new float[v * d];
    long rng = options.seed();
    for (int i = 0; i < in.length; i++) {
      rng = next(rng);
      in[i] = (((rng >>> 16) & 0xFFFF) / 65536f - 0.5f) / d;
    }
    int[] table = unigramTable(counts);
    float[] keep = new float[v];
    for (int i = 0; i < v; i++) {
      double f = (double) counts[i] / total;
      double t = options.subsample();
      keep[i] = t <= 0 ? 1 : (float) Math.min(1, Math.sqrt(t / f) + t / f);
    }
    float[] gradient = new float[d];
    int[] sentence = new int[text.length + 1];
    long planned = (long) options.epochs() * total;
    long done = 0;
    for (int epoch = 0; epoch < options.epochs(); epoch++) {
      int at = 0;
      while (at < text.length) {
        int n = 0;
        for (; at < text.length && text[at] >= 0; at++) {
          done++;
          rng = next(rng);
          if (((rng >>> 16) & 0xFFFF) / 65536f < keep[text[at]]) {
            sentence[n++] = text[at];
          }
        }
        at++;
        float alpha = (float) Math.max(options.learningRate() * 1e-4,
            options.learningRate() * (1 - (double) done / (planned + 1)));
        for (int i = 0; i < n; i++) {
          rng = next(rng);
          int b = (int) Long.remainderUnsigned(rng >>> 16, options.window());
          int word = sentence[i];
          for (int j = Math.max(0, i - options.window() + b); j <= Math.min(n - 1, i + options.window() - b); j++) {
            if (j == i) {
              continue;
            }
            int context = sentence[j];
            int ci = context * d;
            Arrays.fill(gradient, 0);
            for (int s = 0; s <= options.negatives(); s++) {
              int target;
              float label;
              if (s == 0) {
                target = word;
                label = 1;
              } else {
                rng = next(rng);
                target = table[(int) Long.remainderUnsigned(rng >>> 16, table.length)];
                if (target == word) {
                  continue;
                }
                label = 0;
              }
              int ti = target * d;
              float dot = 0;
              for (int k = 0; k < d; k++) {
                dot += in[ci + k] * out[ti + k];
              }
              float g;
              if (dot > SIGMOID_CLIP) {
                g = (label - 1) * alpha;
              } else if (dot < -SIGMOID_CLIP) {
                g = label * alpha;
              } else {
                g = (label - (float) (1 / (1 + Math.exp(-dot)))) * alpha;
              }
              for (int k = 0; k < d; k++) {
                gradient[k] += g * out[ti + k];
                out[ti + k] += g * in[ci + k];
              }
            }
            for (int k = 0; k < d; k++) {
              in[ci + k] += gradient[k];
            }
          }
        }
      }
    }
    return in;
  }

  private static long next(long rng) {
    return rng * 25214903917L + 11;
  }

  private static int[] unigramTable(long[] counts) {
    double power = 0;
    for (long c : counts) {
      power += Math.pow(c, 0.75);
    }
    int[] table = new int[TABLE_SIZE];
    int word = 0;
    double cumulative = Math.pow(counts[0], 0.75) / power;
    for (int i = 0; i < TABLE_SIZE; i++) {
      table[i] = word;
      if ((double) i / TABLE_SIZE > cumulative && word < counts.length - 1) {
        word++;
        cumulative += Math.pow(counts[word], 0.75) / power;
      }
    }
    return table;
  }

  /** Splits {@code members} into clusters at {@code level} and recurses into each. */
  private void split(float[][] x, int[] members, int level, int[][] paths, Random random) {
    if (level == options.depth()) {
      return;
    }
    int[] assign = SphericalKMeans.cluster(x, members, options.branching(), options.iterations(), random);
    int k = options.branching();
    int[] sizes = new int[k];
    for (int i = 0; i < members.length; i++) {
      paths[members[i]][level] = assign[i];
      sizes[assign[i]]++;
    }
    for (int c = 0; c < k; c++) {
      if (sizes[c] == 0) {
        continue;
      }
      int[] group = new int[sizes[c]];
      int g = 0;
      for (int i = 0; i < members.length; i++) {
        if (assign[i] == c) {
          group[g++] = members[i];
        }
      }
      split(x, group, level + 1, paths, random);
    }
  }

  /** Spherical k-means with k-means++ seeding over a subset of unit vectors. */
  static final class SphericalKMeans {
    private SphericalKMeans() {}

    /** The cluster (0..k-1) of each of {@code members}; fewer members than k each get their own. */
    static int[] cluster(float[][] x, int[] members, int k, int iterations, Random random) {
      int n = members.length;
      int[] assign = new int[n];
      if (n <= k) {
        for (int i = 0; i < n; i++) {
          assign[i] = i;
        }
        return assign;
      }
      int d = x[members[0]].length;
      float[][] centres = new float[k][];
      centres[0] = x[members[random.nextInt(n)]].clone();
      double[] dist = new double[n];
      Arrays.fill(dist, Double.MAX_VALUE);
      for (int j = 1; j < k; j++) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          dist[i] = Math.max(0, Math.min(dist[i], 1 - ClusterLearner.dot(x[members[i]], centres[j - 1])));
          sum += dist[i];
        }
        double pick = random.nextDouble() * sum;
        int chosen = n - 1;
        for (int i = 0; i < n; i++) {
          pick -= dist[i];
          if (pick <= 0) {
            chosen = i;
            break;
          }
        }
        centres[j] = x[members[chosen]].clone();
      }
      for (int it = 0; it < iterations; it++) {
        for (int i = 0; i < n; i++) {
          int best = 0;
          float bestSim = -2;
          for (int j = 0; j < k; j++) {
            float s = ClusterLearner.dot(x[members[i]], centres[j]);
            if (s > bestSim) {
              bestSim = s;
              best = j;
            }
          }
          assign[i] = best;
        }
        float[][] sums = new float[k][d];
        int[] sizes = new int[k];
        for (int i = 0; i < n; i++) {
          float[] s = sums[assign[i]];
          sizes[assign[i]]++;
          float[] v = x[members[i]];
          for (int j = 0; j < d; j++) {
            s[j] += v[j];
          }
        }
        for (int j = 0; j < k; j++) {
          if (sizes[j] > 0) {
            ClusterLearner.normalise(sums[j]);
            centres[j] = sums[j];
          }
        }
      }
      return assign;
    }
  }
}
