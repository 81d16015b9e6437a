package org.marsad.core.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.model.Event.PloverType;

/**
 * Trains {@link EventConfidence}: L2-regularised logistic regression by full-batch gradient descent
 * (deterministic: the same samples give the same model), with the penalty and the cut chosen by
 * leave-one-group-out cross-validation (of the settings within {@link #CV_TIE} of the best, the lowest cut).
 *
 * <p>A sample is one occurred event the coder produced for a gold article, labelled as the article
 * scorer would: {@link Label#MATCHED} a required gold event, {@link Label#SOFT} matched an optional or
 * background one (a positive of weight {@link #SOFT_WEIGHT}: a coder may code it), or
 * {@link Label#SPURIOUS}. A group is a set of articles that must be held out together: a gold file,
 * or files that annotate the same articles. Cross-validation scores what the article scorer would:
 * F1 = 2 matched / (matched + spurious kept + required gold events), where required gold events that
 * the coder never produced count as misses whatever the cut.
 */
public final class ConfidenceTrainer {

  /** How a coded event fared against the gold. */
  public enum Label { MATCHED, SOFT, SPURIOUS }

  /** One coded event: its features, its label and the group it is held out with. */
  public record Sample(PloverType type, List<String> features, Label label, String group) {
    public Sample {
      features = List.copyOf(features);
    }
  }

  /** The outcome: the model, the chosen settings and the cross-validated figures behind them. */
  public record Result(EventConfidence model, double l2, double threshold, Cv chosen, Cv keepAll) {}

  /** Pooled out-of-fold counts at one setting. */
  public record Cv(int matched, int spurious, int required) {
    public double f1() {
      int d = matched + spurious + required;
      return d == 0 ? 0 : 2.0 * matched / d;
    }
  }

  /** How much a soft match counts as a positive. */
  public static final double SOFT_WEIGHT = 0.3;
  /** Penalties tried. */
  public static final double[] L2 = {0.5, 2, 8};
  /** Cuts tried, from 0.20 to 0.60 by 0.05. */
  public static final double[] THRESHOLDS = {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6};
  /**
   * CV F1 within which settings count as equal (one or two events of a thousand required): the
   * grid's best and a lower cut differ by noise, and the lower cut drops fewer events.
   */
  public static final double CV_TIE = 0.002;
  /** Gradient steps. */
  public static final int ITERATIONS = 1000;
  /** Step size. */
  public static final double RATE = 1.0;
  /**
   * The model judges a type by its own weights only when the training gold gives at least this many
   * events of it; rarer types are scored by the features that name no type.
   */
  public static final int MIN_TYPE_SAMPLES = 15;
  /**
   * Nor unless the gold matches at least this many of its events: a type the annotators hardly ever
   * require (the seed's MOBILIZE: joint operations, which they code as the battles or not at all) would
   * only learn their convention, "never", and be erased.
   */
  public static final int MIN_TYPE_MATCHES = 5;

  private ConfidenceTrainer() {}

  /**
   * Chooses the penalty and the cut by leave-one-group-out CV, then trains on all samples.
   *
   * @param required the number of required occurred gold events of each group
   */
  public static Result train(List<Sample> samples, Map<String, Integer> required) {
    return train(samples, required, MIN_TYPE_SAMPLES);
  }

  /** As {@link #train(List, Map)}, judging only types with at least {@code minTypeSamples} samples. */
  public static Result train(List<Sample> samples, Map<String, Integer> required, int minTypeSamples) {
    Set<String> groups = new LinkedHashSet<>();
    samples.forEach(s -> groups.add(s.group()));
    int totalRequired = groups.stream().mapToInt(g -> required.getOrDefault(g, 0)).sum();
    int allMatched = (int) samples.stream().filter(s -> s.label() == Label.MATCHED).count();
    int allSpurious = (int) samples.stream().filter(s -> s.label() == Label.SPURIOUS).count();
    Cv keepAll = new Cv(allMatched, allSpurious, totalRequired);
    Cv[][] grid = new Cv[L2.length][THRESHOLDS.length];
    for (int li = 0; li < L2.length; li++) {
      double l2 = L2[li];
      int[] matched = new int[THRESHOLDS.length];
      int[] spurious = new int[THRESHOLDS.length];
      for (String g : groups) {
        List<Sample> train = samples.stream().filter(s -> !s.group().equals(g)).toList();
        EventConfidence model = fit(train, l2, 0.5, minTypeSamples);
        for (Sample s : samples) {
          if (!s.group().equals(g) || s.label() == Label.SOFT) {
            continue;
          }
          double p = model.score(s.type(), s.features());
          for (int k = 0; k < THRESHOLDS.length; k++) {
            if (p >= THRESHOLDS[k]) {
              if (s.label() == Label.MATCHED) {
                matched[k]++;
              } else {
                spurious[k]++;
              }
            }
          }
        }
      }
      for (int k = 0; k < THRESHOLDS.length; k++) {
        grid[li][k] = new Cv(matched[k], spurious[k], totalRequired);
      }
    }
    int[] chosen = choose(grid);
    Cv best = grid[chosen[0]][chosen[1]];
    double bestL2 = L2[chosen[0]];
    double bestThreshold = THRESHOLDS[chosen[1]];
    return new Result(fit(samples, bestL2, bestThreshold, minTypeSamples), bestL2, bestThreshold, best, keepAll);
  }

  /**
   * The setting (penalty index, cut index) a CV grid chooses: of the settings within {@link #CV_TIE}
   * of the best F1, the lowest cut (a dropped event is lost to the reader, a kept one still shows its
   * confidence), then the higher F1, then the first penalty.
   */
  static int[] choose(Cv[][] grid) {
    double top = 0;
    for (Cv[] row : grid) {
      for (Cv cv : row) {
        top = Math.max(top, cv.f1());
      }
    }
    int[] chosen = null;
    for (int k = 0; k < grid[0].length && chosen == null; k++) {
      for (int li = 0; li < grid.length; li++) {
        Cv cv = grid[li][k];
        if (cv.f1() >= top - CV_TIE && (chosen == null || cv.f1() > grid[chosen[0]][chosen[1]].f1())) {
          chosen = new int[] {li, k};
        }
      }
    }
    return chosen;
  }

  /**
   * Logistic regression on {@code samples} with penalty {@code l2} (the bias is not penalised),
   * judging the types with at least {@code minTypeSamples} samples.
   */
  public static EventConfidence fit(List<Sample> samples, double l2, double threshold, int minTypeSamples) {
    Map<PloverType, Integer> perType = new java.util.EnumMap<>(PloverType.class);
    Map<PloverType, Integer> matchedPerType = new java.util.EnumMap<>(PloverType.class);
    for (Sample s : samples) {
      perType.merge(s.type(), 1, Integer::sum);
      if (s.label() == Label.MATCHED) {
        matchedPerType.merge(s.type(), 1, Integer::sum);
      }
    }
    Set<PloverType> judged = java.util.EnumSet.noneOf(PloverType.class);
    perType.forEach((t, c) -> {
      if (c >= minTypeSamples && matchedPerType.getOrDefault(t, 0) >= MIN_TYPE_MATCHES) {
        judged.add(t);
      }
    });
    if (judged.isEmpty()) {
      judged.addAll(perType.keySet().isEmpty() ? java.util.EnumSet.allOf(PloverType.class) : perType.keySet());
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    for (Sample s : samples) {
      for (String f : s.features()) {
        index.putIfAbsent(f, index.size());
      }
    }
    int n = samples.size();
    int[][] x = new int[n][];
    double[] y = new double[n];
    double[] weight = new double[n];
    for (int i = 0; i < n; i++) {
      Sample s = samples.get(i);
      x[i] = s.features().stream().mapToInt(index::get).distinct().toArray();
      y[i] = s.label() == Label.SPURIOUS ? 0 : 1;
      weight[i] = s.label() == Label.SOFT ? SOFT_WEIGHT : 1;
    }
    double[] w = new double[index.size()];
    double bias = 0;
    double[] grad = new double[w.length];
    for (int it = 0; it < ITERATIONS && n > 0; it++) {
      java.util.Arrays.fill(grad, 0);
      double gradBias = 0;
      for (int i = 0; i < n; i++) {
        double z = bias;
        for (int j : x[i]) {
          z += w[j];
        }
        double err = (1 / (1 + Math.exp(-z)) - y[i]) * weight[i];
        gradBias += err;
        for (int j : x[i]) {
          grad[j] += err;
        }
      }
      for (int j = 0; j < w.length; j++) {
        w[j] -= RATE * (grad[j] + l2 * w[j]) / n;
      }
      bias -= RATE * gradBias / n;
    }
    Map<String, Double> weights = new HashMap<>();
    for (var e : index.entrySet()) {
      double v = w[e.getValue()];
      if (Math.abs(v) >= 1e-4) {
        weights.put(e.getKey(), Math.round(v * 100_000) / 100_000.0);
      }
    }
    return new EventConfidence(Math.round(bias * 100_000) / 100_000.0, threshold, weights, judged);
  }

  /** Groups that share an article (by any of its keys) merged into one, named by their first member. */
  public static Map<String, String> mergeGroups(Map<String, Set<String>> articlesByGroup) {
    Map<String, String> parent = new LinkedHashMap<>();
    articlesByGroup.keySet().forEach(g -> parent.put(g, g));
    List<String> names = new ArrayList<>(articlesByGroup.keySet());
    for (int i = 0; i < names.size(); i++) {
      for (int j = 0; j < i; j++) {
        Set<String> a = articlesByGroup.get(names.get(i));
        if (articlesByGroup.get(names.get(j)).stream().anyMatch(a::contains)) {
          parent.put(root(parent, names.get(i)), root(parent, names.get(j)));
        }
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    names.forEach(g -> out.put(g, root(parent, g)));
    return out;
  }

  private static String root(Map<String, String> parent, String g) {
    while (!parent.get(g).equals(g)) {
      g = parent.get(g);
    }
    return g;
  }
}
