package org.marsad.core.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.marsad.core.model.Event.PloverType;

/**
 * Trains an {@link EventClassifier}: L2-regularised logistic regression by AdaGrad over the
 * {@link EventCoder.Detection}s the coder asks the detector about, with hyper-parameters and the
 * decision threshold chosen by k-fold cross-validation on the training sentences only (the caller
 * keeps the test split away).
 *
 * <p>Rules:
 * <ul>
 *   <li>a training instance is each distinct feature list of a sentence's detections with status
 *       occurred, labelled with the sentence's label; sentences without one teach nothing (the coder
 *       never asks about them);
 *   <li>cross-validation scores a sentence as the coder decides it: positive when a detection is
 *       occurred and dated, else by the highest probability of its occurred detections, and never
 *       when it has none; so the CV F1 is the sentence-level detection F1 of the whole coder, with
 *       gold positives that no trigger reaches counted as misses;
 *   <li>cross-validation runs {@link #REPEATS} times: sentence {@code i} is held out in fold
 *       {@code i % folds}, then in folds of a seeded shuffle; a setting's F1 at a threshold is the mean
 *       pooled F1 over the repeats, smoothed over {@link #SMOOTHING} neighbouring thresholds on each
 *       side; the setting and threshold (0.01 … 0.99) with the best smoothed F1 win, the first on ties.
 *   <li>features seen in fewer than {@link #MIN_COUNT} training instances are left out.
 *   <li>the weights are the average of the last half of the epochs' end-of-epoch weights.
 * </ul>
 */
public final class ClassifierTrainer {

  /** How a training sentence's label came about, which sets how much its loss counts. */
  public enum Agreement {
    /** {@code yes} or {@code easy no}: weight 1 (a positive's scaled by {@link Settings#positiveWeight}). */
    AGREED,
    /** {@code difficult no}: mostly rejected, with a dissenting accept; weight {@link Settings#disputedWeight}. */
    DISPUTED,
    /**
     * {@code ambiguous}: labelled by the annotators' majority, weight {@link Settings#ambiguousWeight};
     * never scored in cross-validation (the evaluation leaves these out).
     */
    AMBIGUOUS
  }

  /**
   * A training sentence as the coder sees it: its detections of the trainer's type, whether it
   * reports an occurrence, and how its label came about.
   */
  public record Sample(List<EventCoder.Detection> detections, boolean positive, Agreement agreement) {
    public Sample {
      detections = List.copyOf(detections);
    }
  }

  /**
   * Training settings.
   *
   * @param epochs passes over the examples
   * @param l2 L2 penalty per update
   * @param positiveWeight how much a positive example's loss counts against a negative's
   * @param rate AdaGrad's base learning rate
   * @param minWeight features whose final |weight| is below this are dropped from the model
   * @param disputedWeight how much a disputed negative ({@code difficult no}) counts
   * @param ambiguousWeight how much an {@code ambiguous} sentence, labelled by majority, counts
   * @param auxiliaryWeight how much a sentence of the auxiliary data (another type's train split,
   *     seen only through its non-lexical features, {@link SentenceFeatures#lexical}) counts
   */
  public record Settings(int epochs, double l2, double positiveWeight, double rate, double minWeight,
      double disputedWeight, double ambiguousWeight, double auxiliaryWeight) {
    public static final Settings DEFAULT = new Settings(20, 1e-4, 2.0, 0.2, 0.05, 1.0, 0.0, 0.0);

    public Settings with(double newL2, double newPositiveWeight, double newDisputedWeight,
        double newAmbiguousWeight, double newAuxiliaryWeight) {
      return new Settings(epochs, newL2, newPositiveWeight, rate, minWeight, newDisputedWeight, newAmbiguousWeight,
          newAuxiliaryWeight);
    }

    /** The loss weight of an example with this label and agreement. */
    double weight(boolean positive, Agreement agreement) {
      return switch (agreement) {
        case AGREED -> positive ? positiveWeight : 1;
        case DISPUTED -> positive ? positiveWeight : disputedWeight;
        case AMBIGUOUS -> ambiguousWeight * (positive ? positiveWeight : 1);
      };
    }
  }

  /**
   * Cross-validation outcome of one setting: its best threshold, the F1 there, and each sentence's
   * out-of-fold score (1 for a dated occurrence, 0 without an occurred detection).
   */
  public record Tuning(Settings settings, double threshold, double f1, List<Double> outOfFold) {
    public Tuning {
      outOfFold = List.copyOf(outOfFold);
    }
  }

  /** The grid of L2 penalties tried by {@link #tune}. */
  static final double[] L2_GRID = {1e-4, 1e-3, 1e-2};
  /** The grid of positive-class weights tried by {@link #tune}. */
  static final double[] POSITIVE_WEIGHT_GRID = {1.0, 2.0};
  /** The grid of weights for disputed negatives ({@code difficult no}) tried by {@link #tune}. */
  static final double[] DISPUTED_WEIGHT_GRID = {0.25, 0.0};
  /** The grid of weights for auxiliary data tried by {@link #tune} when there is some. */
  static final double[] AUXILIARY_WEIGHT_GRID = {0.0, 1.0};
  /** The grid of weights for {@code ambiguous} sentences tried by {@link #tune}. */
  static final double[] AMBIGUOUS_WEIGHT_GRID = {0.0, 0.5, 1.0};
  /** Cross-validation is repeated with this many fold assignments (the first {@code i % folds}, then shuffled). */
  static final int REPEATS = 2;
  /** Thresholds tried: 1 / STEPS … (STEPS - 1) / STEPS. */
  static final int THRESHOLD_STEPS = 100;
  /** A threshold's F1 is averaged with this many neighbours on each side, so a lucky spike is not chosen. */
  static final int SMOOTHING = 2;
  /** Features seen in fewer training instances than this are left out of the model. */
  static final int MIN_COUNT = 3;
  /** Seed for the example order, so training is reproducible. */
  static final long SEED = 20211027L;

  private final PloverType type;

  public ClassifierTrainer(PloverType type) {
    this.type = type;
  }

  /** The training instances of some samples: distinct occurred feature lists, with their sample's index. */
  private record Instances(List<List<String>> features, boolean[] labels, Agreement[] agreements,
      boolean[] auxiliary) {}

  private Instances instances(List<Sample> samples, java.util.function.IntPredicate use, List<Sample> aux) {
    List<List<String>> features = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    List<Agreement> agreements = new ArrayList<>();
    List<Boolean> auxiliary = new ArrayList<>();
    for (int i = 0; i < samples.size() + aux.size(); i++) {
      boolean isAux = i >= samples.size();
      if (!isAux && !use.test(i)) {
        continue;
      }
      Sample s = isAux ? aux.get(i - samples.size()) : samples.get(i);
      java.util.Set<List<String>> seen = new java.util.HashSet<>();
      for (EventCoder.Detection d : s.detections()) {
        if ((isAux || d.type() == type) && d.occurred() && seen.add(d.features())) {
          features.add(isAux ? d.features().stream().filter(f -> !SentenceFeatures.lexical(f)).toList() : d.features());
          labels.add(s.positive());
          agreements.add(s.agreement());
          auxiliary.add(isAux);
        }
      }
    }
    boolean[] l = new boolean[labels.size()];
    boolean[] a = new boolean[labels.size()];
    for (int i = 0; i < l.length; i++) {
      l[i] = labels.get(i);
      a[i] = auxiliary.get(i);
    }
    return new Instances(features, l, agreements.toArray(new Agreement[0]), a);
  }

  /** The coder's decision score for one sentence under a model (see the class rules). */
  double score(Sample s, EventClassifier model) {
    double best = 0;
    for (EventCoder.Detection d : s.detections()) {
      if (d.type() != type || !d.occurred()) {
        continue;
      }
      if (d.dated()) {
        return 1;
      }
      best = Math.max(best, model.probability(d.features()));
    }
    return best;
  }

  /** Trains on all samples with the given settings and threshold. */
  public EventClassifier train(List<Sample> samples, List<Sample> auxiliary, Settings settings, double threshold) {
    Instances in = instances(samples, i -> true, auxiliary);
    return fit(in.features(), in.labels(), in.agreements(), in.auxiliary(), settings, threshold);
  }

  /**
   * Chooses disputed-negative weight, L2 penalty, positive weight and threshold by
   * {@code folds}-fold cross-validation over the sentences, maximising pooled sentence-level F1.
   */
  public Tuning tune(List<Sample> samples, List<Sample> auxiliary, Settings base, int folds) {
    boolean[] labels = new boolean[samples.size()];
    boolean[] scored = new boolean[samples.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = samples.get(i).positive();
      scored[i] = samples.get(i).agreement() != Agreement.AMBIGUOUS;
    }
    int[][] foldOf = new int[REPEATS][samples.size()];
    List<List<Instances>> trainParts = new ArrayList<>();
    for (int r = 0; r < REPEATS; r++) {
      int[] perm = new int[samples.size()];
      for (int i = 0; i < perm.length; i++) {
        perm[i] = i;
      }
      Random random = new Random(SEED + r);
      for (int i = perm.length - 1; r > 0 && i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
      }
      for (int i = 0; i < perm.length; i++) {
        foldOf[r][i] = perm[i] % folds;
      }
      int[] fo = foldOf[r];
      List<Instances> parts = new ArrayList<>();
      for (int fold = 0; fold < folds; fold++) {
        int f = fold;
        parts.add(instances(samples, i -> !scored[i] || fo[i] != f, auxiliary));
      }
      trainParts.add(parts);
    }
    Tuning best = null;
    double[] auxGrid = auxiliary.isEmpty() ? new double[] {0} : AUXILIARY_WEIGHT_GRID;
    List<Settings> grid = new ArrayList<>();
    for (double xw : auxGrid) {
      for (double aw : AMBIGUOUS_WEIGHT_GRID) {
        for (double dw : DISPUTED_WEIGHT_GRID) {
          for (double l2 : L2_GRID) {
            for (double pw : POSITIVE_WEIGHT_GRID) {
              grid.add(base.with(l2, pw, dw, aw, xw));
            }
          }
        }
      }
    }
    for (Settings s : grid) {
      double[][] scores = new double[REPEATS][samples.size()];
      for (int r = 0; r < REPEATS; r++) {
        for (int fold = 0; fold < folds; fold++) {
          Instances in = trainParts.get(r).get(fold);
          EventClassifier m = fit(in.features(), in.labels(), in.agreements(), in.auxiliary(), s, 0.5);
          for (int i = 0; i < samples.size(); i++) {
            if (foldOf[r][i] == fold) {
              scores[r][i] = score(samples.get(i), m);
            }
          }
        }
      }
      double[] f1 = new double[THRESHOLD_STEPS + 1];
      for (int t = 1; t < THRESHOLD_STEPS; t++) {
        for (int r = 0; r < REPEATS; r++) {
          f1[t] += f1(scores[r], labels, scored, (double) t / THRESHOLD_STEPS) / REPEATS;
        }
      }
      for (int t = 1; t < THRESHOLD_STEPS; t++) {
        double sum = 0;
        int n = 0;
        for (int u = Math.max(1, t - SMOOTHING); u <= Math.min(THRESHOLD_STEPS - 1, t + SMOOTHING); u++) {
          sum += f1[u];
          n++;
        }
        double smoothed = sum / n;
        if (best == null || smoothed > best.f1()) {
          List<Double> oof = new ArrayList<>(samples.size());
          for (double x : scores[0]) {
            oof.add(x);
          }
          best = new Tuning(s, (double) t / THRESHOLD_STEPS, smoothed, oof);
        }
      }
    }
    return best;
  }

  static double f1(double[] scores, boolean[] labels, boolean[] scored, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < scores.length; i++) {
      if (!scored[i]) {
        continue;
      }
      boolean p = scores[i] >= threshold;
      if (p && labels[i]) {
        tp++;
      } else if (p) {
        fp++;
      } else if (labels[i]) {
        fn++;
      }
    }
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  private EventClassifier fit(List<List<String>> features, boolean[] labels, Agreement[] agreements,
      boolean[] auxiliary, Settings s,
      double threshold) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> f : features) {
      for (String name : f) {
        counts.merge(name, 1, Integer::sum);
      }
    }
    Map<String, Integer> index = new HashMap<>();
    int[][] rows = new int[features.size()][];
    for (int i = 0; i < rows.length; i++) {
      List<String> f = features.get(i);
      int[] row = new int[f.size()];
      int n = 0;
      for (String name : f) {
        if (counts.get(name) < MIN_COUNT) {
          continue;
        }
        Integer id = index.get(name);
        if (id == null) {
          id = index.size();
          index.put(name, id);
        }
        row[n++] = id;
      }
      rows[i] = Arrays.copyOf(row, n);
    }
    double[] w = new double[index.size()];
    double[] g2 = new double[index.size()];
    double bias = 0;
    double biasG2 = 0;
    Random random = new Random(SEED);
    int[] order = new int[rows.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    double[] sum = new double[w.length];
    double biasSum = 0;
    int averaged = 0;
    for (int epoch = 0; epoch < s.epochs(); epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int k : order) {
        double z = bias;
        for (int id : rows[k]) {
          z += w[id];
        }
        double p = 1 / (1 + Math.exp(-z));
        double y = labels[k] ? 1 : 0;
        double g = (p - y) * s.weight(labels[k], agreements[k]) * (auxiliary[k] ? s.auxiliaryWeight() : 1);
        biasG2 += g * g;
        bias -= s.rate() * g / Math.sqrt(biasG2 + 1e-8);
        for (int id : rows[k]) {
          double gi = g + s.l2() * w[id];
          g2[id] += gi * gi;
          w[id] -= s.rate() * gi / Math.sqrt(g2[id] + 1e-8);
        }
      }
      if (2 * epoch >= s.epochs()) {
        for (int id = 0; id < w.length; id++) {
          sum[id] += w[id];
        }
        biasSum += bias;
        averaged++;
      }
    }
    bias = biasSum / averaged;
    Map<String, Double> weights = new HashMap<>();
    for (var e : index.entrySet()) {
      double v = sum[e.getValue()] / averaged;
      if (Math.abs(v) >= s.minWeight() && e.getKey().indexOf('#') < 0) {
        weights.put(e.getKey(), v);
      }
    }
    return new EventClassifier(type, bias, threshold, weights);
  }
}
