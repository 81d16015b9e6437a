package org.marsad.core.ner;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.core.model.EntityType;

/**
 * Exact-span precision, recall and F1 as conlleval computes them: a predicted entity counts only when
 * its type and both boundaries equal a gold entity's. Accumulates sentence by sentence; not thread-safe
 * while accumulating.
 */
public final class NerScore {

  private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
  private long tokens;
  private long correctTokens;

  public NerScore() {
    for (EntityType t : EntityType.values()) {
      counts.put(t, new int[3]);
    }
  }

  /** Adds one sentence: gold and predicted labels of the same tokens. */
  public void add(List<NerLabel> gold, List<NerLabel> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold has " + gold.size() + " labels, prediction " + predicted.size());
    }
    for (int i = 0; i < gold.size(); i++) {
      if (gold.get(i) == predicted.get(i)) {
        correctTokens++;
      }
    }
    tokens += gold.size();
    Set<NerSentence.Span> g = new HashSet<>(NerSentence.spans(gold));
    for (NerSentence.Span s : g) {
      counts.get(s.type())[1]++;
    }
    for (NerSentence.Span s : NerSentence.spans(predicted)) {
      int[] c = counts.get(s.type());
      c[2]++;
      if (g.contains(s)) {
        c[0]++;
      }
    }
  }

  /** Adds the counts of another score, e.g. of another fold. */
  public void addAll(NerScore other) {
    for (EntityType t : EntityType.values()) {
      int[] c = counts.get(t);
      int[] o = other.counts.get(t);
      for (int i = 0; i < c.length; i++) {
        c[i] += o[i];
      }
    }
    tokens += other.tokens;
    correctTokens += other.correctTokens;
  }

  /** Precision, recall and F1 (in percent) of one type. */
  public Prf of(EntityType type) {
    int[] c = counts.get(type);
    return Prf.of(c[0], c[1], c[2]);
  }

  /** Precision, recall and F1 (in percent) over all types. */
  public Prf overall() {
    int tp = 0;
    int gold = 0;
    int predicted = 0;
    for (int[] c : counts.values()) {
      tp += c[0];
      gold += c[1];
      predicted += c[2];
    }
    return Prf.of(tp, gold, predicted);
  }

  public double tokenAccuracy() {
    return tokens == 0 ? 0 : 100.0 * correctTokens / tokens;
  }

  /** The report in conlleval's layout. */
  public String report() {
    Prf all = overall();
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.%n",
        tokens, all.gold(), all.predicted(), all.correct()));
    b.append(String.format(Locale.ROOT, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f%n",
        tokenAccuracy(), all.precision(), all.recall(), all.f1()));
    for (EntityType t : EntityType.values()) {
      Prf p = of(t);
      b.append(String.format(Locale.ROOT, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d%n",
          t.name(), p.precision(), p.recall(), p.f1(), p.predicted()));
    }
    return b.toString();
  }

  /** Counts and percentages of one row of the report. */
  public record Prf(int correct, int gold, int predicted, double precision, double recall, double f1) {
    static Prf of(int correct, int gold, int predicted) {
      double p = predicted == 0 ? 0 : 100.0 * correct / predicted;
      double r = gold == 0 ? 0 : 100.0 * correct / gold;
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return new Prf(correct, gold, predicted, p, r, f);
    }
  }
}
