package org.marsad.core.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a tagger said about each word over a large unlabelled corpus, kept per stem as one small code:
 * a corpus-wide version of the document pass. A club, carmaker or minister that training never labels
 * is often tagged right in some of its many news mentions; the code carries that to every mention.
 * Rules:
 * <ul>
 *   <li>every token of the corpus is tagged and counted under its stem ({@link WordForms#stem()}): how
 *       often it was outside, and how often it began or continued an entity of each type;</li>
 *   <li>a stem seen fewer than {@code minCount} times gets no code;</li>
 *   <li>otherwise its code says which share of its occurrences were inside entities (six buckets, the
 *       lowest meaning "practically never"), the most frequent entity type, and whether that type was
 *       more often begun than continued.</li>
 * </ul>
 * The tagger must not have seen the text it will be scored on: in cross-validation each fold builds
 * its own statistics with a tagger trained without the held-out block.
 */
public final class TagStatistics {

  /** The default least count of a stem that gets a code. */
  public static final int MIN_COUNT = 3;
  private static final int TYPES = 4;
  /** Counts per stem: outside, then begun per type, then continued per type. */
  private static final int SLOTS = 1 + 2 * TYPES;
  private static final double[] SHARE_BUCKETS = {0.02, 0.10, 0.30, 0.60, 0.90};

  private final LongIntMap codes;

  private TagStatistics(LongIntMap codes) {
    this.codes = codes;
  }

  LongIntMap codes() {
    return codes;
  }

  /** The number of stems with a code. */
  public int size() {
    return codes.size();
  }

  /** Starts counting with {@code tagger}. */
  public static Counter counter(NerModel tagger) {
    return new Counter(tagger);
  }

  /** Tags documents and counts the labels of their stems; not thread-safe. */
  public static final class Counter {
    private final NerModel tagger;
    private final Map<Long, int[]> counts = new HashMap<>();
    private long tokens;

    private Counter(NerModel tagger) {
      this.tagger = tagger;
    }

    /** Tags one document (its sentences in order) as news and counts its tokens. */
    public Counter add(List<List<String>> document) {
      List<List<NerLabel>> labels = tagger.tagDocument(document, NerDomain.NEWS);
      for (int s = 0; s < document.size(); s++) {
        count(document.get(s), labels.get(s));
      }
      return this;
    }

    /** Counts already tagged tokens. */
    Counter count(List<String> tokens, List<NerLabel> labels) {
      for (int i = 0; i < tokens.size(); i++) {
        long stem = Hashing.of(WordForms.of(tokens.get(i)).stem());
        counts.computeIfAbsent(stem, k -> new int[SLOTS])[slot(labels.get(i))]++;
        this.tokens++;
      }
      return this;
    }

    /** Tokens counted so far. */
    public long tokens() {
      return tokens;
    }

    /** The codes of the stems seen at least {@code minCount} times. */
    public TagStatistics build(int minCount) {
      long[] keys = new long[counts.size()];
      int[] values = new int[counts.size()];
      int n = 0;
      for (Map.Entry<Long, int[]> e : counts.entrySet()) {
        int code = code(e.getValue(), minCount);
        if (code != 0) {
          keys[n] = e.getKey();
          values[n] = code;
          n++;
        }
      }
      return new TagStatistics(LongIntMap.of(keys, values, n));
    }
  }

  private static int slot(NerLabel label) {
    return label.type().map(t -> 1 + t.ordinal() + (label.isBegin() ? 0 : TYPES)).orElse(0);
  }

  /**
   * 0 below the least count; 1 when the entity share is under the lowest bucket; otherwise
   * {@code 2 + 2 * (type * 5 + bucket - 1) + (begun at least as often as continued ? 1 : 0)}.
   */
  static int code(int[] c, int minCount) {
    int total = 0;
    for (int v : c) {
      total += v;
    }
    if (total < minCount || total == 0) {
      return 0;
    }
    double share = (total - c[0]) / (double) total;
    int bucket = 0;
    while (bucket < SHARE_BUCKETS.length && share >= SHARE_BUCKETS[bucket]) {
      bucket++;
    }
    if (bucket == 0) {
      return 1;
    }
    int best = 0;
    for (int t = 1; t < TYPES; t++) {
      if (c[1 + t] + c[1 + TYPES + t] > c[1 + best] + c[1 + TYPES + best]) {
        best = t;
      }
    }
    int begun = c[1 + best] >= c[1 + TYPES + best] ? 1 : 0;
    return 2 + 2 * (best * SHARE_BUCKETS.length + bucket - 1) + begun;
  }
}
