package org.marsad.core.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.marsad.core.model.Event.PloverType;

/**
 * Trains an {@link EventClassifier}: L2-regularised logistic regression by AdaGrad over
 * {@link SentenceFeatures}, with hyper-parameters and the decision threshold chosen by k-fold
 * cross-validation on the training examples only (the caller keeps the test split away).
 */
public final class ClassifierTrainer {

  /**
   * A sentence, whether it reports an occurrence of the type, and how much its loss counts (1 for
   * agreed labels; less for disputed negatives, see {@link Settings#disputedWeight}).
   */
  public record Example(String text, boolean positive, boolean disputed) {
    public Example(String text, boolean positive) {
      this(text, positive, false);
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
   * @param naiveBayes scale each feature by its naive-Bayes log-count ratio before fitting (NBSVM-style,
   *     Wang and Manning 2012); the scale is folded into the stored weight
   * @param disputedWeight how much a disputed negative ({@code difficult no}) counts
   */
  public record Settings(int epochs, double l2, double positiveWeight, double rate, double minWeight,
      boolean naiveBayes, double disputedWeight) {
    public static final Settings DEFAULT = new Settings(20, 1e-4, 2.0, 0.2, 0.05, false, 1.0);

    public Settings with(double newL2, double newPositiveWeight, boolean newNaiveBayes) {
      return new Settings(epochs, newL2, newPositiveWeight, rate, minWeight, newNaiveBayes, disputedWeight);
    }

    public Settings withDisputedWeight(double w) {
      return new Settings(epochs, l2, positiveWeight, rate, minWeight, naiveBayes, w);
    }
  }

  /** Cross-validation outcome of one setting: its best threshold and the F1 there. */
  public record Tuning(Settings settings, double threshold, double f1) {}

  /** The grid of L2 penalties tried by {@link #tune}. */
  static final double[] L2_GRID = {1e-5, 1e-4, 1e-3, 1e-2};
  /** The grid of positive-class weights tried by {@link #tune}. */
  static final double[] POSITIVE_WEIGHT_GRID = {1.0, 2.0, 4.0};
  /** The grid of weights for disputed negatives ({@code difficult no}) tried by {@link #tune}. */
  static final double[] DISPUTED_WEIGHT_GRID = {1.0, 0.25, 0.0};
  /** Seed for the example order, so training is reproducible. */
  static final long SEED = 20211027L;

  private final PloverType type;
  private final TriggerLexicon lexicon;

  public ClassifierTrainer(PloverType type, TriggerLexicon lexicon) {
    this.type = type;
    this.lexicon = lexicon;
  }

  /** Features of every example, computed once. */
  private List<List<String>> featurise(List<Example> examples) {
    List<List<String>> out = new ArrayList<>(examples.size());
    for (Example e : examples) {
      out.add(SentenceFeatures.of(Arrays.asList(e.text().split("\\s+")), type, lexicon));
    }
    return out;
  }

  /** Trains on all examples with the given settings and threshold. */
  public EventClassifier train(List<Example> examples, Settings settings, double threshold) {
    return fit(featurise(examples), labels(examples), disputed(examples), settings, threshold);
  }

  private static boolean[] disputed(List<Example> examples) {
    boolean[] d = new boolean[examples.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = examples.get(i).disputed();
    }
    return d;
  }

  /**
   * Chooses disputed-negative weight, L2 penalty, positive weight and threshold by {@code folds}-fold cross-validation (example
   * {@code i} is held out in fold {@code i % folds}), maximising pooled F1.
   */
  public Tuning tune(List<Example> examples, Settings base, int folds) {
    List<List<String>> features = featurise(examples);
    boolean[] labels = labels(examples);
    boolean[] disputed = disputed(examples);
    Tuning best = null;
    for (double dw : DISPUTED_WEIGHT_GRID) {
    for (double l2 : L2_GRID) {
      for (double pw : POSITIVE_WEIGHT_GRID) {
        Settings s = base.with(l2, pw, base.naiveBayes()).withDisputedWeight(dw);
        double[] scores = new double[examples.size()];
        for (int fold = 0; fold < folds; fold++) {
          List<List<String>> trainF = new ArrayList<>();
          List<Boolean> trainL = new ArrayList<>();
          List<Boolean> trainD = new ArrayList<>();
          for (int i = 0; i < features.size(); i++) {
            if (i % folds != fold) {
              trainF.add(features.get(i));
              trainL.add(labels[i]);
              trainD.add(disputed[i]);
            }
          }
          boolean[] tl = new boolean[trainL.size()];
          boolean[] td = new boolean[trainL.size()];
          for (int i = 0; i < tl.length; i++) {
            tl[i] = trainL.get(i);
            td[i] = trainD.get(i);
          }
          EventClassifier m = fit(trainF, tl, td, s, 0.5);
          for (int i = fold; i < features.size(); i += folds) {
            scores[i] = m.probability(features.get(i));
          }
        }
        for (int t = 5; t <= 95; t++) {
          double th = t / 100.0;
          double f1 = f1(scores, labels, th);
          if (best == null || f1 > best.f1()) {
            best = new Tuning(s, th, f1);
          }
        }
      }
    }
    }
    return best;
  }

  static double f1(double[] scores, boolean[] labels, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < scores.length; i++) {
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

  private static boolean[] labels(List<Example> examples) {
    boolean[] l = new boolean[examples.size()];
    for (int i = 0; i < l.length; i++) {
      l[i] = examples.get(i).positive();
    }
    return l;
  }

  private EventClassifier fit(List<List<String>> features, boolean[] labels, boolean[] disputed, Settings s,
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
    double[] x = new double[index.size()];
    java.util.Arrays.fill(x, 1.0);
    if (s.naiveBayes()) {
      double[] pos = new double[index.size()];
      double[] neg = new double[index.size()];
      double posTotal = 0;
      double negTotal = 0;
      for (int i = 0; i < rows.length; i++) {
        for (int id : rows[i]) {
          if (labels[i]) {
            pos[id]++;
            posTotal++;
          } else {
            neg[id]++;
            negTotal++;
          }
        }
      }
      for (int id = 0; id < x.length; id++) {
        x[id] = Math.log(((pos[id] + 1) / (posTotal + x.length)) / ((neg[id] + 1) / (negTotal + x.length)));
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
          z += w[id] * x[id];
        }
        double p = 1 / (1 + Math.exp(-z));
        double y = labels[k] ? 1 : 0;
        double g = (p - y) * (labels[k] ? s.positiveWeight() : disputed[k] ? s.disputedWeight() : 1);
        biasG2 += g * g;
        bias -= s.rate() * g / Math.sqrt(biasG2 + 1e-8);
        for (int id : rows[k]) {
          double gi = g * x[id] + s.l2() * w[id];
          g2[id] += gi * gi;
          w[id] -= s.rate() * gi / Math.sqrt(g2[id] + 1e-8);
        }
      }
    }
    Map<String, Double> weights = new HashMap<>();
    for (var e : index.entrySet()) {
      double v = w[e.getValue()] * x[e.getValue()];
      if (Math.abs(v) >= s.minWeight() && e.getKey().indexOf('#') < 0) {
        weights.put(e.getKey(), v);
      }
    }
    return new EventClassifier(type, bias, threshold, weights);
  }
}
