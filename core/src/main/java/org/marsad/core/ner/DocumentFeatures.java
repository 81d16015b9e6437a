package org.marsad.core.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The second pass's features: what the first pass said about the same word elsewhere in the document.
 * A name is usually spelled out once with its title or context and then repeated bare; these features
 * let the repetitions follow the clear mention. Rules:
 * <ul>
 *   <li>the document of a sentence is the sentences within {@value #WINDOW} before and after it (an
 *       article is usually shorter, so it is the whole article);</li>
 *   <li>each word (by stem) gets the counts of the first pass's types over its other occurrences in the
 *       document, summed into a code: no other occurrence, only outside entities, or the most frequent
 *       type and whether it outnumbers the outside occurrences;</li>
 *   <li>the features are that code for the token and its neighbours, combined with the first pass's
 *       label of the token, and the first pass's labels around the token.</li>
 * </ul>
 */
final class DocumentFeatures {

  /** Sentences on each side that form a token's document. */
  static final int WINDOW = 10;
  /** Features added per token. */
  static final int COUNT = 8;
  /** The width of a stacked feature row over first-pass rows of {@code baseWidth}. */
  static int width(int baseWidth) {
    return baseWidth + COUNT;
  }

  private static final int TEMPLATE_BASE = 100;
  private static final int TYPES = 5;
  private static final long BOUNDARY = 0x2545F4914F6CDD1DL;
  /** Each label's type index by ordinal: 0 outside, else the entity type's ordinal plus one. */
  private static final int[] TYPE_INDEX = typeIndices();

  private DocumentFeatures() {}

  /**
   * Appends the document features to each sentence's first-pass features.
   *
   * @param base the first-pass features of consecutive sentences
   * @param stems the stem hashes of their tokens
   * @param firstPass the first pass's labels
   * @param mask the hash mask of the model
   */
  static List<int[]> stack(List<int[]> base, List<long[]> stems, List<NerLabel[]> firstPass, int mask) {
    List<int[]> document = features(stems, firstPass, mask);
    List<int[]> out = new ArrayList<>(base.size());
    for (int j = 0; j < base.size(); j++) {
      int[] b = base.get(j);
      int[] d = document.get(j);
      int n = stems.get(j).length;
      int baseWidth = n == 0 ? 0 : b.length / n;
      int width = width(baseWidth);
      int[] row = new int[n * width];
      for (int i = 0; i < n; i++) {
        System.arraycopy(b, i * baseWidth, row, i * width, baseWidth);
        System.arraycopy(d, i * COUNT, row, i * width + baseWidth, COUNT);
      }
      out.add(row);
    }
    return out;
  }

  /**
   * The document features alone, {@value #COUNT} per token ({@code features[i * COUNT + k]}), of
   * consecutive sentences.
   *
   * @param stems the stem hashes of their tokens
   * @param firstPass the first pass's labels
   * @param mask the hash mask of the model
   */
  static List<int[]> features(List<long[]> stems, List<NerLabel[]> firstPass, int mask) {
    int n = stems.size();
    int tokens = 0;
    for (long[] s : stems) {
      tokens += s.length;
    }
    Counts counts = new Counts(tokens);
    for (int j = 0; j <= Math.min(WINDOW, n - 1); j++) {
      counts.add(stems.get(j), firstPass.get(j), 1);
    }
    List<int[]> out = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      if (j > 0 && j + WINDOW < n) {
        counts.add(stems.get(j + WINDOW), firstPass.get(j + WINDOW), 1);
      }
      if (j - WINDOW - 1 >= 0) {
        counts.add(stems.get(j - WINDOW - 1), firstPass.get(j - WINDOW - 1), -1);
      }
      out.add(sentence(stems.get(j), firstPass.get(j), counts, mask));
    }
    return out;
  }

  /**
   * The first pass's type counts of each stem in the current window: one open-addressing table per
   * document, sized for all its tokens so it never grows, with each stem's {@value #TYPES} counts side by
   * side in one array. A {@code Map<Long, int[]>} boxed every stem of every sentence twice.
   */
  private static final class Counts {
    private final long[] keys;
    private final boolean[] used;
    private final int[] counts;
    private final int mask;
    private final int[] scratch = new int[TYPES];

    Counts(int tokens) {
      int capacity = Integer.highestOneBit(Math.max(4, tokens * 2 - 1)) << 1;
      keys = new long[capacity];
      used = new boolean[capacity];
      counts = new int[capacity * TYPES];
      mask = capacity - 1;
    }

    void add(long[] stems, NerLabel[] labels, int delta) {
      for (int i = 0; i < stems.length; i++) {
        counts[slot(stems[i]) * TYPES + TYPE_INDEX[labels[i].ordinal()]] += delta;
      }
    }

    /** The counts of {@code stem} over the window without the one occurrence labelled {@code label}. */
    int[] others(long stem, NerLabel label) {
      System.arraycopy(counts, slot(stem) * TYPES, scratch, 0, TYPES);
      scratch[TYPE_INDEX[label.ordinal()]]--;
      return scratch;
    }

    /** The slot of {@code stem}, taken for it when it has none yet. */
    private int slot(long stem) {
      int i = (int) ((stem * 0x9E3779B97F4A7C15L) >>> 40) & mask;
      while (used[i] && keys[i] != stem) {
        i = (i + 1) & mask;
      }
      if (!used[i]) {
        used[i] = true;
        keys[i] = stem;
      }
      return i;
    }
  }

  private static int[] typeIndices() {
    int[] out = new int[NerLabel.COUNT];
    for (NerLabel label : NerLabel.values()) {
      out[label.ordinal()] = label.type().map(t -> t.ordinal() + 1).orElse(0);
    }
    return out;
  }

  private static int[] sentence(long[] stems, NerLabel[] labels, Counts counts, int mask) {
    int n = stems.length;
    int[] code = new int[n];
    for (int i = 0; i < n; i++) {
      code[i] = code(counts.others(stems[i], labels[i]));
    }
    int[] out = new int[n * COUNT];
    for (int i = 0; i < n; i++) {
      int o = i * COUNT;
      long own = labels[i].ordinal();
      long before = i > 0 ? labels[i - 1].ordinal() : BOUNDARY;
      long after = i + 1 < n ? labels[i + 1].ordinal() : BOUNDARY;
      long codeBefore = i > 0 ? code[i - 1] : BOUNDARY;
      long codeAfter = i + 1 < n ? code[i + 1] : BOUNDARY;
      int t = TEMPLATE_BASE;
      out[o++] = NerFeatures.index(t++, code[i], mask);
      out[o++] = NerFeatures.index(t++, Hashing.combine(code[i], own), mask);
      out[o++] = NerFeatures.index(t++, own, mask);
      out[o++] = NerFeatures.index(t++, Hashing.combine(before, own), mask);
      out[o++] = NerFeatures.index(t++, Hashing.combine(own, after), mask);
      out[o++] = NerFeatures.index(t++, codeAfter, mask);
      out[o++] = NerFeatures.index(t++, codeBefore, mask);
      out[o] = NerFeatures.index(t, Hashing.combine(codeBefore, Hashing.combine(code[i], codeAfter)), mask);
    }
    return out;
  }

  /**
   * 0: no other occurrence; 1: only outside entities; 2 + 2 * type + (1 when the type's count reaches
   * the outside count) otherwise.
   */
  private static int code(int[] c) {
    int total = 0;
    int best = 0;
    for (int k = 0; k < TYPES; k++) {
      total += c[k];
      if (k > 0 && c[k] > (best == 0 ? 0 : c[best])) {
        best = k;
      }
    }
    if (total == 0) {
      return 0;
    }
    if (best == 0) {
      return 1;
    }
    return 2 + 2 * (best - 1) + (c[best] >= c[0] ? 1 : 0);
  }
}
