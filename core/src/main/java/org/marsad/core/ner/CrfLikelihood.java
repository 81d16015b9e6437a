package org.marsad.core.ner;

import java.util.Arrays;
import java.util.List;

/**
 * The negative log-likelihood of the gold label paths under the BIO-constrained linear-chain CRF, plus an L2
 * term {@code (c2 / 2) |w|²}, with its gradient: the objective that {@link NerTrainer.Objective#LBFGS} minimises.
 * <ul>
 *   <li>The parameters are one vector: the shared feature weights ({@code buckets × L}), then one block of
 *       the same size for each domain trained on (Daumé's feature augmentation: a token of domain d scores
 *       the shared weight plus d's), then the start weights ({@code L}) and the transitions ({@code L × L}).
 *       The L2 term covers all of them.</li>
 *   <li>Only the transitions of {@link #ALLOWED} exist (an {@code I-X} after anything but {@code B-X} or
 *       {@code I-X} has probability 0), and only the labels that may begin a sentence start it, as in
 *       {@link NerModel}'s Viterbi.</li>
 *   <li>Expectations come from forward-backward in scaled probability space (each position's scores shifted
 *       by their maximum and each forward column normalised); a sentence whose scaled sums underflow is
 *       redone in log space ({@link #logForwardBackward}).</li>
 *   <li>The sentences are cut into {@link #PARTS} fixed contiguous parts of about equal tokens, each summed
 *       in order by its own thread into its own buffers, and the parts are added in part order, so the value
 *       and gradient do not depend on the scheduling: the same data and weights give the same bits.</li>
 * </ul>
 */
final class CrfLikelihood implements Lbfgs.Function {

  /** The fixed number of parts (and threads) the sentences are split into. */
  static final int PARTS = 2;

  private static final int L = NerLabel.COUNT;
  /** {@code ALLOWED[p * L + y]}: label y may follow label p in BIO. */
  static final boolean[] ALLOWED = allowed();
  private static final boolean[] CAN_START = canStart();

  private final List<int[]> feats;
  private final int width;
  private final List<NerLabel[]> gold;
  /** The domain block (1-based: 0 is the shared block) of each sentence in {@link #sentences}. */
  private final int[] blockOf;
  private final int[] sentences;
  private final int[] partStart;
  private final int block;
  private final int blocks;
  private final int startOffset;
  private final int transOffset;
  private final int dimension;
  private final double c2;
  private final double[][][] partGradients;
  private final double[] partValues = new double[PARTS];

  /**
   * @param feats hashed features of every sentence, {@code width} per token, negative for none
   * @param gold gold labels of every sentence
   * @param domainBlock for every sentence, its domain's block, 1..domainBlocks
   * @param subset the sentences to train on, in the order they are summed
   * @param buckets hashed feature buckets
   * @param domainBlocks domain blocks
   * @param c2 the L2 coefficient
   */
  CrfLikelihood(List<int[]> feats, int width, List<NerLabel[]> gold, int[] domainBlock, List<Integer> subset,
      int buckets, int domainBlocks, double c2) {
    this.feats = feats;
    this.width = width;
    this.gold = gold;
    this.sentences = subset.stream().mapToInt(Integer::intValue).toArray();
    this.blockOf = new int[sentences.length];
    for (int s = 0; s < sentences.length; s++) {
      blockOf[s] = domainBlock[sentences[s]];
      if (blockOf[s] < 1 || blockOf[s] > domainBlocks) {
        throw new IllegalArgumentException("domain block out of range: " + blockOf[s]);
      }
    }
    this.block = buckets * L;
    this.blocks = 1 + domainBlocks;
    this.startOffset = blocks * block;
    this.transOffset = startOffset + L;
    this.dimension = transOffset + L * L;
    this.c2 = c2;
    long tokens = 0;
    for (int s : sentences) {
      tokens += gold.get(s).length;
    }
    partStart = new int[PARTS + 1];
    long seen = 0;
    int p = 1;
    for (int s = 0; s < sentences.length && p < PARTS; s++) {
      seen += gold.get(sentences[s]).length;
      while (p < PARTS && seen * PARTS >= tokens * p) {
        partStart[p++] = s + 1;
      }
    }
    while (p <= PARTS) {
      partStart[p++] = sentences.length;
    }
    partGradients = new double[PARTS][][];
  }

  /** The number of parameters. */
  int dimension() {
    return dimension;
  }

  int startOffset() {
    return startOffset;
  }

  int transitionOffset() {
    return transOffset;
  }

  /** The offset of block {@code b} (0 shared, 1.. the domains) in the parameter vector. */
  int blockOffset(int b) {
    return b * block;
  }

  @Override
  public double evaluate(double[] x, double[] gradient) {
    // the emission table of each domain block (shared plus the block's own), read by both parts
    double[][] tables = new double[blocks][];
    for (int b = 1; b < blocks; b++) {
      double[] t = new double[block];
      int o = b * block;
      for (int i = 0; i < block; i++) {
        t[i] = x[i] + x[o + i];
      }
      tables[b] = t;
    }
    double[] start = Arrays.copyOfRange(x, startOffset, transOffset);
    double[] trans = Arrays.copyOfRange(x, transOffset, dimension);
    Thread[] threads = new Thread[PARTS];
    RuntimeException[] failure = new RuntimeException[PARTS];
    for (int p = 0; p < PARTS; p++) {
      int part = p;
      Runnable work = () -> {
        try {
          partValues[part] = part(part, tables, start, trans);
        } catch (RuntimeException e) {
          failure[part] = e;
        }
      };
      if (p == PARTS - 1) {
        work.run();
      } else {
        threads[p] = new Thread(work, "crf-part-" + p);
        threads[p].start();
      }
    }
    for (Thread t : threads) {
      if (t != null) {
        try {
          t.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while computing the CRF gradient", e);
        }
      }
    }
    for (RuntimeException e : failure) {
      if (e != null) {
        throw e;
      }
    }
    double value = 0;
    for (int p = 0; p < PARTS; p++) {
      value += partValues[p];
    }
    Arrays.fill(gradient, 0);
    for (int p = 0; p < PARTS; p++) {
      double[][] g = partGradients[p];
      for (int b = 1; b < blocks; b++) {
        double[] gb = g[b];
        int o = b * block;
        for (int i = 0; i < block; i++) {
          gradient[i] += gb[i];
          gradient[o + i] += gb[i];
        }
      }
      double[] gt = g[0];
      for (int i = 0; i < L + L * L; i++) {
        gradient[startOffset + i] += gt[i];
      }
    }
    double norm = 0;
    for (int i = 0; i < dimension; i++) {
      norm += x[i] * x[i];
      gradient[i] += c2 * x[i];
    }
    return value + c2 / 2 * norm;
  }

  /**
   * Sums part {@code p}'s negative log-likelihood and writes its gradient into its own buffers: per domain
   * block the emission gradient, and in slot 0 the start and transition gradients.
   */
  private double part(int p, double[][] tables, double[] start, double[] trans) {
    double[][] g = partGradients[p];
    if (g == null) {
      g = new double[blocks][];
      g[0] = new double[L + L * L];
      for (int b = 1; b < blocks; b++) {
        g[b] = new double[block];
      }
      partGradients[p] = g;
    } else {
      for (double[] a : g) {
        Arrays.fill(a, 0);
      }
    }
    double maxStart = Double.NEGATIVE_INFINITY;
    for (int y = 0; y < L; y++) {
      if (CAN_START[y]) {
        maxStart = Math.max(maxStart, start[y]);
      }
    }
    double maxTrans = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < L * L; k++) {
      if (ALLOWED[k]) {
        maxTrans = Math.max(maxTrans, trans[k]);
      }
    }
    double[] expStart = new double[L];
    for (int y = 0; y < L; y++) {
      expStart[y] = CAN_START[y] ? Math.exp(start[y] - maxStart) : 0;
    }
    double[] expTrans = new double[L * L];
    for (int k = 0; k < L * L; k++) {
      expTrans[k] = ALLOWED[k] ? Math.exp(trans[k] - maxTrans) : 0;
    }
    double value = 0;
    Scratch scratch = new Scratch();
    for (int s = partStart[p]; s < partStart[p + 1]; s++) {
      int sentence = sentences[s];
      value += sentence(feats.get(sentence), gold.get(sentence), tables[blockOf[s]], g[blockOf[s]], g[0], start, trans,
          expStart, maxStart, expTrans, maxTrans, scratch);
    }
    return value;
  }

  /** Buffers reused across the sentences of a part. */
  private static final class Scratch {
    double[] emit = new double[0];
    double[] expEmit = new double[0];
    double[] alpha = new double[0];
    double[] beta = new double[0];
    double[] norms = new double[0];
    double[] marginal = new double[0];

    void ensure(int n) {
      if (emit.length < n * L) {
        int size = Math.max(n, 64) * L;
        emit = new double[size];
        expEmit = new double[size];
        alpha = new double[size];
        beta = new double[size];
        marginal = new double[size];
        norms = new double[size / L];
      }
    }
  }

  /** One sentence's negative log-likelihood; adds its gradient (expected minus observed counts). */
  private double sentence(int[] f, NerLabel[] y, double[] table, double[] g, double[] gt, double[] start,
      double[] trans, double[] expStart, double maxStart, double[] expTrans, double maxTrans, Scratch sc) {
    int n = y.length;
    if (n == 0) {
      return 0;
    }
    sc.ensure(n);
    double[] emit = sc.emit;
    Arrays.fill(emit, 0, n * L, 0);
    for (int i = 0; i < n; i++) {
      int o = i * width;
      int e = i * L;
      for (int k = 0; k < width; k++) {
        int feature = f[o + k];
        if (feature >= 0) {
          int base = feature * L;
          for (int l = 0; l < L; l++) {
            emit[e + l] += table[base + l];
          }
        }
      }
    }
    double goldScore = start[y[0].ordinal()];
    for (int i = 0; i < n; i++) {
      goldScore += emit[i * L + y[i].ordinal()];
      if (i > 0) {
        goldScore += trans[y[i - 1].ordinal() * L + y[i].ordinal()];
      }
    }
    double[] marginal = sc.marginal;
    double logZ = scaledMarginals(emit, n, expStart, maxStart, expTrans, maxTrans, sc);
    boolean scaled = Double.isFinite(logZ);
    if (!scaled) {
      logZ = logForwardBackward(emit, n, start, trans, sc.alpha, sc.beta);
      for (int i = 0; i < n * L; i++) {
        marginal[i] = Math.exp(sc.alpha[i] + sc.beta[i] - logZ);
      }
    }
    for (int i = 0; i < n; i++) {
      int e = i * L;
      marginal[e + y[i].ordinal()] -= 1;
      int o = i * width;
      for (int k = 0; k < width; k++) {
        int feature = f[o + k];
        if (feature >= 0) {
          int base = feature * L;
          for (int l = 0; l < L; l++) {
            g[base + l] += marginal[e + l];
          }
        }
      }
    }
    for (int l = 0; l < L; l++) {
      gt[l] += marginal[l];
    }
    // pair marginals: the expected transitions
    double[] alpha = sc.alpha;
    double[] beta = sc.beta;
    for (int i = 1; i < n; i++) {
      int e = i * L;
      int prev = (i - 1) * L;
      for (int q = 0; q < L; q++) {
        for (int l = 0; l < L; l++) {
          int k = q * L + l;
          if (!ALLOWED[k]) {
            continue;
          }
          double pair = scaled
              ? alpha[prev + q] * expTrans[k] * sc.expEmit[e + l] * beta[e + l] / sc.norms[i]
              : Math.exp(alpha[prev + q] + trans[k] + emit[e + l] + beta[e + l] - logZ);
          gt[L + k] += pair;
        }
      }
      gt[L + y[i - 1].ordinal() * L + y[i].ordinal()] -= 1;
    }
    return logZ - goldScore;
  }

  /**
   * Scaled forward-backward: fills {@code sc.alpha}, {@code sc.beta} (scaled), {@code sc.norms} and the node
   * marginals {@code sc.marginal}; returns log Z, or NaN/infinity when a column underflowed.
   */
  private static double scaledMarginals(double[] emit, int n, double[] expStart, double maxStart, double[] expTrans,
      double maxTrans, Scratch sc) {
    double[] e = sc.expEmit;
    double[] alpha = sc.alpha;
    double[] beta = sc.beta;
    double[] norms = sc.norms;
    double logZ = maxStart + (n - 1) * maxTrans;
    for (int i = 0; i < n; i++) {
      int o = i * L;
      double max = Double.NEGATIVE_INFINITY;
      for (int l = 0; l < L; l++) {
        max = Math.max(max, emit[o + l]);
      }
      for (int l = 0; l < L; l++) {
        e[o + l] = Math.exp(emit[o + l] - max);
      }
      logZ += max;
    }
    double c = 0;
    for (int l = 0; l < L; l++) {
      alpha[l] = expStart[l] * e[l];
      c += alpha[l];
    }
    if (!(c > 0) || !Double.isFinite(c)) {
      return Double.NaN;
    }
    norms[0] = c;
    logZ += Math.log(c);
    for (int l = 0; l < L; l++) {
      alpha[l] /= c;
    }
    for (int i = 1; i < n; i++) {
      int o = i * L;
      int prev = o - L;
      c = 0;
      for (int l = 0; l < L; l++) {
        double sum = 0;
        for (int q = 0; q < L; q++) {
          sum += alpha[prev + q] * expTrans[q * L + l];
        }
        double a = sum * e[o + l];
        alpha[o + l] = a;
        c += a;
      }
      if (!(c > 0) || !Double.isFinite(c)) {
        return Double.NaN;
      }
      norms[i] = c;
      logZ += Math.log(c);
      for (int l = 0; l < L; l++) {
        alpha[o + l] /= c;
      }
    }
    int last = (n - 1) * L;
    for (int l = 0; l < L; l++) {
      beta[last + l] = 1;
    }
    for (int i = n - 2; i >= 0; i--) {
      int o = i * L;
      int next = o + L;
      double c1 = norms[i + 1];
      for (int q = 0; q < L; q++) {
        double sum = 0;
        for (int l = 0; l < L; l++) {
          sum += expTrans[q * L + l] * e[next + l] * beta[next + l];
        }
        beta[o + q] = sum / c1;
      }
    }
    double[] marginal = sc.marginal;
    for (int i = 0; i < n * L; i++) {
      marginal[i] = alpha[i] * beta[i];
    }
    return logZ;
  }

  /**
   * Forward-backward in log space over emission scores {@code emit[i * L + y]}: fills {@code alpha} and
   * {@code beta} (log forward and backward scores, the BIO constraint applied) and returns log Z. A node's
   * marginal is {@code exp(alpha + beta - logZ)}.
   */
  static double logForwardBackward(double[] emit, int n, double[] start, double[] trans, double[] alpha,
      double[] beta) {
    for (int y = 0; y < L; y++) {
      alpha[y] = CAN_START[y] ? start[y] + emit[y] : Double.NEGATIVE_INFINITY;
    }
    double[] terms = new double[L];
    for (int i = 1; i < n; i++) {
      for (int y = 0; y < L; y++) {
        for (int q = 0; q < L; q++) {
          terms[q] = ALLOWED[q * L + y] ? alpha[(i - 1) * L + q] + trans[q * L + y] : Double.NEGATIVE_INFINITY;
        }
        alpha[i * L + y] = logSumExp(terms) + emit[i * L + y];
      }
    }
    for (int y = 0; y < L; y++) {
      beta[(n - 1) * L + y] = 0;
    }
    for (int i = n - 2; i >= 0; i--) {
      for (int q = 0; q < L; q++) {
        for (int y = 0; y < L; y++) {
          terms[y] = ALLOWED[q * L + y] ? trans[q * L + y] + emit[(i + 1) * L + y] + beta[(i + 1) * L + y]
              : Double.NEGATIVE_INFINITY;
        }
        beta[i * L + q] = logSumExp(terms);
      }
    }
    return logSumExp(Arrays.copyOfRange(alpha, (n - 1) * L, n * L));
  }

  static double logSumExp(double[] terms) {
    double max = Double.NEGATIVE_INFINITY;
    for (double t : terms) {
      max = Math.max(max, t);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double sum = 0;
    for (double t : terms) {
      sum += Math.exp(t - max);
    }
    return max + Math.log(sum);
  }

  private static boolean[] allowed() {
    boolean[] allowed = new boolean[L * L];
    for (int p = 0; p < L; p++) {
      for (int y = 0; y < L; y++) {
        allowed[p * L + y] = NerLabel.of(y).canFollow(NerLabel.of(p));
      }
    }
    return allowed;
  }

  private static boolean[] canStart() {
    boolean[] can = new boolean[L];
    for (int y = 0; y < L; y++) {
      can[y] = NerLabel.of(y).canStart();
    }
    return can;
  }
}
