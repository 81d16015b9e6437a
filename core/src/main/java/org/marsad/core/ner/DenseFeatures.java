package org.marsad.core.ner;

/**
 * Real-valued features (seventh round): the word vector of the token (of the word, else of its stem or
 * bare form, looked up like the cluster paths) at -1, 0 and +1, one feature per dimension and position,
 * whose value multiplies a weight per label. A token without a vector contributes nothing. The features
 * sit at fixed buckets of the hashed weight table ({@link #indices}), so they get the shared and
 * per-domain copies, the averaging, the replicas and the model file of the sparse features for free,
 * and the few weights they read stay in the cache while tagging.
 *
 * <p>A sentence's dense values are {@code values[i * dims + k]}: the k-th value of token i's own vector
 * (zero when it has none).
 */
final class DenseFeatures {

  /** The template numbers of the positions -1, 0, +1 are this and the next two. */
  static final int TEMPLATE = 300;
  /** Positions read: -1, 0, +1. */
  static final int POSITIONS = 3;
  private static final int L = NerLabel.COUNT;

  private DenseFeatures() {}

  /** A sentence's dense values, with the buckets of each (position, dimension) feature. */
  record Row(float[] values, int dims, int[] indices) {}

  /** The bucket of each (position, dimension) feature, {@code [position * dims + k]}, position 0 being -1. */
  static int[] indices(int dims, int mask) {
    int[] out = new int[POSITIONS * dims];
    for (int p = 0; p < POSITIONS; p++) {
      for (int k = 0; k < dims; k++) {
        out[p * dims + k] = NerFeatures.index(TEMPLATE + p, k, mask);
      }
    }
    return out;
  }

  /** Adds the dense features' scores to {@code emit[i * L + y]} with weights {@code w} (plus {@code w2} when not null). */
  static void addScores(Row row, int n, float[] emit, float[] w, float[] w2) {
    if (row == null) {
      return;
    }
    int dims = row.dims();
    float[] values = row.values();
    int[] idx = row.indices();
    for (int i = 0; i < n; i++) {
      int e = i * L;
      for (int p = 0; p < POSITIONS; p++) {
        int j = i + p - 1;
        if (j < 0 || j >= n) {
          continue;
        }
        for (int k = 0; k < dims; k++) {
          float v = values[j * dims + k];
          if (v == 0) {
            continue;
          }
          int base = idx[p * dims + k] * L;
          for (int y = 0; y < L; y++) {
            emit[e + y] += v * w[base + y];
          }
          if (w2 != null) {
            for (int y = 0; y < L; y++) {
              emit[e + y] += v * w2[base + y];
            }
          }
        }
      }
    }
  }

  /** As {@link #addScores(Row, int, float[], float[], float[])} with 16-bit weights times {@code scale}. */
  static void addScores(Row row, int n, float[] emit, short[] w, float scale) {
    if (row == null) {
      return;
    }
    int dims = row.dims();
    float[] values = row.values();
    int[] idx = row.indices();
    float[] sum = new float[L];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(sum, 0);
      for (int p = 0; p < POSITIONS; p++) {
        int j = i + p - 1;
        if (j < 0 || j >= n) {
          continue;
        }
        for (int k = 0; k < dims; k++) {
          float v = values[j * dims + k];
          if (v == 0) {
            continue;
          }
          int base = idx[p * dims + k] * L;
          for (int y = 0; y < L; y++) {
            sum[y] += v * w[base + y];
          }
        }
      }
      for (int y = 0; y < L; y++) {
        emit[i * L + y] += sum[y] * scale;
      }
    }
  }
}
