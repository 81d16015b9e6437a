package org.marsad.core.events;

import java.util.ArrayList;
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
 *   <li>sentence {@code i} is held out in fold {@code i % folds}; the threshold is the one of 0.05,
 *       0.06 … 0.95 with the best pooled F1.
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
   */
  public record Settings(int epochs, double l2, double positiveWeight, double rate, double minWeight,
      double disputedWeight, double ambiguousWeight) {
    public static final Settings DEFAULT = new Settings(20, 1e-4, 2.0, 0.2, 0.05, 1.0, 0.0);

    public Settings with(double newL2, double newPositiveWeight, double newDisputedWeight,
        double newAmbiguousWeight) {
      return new Settings(epochs, newL2, newPositiveWeight, rate, minWeight, newDisputedWeight, newAmbiguousWeight);
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
  static final double[] L2_GRID = {1e-4, 1e-3, 1e-2, 3e-2, 1e-1};
  /** The grid of positive-class weights tried by {@link #tune}. */
  static final double[] POSITIVE_WEIGHT_GRID = {1.0, 2.0, 4.0};
  /** The grid of weights for disputed negatives ({@code difficult no}) tried by {@link #tune}. */
  static final double[] DISPUTED_WEIGHT_GRID = {1.0, 0.25, 0.0};
  /** The grid of weights for {@code ambiguous} sentences tried by {@link #tune}. */
  static final double[] AMBIGUOUS_WEIGHT_GRID = {0.0, 0.5, 1.0};
  /** Seed for the example order, so training is reproducible. */
  static final long SEED = 20211027L;

  private final PloverType type;

  public ClassifierTrainer(PloverType type) {
    this.type = type;
  }

  /** The training instances of some samples: distinct occurred feature lists, with their sample's index. */
  private record Instances(List<List<String>> features, boolean[] labels, Agreement[] agreements) {}

  private Instances instances(List<Sample> samples, java.util.function.IntPredicate use) {
    List<List<String>> features = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    List<Agreement> agreements = new ArrayList<>();
    for (int i = 0; i < samples.size(); i++) {
      if (!use.test(i)) {
        continue;
      }
      Sample s = samples.get(i);
      java.util.Set<List<String>> seen = new java.util.HashSet<>();
      for (EventCoder.Detection d : s.detections()) {
        if (d.type() == type && d.occurred() && seen.add(d.features())) {
          features.add(d.features());
          labels.add(s.positive());
          agreements.add(s.agreement());
        }
      }
    }
    boolean[] l = new boolean[labels.size()];
    for (int i = 0; i < l.length; i++) {
      l[i] = labels.get(i);
    }
    return new Instances(features, l, agreements.toArray(new Agreement[0]));
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
  public EventClassifier train(List<Sample> samples, Settings settings, double threshold) {
    Instances in = instances(samples, i -> true);
    return fit(in.features(), in.labels(), in.agreements(), settings, threshold);
  }

  /**
   * Chooses disputed-negative weight, L2 penalty, positive weight and threshold by
   * {@code folds}-fold cross-validation over the sentences, maximising pooled sentence-level F1.
   */
  public Tuning tune(List<Sample> samples, Settings base, int folds) {
    boolean[] labels = new boolean[samples.size()];
    boolean[] scored = new boolean[samples.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = samples.get(i).positive();
      scored[i] = samples.get(i).agreement() != Agreement.AMBIGUOUS;
    }
    List<Instances> trainParts = new ArrayList<>();
    for (int fold = 0; fold < folds; fold++) {
      int f = fold;
      trainParts.add(instances(samples, i -> !scored[i] || i % folds != f));
    }
    Tuning best = null;
    for (double aw : AMBIGUOUS_WEIGHT_GRID) {
      for (double dw : DISPUTED_WEIGHT_GRID) {
        for (double l2 : L2_GRID) {
          for (double pw : POSITIVE_WEIGHT_GRID) {
            Settings s = base.with(l2, pw, dw, aw);
            double[] scores = new double[samples.size()];
            for (int fold = 0; fold < folds; fold++) {
              Instances in = trainParts.get(fold);
              EventClassifier m = fit(in.features(), in.labels(), in.agreements(), s, 0.5);
              for (int i = fold; i < samples.size(); i += folds) {
                scores[i] = score(samples.get(i), m);
              }
            }
            for (int t = 5; t <= 95; t++) {
              double th = t / 100.0;
              double f1 = f1(scores, labels, scored, th);
              if (best == null || f1 > best.f1()) {
                List<Double> oof = new ArrayList<>(scores.length);
                for (double x : scores) {
                  oof.add(x);
                }
                best = new Tuning(s, th, f1, oof);
              }
            }
          }
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

  private EventClassifier fit(List<List<String>> features, boolean[] labels, Agreement[] agreements, Settings s,
      double threshold) {
    Map<String, Integer> index = new HashMap<>();
    int[][] rows = new int[features.size()][];
    for (int i = 0; i < rows.length; i++) {
      List<String> f = features.get(i);
      rows[i] = new int[f.size()];
      for (int j = 0; j < f.size(); j++) {
        String name = f.get(j);
        Integer id = index.get(name);
        if (id == null) {
          id = index.size();
          index.put(name, id);
        }
        rows[i][j] = id;
      }
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
        double g = (p - y) * s.weight(labels[k], agreements[k]);
        biasG2 += g * g;
        bias -= s.rate() * g / Math.sqrt(biasG2 + 1e-8);
        for (int id : rows[k]) {
          double gi = g + s.l2() * w[id];
          g2[id] += gi * gi;
          w[id] -= s.rate() * gi / Math.sqrt(g2[id] + 1e-8);
        }
      }
    }
    Map<String, Double> weights = new HashMap<>();
    for (var e : index.entrySet()) {
      double v = w[e.getValue()];
      if (Math.abs(v) >= s.minWeight() && e.getKey().indexOf('#') < 0) {
        weights.put(e.getKey(), v);
      }
    }
    return new EventClassifier(type, bias, threshold, weights);
  }
}
