package org.marsad.core.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Learns word clusters from unlabelled text, fast enough for a shared two-core machine. Steps:
 * <ol>
 *   <li>the vocabulary is the {@code vocabulary} most frequent words seen at least {@code minCount} times;
 *       the contexts are the {@code contexts} most frequent words;</li>
 *   <li>each word gets a vector of counts of the context words directly to its left and to its right
 *       (sentence edges count as a context of their own);</li>
 *   <li>counts become positive pointwise mutual information, are projected to {@code dimensions} by a
 *       seeded Gaussian random matrix, and normalised to unit length;</li>
 *   <li>spherical k-means (k-means++ seeding from the same seed) groups them twice: into {@code fine}
 *       and into {@code coarse} clusters.</li>
 * </ol>
 * Left and right neighbours describe how a word is used, which is what separates names of people,
 * places and organisations from other words. A fixed seed gives the same clusters.
 */
public final class ClusterLearner {

  /** Settings; {@link #DEFAULT} is what the shipped model used. */
  public record Options(int vocabulary, int minCount, int contexts, int dimensions, int fine, int coarse,
      int iterations, long seed) {
    public static final Options DEFAULT = new Options(100_000, 5, 600, 96, 1024, 128, 12, 20151027L);
  }

  /** The clusters of the vocabulary: {@code words.get(i)} is in {@code fine[i]} and {@code coarse[i]}. */
  public record Clusters(List<String> words, int[] fine, int[] coarse) {}

  private final Options options;

  public ClusterLearner(Options options) {
    this.options = options;
  }

  /**
   * Learns clusters over a corpus given as word ids, with -1 between sentences.
   *
   * @param types the word of each id
   * @param corpus the running text as ids into {@code types}, sentences separated by -1
   */
  public Clusters learn(List<String> types, int[] corpus) {
    int[] freq = frequencies(types.size(), corpus);
    Integer[] byFreq = byFrequency(types, freq);
    int[] row = new int[types.size()];
    int[] col = new int[types.size()];
    Arrays.fill(row, -1);
    Arrays.fill(col, -1);
    int v = 0;
    for (int i = 0; i < byFreq.length && v < options.vocabulary() && freq[byFreq[i]] >= options.minCount(); i++) {
      row[byFreq[i]] = v++;
    }
    int c = Math.min(options.contexts(), byFreq.length);
    for (int i = 0; i < c; i++) {
      col[byFreq[i]] = i;
    }
    int edge = c;
    int width = c + 1;
    int dims = 2 * width;
    int[] counts = new int[v * dims];
    for (int i = 0; i < corpus.length; i++) {
      int id = corpus[i];
      if (id < 0 || row[id] < 0) {
        continue;
      }
      int left = i > 0 && corpus[i - 1] >= 0 ? col[corpus[i - 1]] : edge;
      int right = i + 1 < corpus.length && corpus[i + 1] >= 0 ? col[corpus[i + 1]] : edge;
      int base = row[id] * dims;
      if (left >= 0) {
        counts[base + left]++;
      }
      if (right >= 0) {
        counts[base + width + right]++;
      }
    }
    float[][] vectors = project(counts, v, dims);
    List<String> words = new ArrayList<>(v);
    for (int i = 0; i < v; i++) {
      words.add(types.get(byFreq[i]));
    }
    int[] fine = kmeans(vectors, options.fine(), options.seed());
    int[] coarse = kmeans(vectors, options.coarse(), options.seed() + 1);
    return new Clusters(words, fine, coarse);
  }

  private float[][] project(int[] counts, int v, int dims) {
    double total = 0;
    double[] colSum = new double[dims];
    double[] rowSum = new double[v];
    for (int r = 0; r < v; r++) {
      for (int k = 0; k < dims; k++) {
        int n = counts[r * dims + k];
        rowSum[r] += n;
        colSum[k] += n;
        total += n;
      }
    }
    Random random = new Random(options.seed());
    int d = options.dimensions();
    float[] projection = new float[dims * d];
    for (int i = 0; i < projection.length; i++) {
      projection[i] = (float) random.nextGaussian();
    }
    float[][] out = new float[v][d];
    for (int r = 0; r < v; r++) {
      float[] vec = out[r];
      for (int k = 0; k < dims; k++) {
        int n = counts[r * dims + k];
        if (n == 0) {
          continue;
        }
        double pmi = Math.log(n * total / (rowSum[r] * colSum[k]));
        if (pmi <= 0) {
          continue;
        }
        float weight = (float) pmi;
        int p = k * d;
        for (int j = 0; j < d; j++) {
          vec[j] += weight * projection[p + j];
        }
      }
      normalise(vec);
    }
    return out;
  }

  /** Scales {@code vec} to unit length in place (a zero vector stays zero). */
  static void normalise(float[] vec) {
    double norm = 0;
    for (float x : vec) {
      norm += x * x;
    }
    if (norm > 0) {
      float inv = (float) (1 / Math.sqrt(norm));
      for (int j = 0; j < vec.length; j++) {
        vec[j] *= inv;
      }
    }
  }

  private int[] kmeans(float[][] x, int k, long seed) {
    int n = x.length;
    int d = options.dimensions();
    k = Math.min(k, n);
    Random random = new Random(seed);
    float[][] centres = new float[k][];
    centres[0] = x[random.nextInt(n)].clone();
    double[] dist = new double[n];
    Arrays.fill(dist, Double.MAX_VALUE);
    for (int j = 1; j < k; j++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        dist[i] = Math.min(dist[i], 1 - dot(x[i], centres[j - 1]));
        sum += Math.max(0, dist[i]);
      }
      double pick = random.nextDouble() * sum;
      int chosen = n - 1;
      for (int i = 0; i < n; i++) {
        pick -= Math.max(0, dist[i]);
        if (pick <= 0) {
          chosen = i;
          break;
        }
      }
      centres[j] = x[chosen].clone();
    }
    int[] assign = new int[n];
    for (int it = 0; it < options.iterations(); it++) {
      for (int i = 0; i < n; i++) {
        int best = 0;
        float bestSim = -2;
        for (int j = 0; j < k; j++) {
          float s = dot(x[i], centres[j]);
          if (s > bestSim) {
            bestSim = s;
            best = j;
          }
        }
        assign[i] = best;
      }
      float[][] sums = new float[k][d];
      for (int i = 0; i < n; i++) {
        float[] s = sums[assign[i]];
        for (int j = 0; j < d; j++) {
          s[j] += x[i][j];
        }
      }
      for (int j = 0; j < k; j++) {
        normalise(sums[j]);
        if (Arrays.equals(sums[j], new float[d])) {
          continue;
        }
        centres[j] = sums[j];
      }
    }
    return assign;
  }

  /** The dot product of two vectors of one length. */
  static float dot(float[] a, float[] b) {
    float s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** How often each id occurs in {@code corpus} (-1 separators skipped). */
  static int[] frequencies(int types, int[] corpus) {
    int[] freq = new int[types];
    for (int id : corpus) {
      if (id >= 0) {
        freq[id]++;
      }
    }
    return freq;
  }

  /** The ids, most frequent first; ties in the words' order, so the ranking is reproducible. */
  static Integer[] byFrequency(List<String> types, int[] freq) {
    Integer[] byFreq = new Integer[types.size()];
    for (int i = 0; i < byFreq.length; i++) {
      byFreq[i] = i;
    }
    Arrays.sort(byFreq, (a, b) -> freq[b] != freq[a] ? Integer.compare(freq[b], freq[a]) : types.get(a).compareTo(types.get(b)));
    return byFreq;
  }
}
