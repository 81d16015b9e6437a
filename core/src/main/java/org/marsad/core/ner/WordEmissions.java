package org.marsad.core.ner;

import java.util.concurrent.ConcurrentHashMap;

/**
 * What each word adds to the emission scores of the tokens around it, memoised per word. Of the
 * {@link NerFeatures#PER_TOKEN} features of a token, all but the {@link NerFeatures#NON_LOCAL} ones read
 * one word at a fixed offset ({@link NerFeatures#OFFSET}), so their weights summed per word and offset
 * can stand for them: tagging then reads five of these sums and the non-local weights instead of every
 * feature's weights, which were most of the tagging time (scattered loads from tables of megabytes).
 *
 * <p>The sums are of the quantised integer weights, so a token's score is the same integer in any order
 * of addition and the tags are exactly those of the feature-by-feature decoder. Words are memoised up to
 * a capacity ({@link #CAPACITY} for a loaded model, fewer on a small heap: {@link
 * org.marsad.core.util.Memos}); after that, new words are computed each time and not kept, so memory is
 * bounded and the output never depends on what was seen before. Thread-safe.
 */
final class WordEmissions {

  /** Words kept at most (about 0.5 KB each, so about 140 MB at the fullest). */
  static final int CAPACITY = 1 << 18;
  /** What one memoised word takes on the heap, about: entry, sums, map node and key. */
  static final int ENTRY_BYTES = 550;
  private static final int L = NerLabel.COUNT;
  private static final int OFFSETS = 2 * NerFeatures.REACH + 1;

  /**
   * One word: the values its neighbours' non-local features read, and its sums, {@code sums[(pass *
   * OFFSETS + offset + REACH) * L + label]}.
   */
  record Entry(long norm, long stem, long bare, int shape, int fine, int coarse, int[] sums)
      implements NerFeatures.Values {}

  private final NerFeatures features;
  private final short[][] tables;
  private final int[] absent;
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  /** Set once the memo holds {@code capacity} words; spares counting them on every later miss. */
  private volatile boolean full;
  private final int capacity;

  /**
   * @param features the model's features, with no tag statistics or word vectors
   * @param capacity words memoised at most
   * @param tables the quantised weights of each pass read at tagging time
   */
  WordEmissions(NerFeatures features, int capacity, short[]... tables) {
    if (features.width() != NerFeatures.PER_TOKEN || features.denseIndices() != null) {
      throw new IllegalArgumentException("word sums need the plain " + NerFeatures.PER_TOKEN + " features");
    }
    this.features = features;
    this.capacity = capacity;
    this.tables = tables.clone();
    // a one-word sentence: its slots of non-zero offset read no word, which is what they read at an edge
    this.absent = sums(features.extractWithStems(new String[] {"x"}).features(), 0, true);
  }

  /** The sums of a word at an offset outside the sentence (the offset-zero part is unused). */
  int[] absent() {
    return absent;
  }

  /** The entry of a token. */
  Entry of(String token) {
    Entry e = entries.get(token);
    if (e == null) {
      e = compute(token);
      if (!full) {
        if (entries.size() < capacity) {
          entries.putIfAbsent(token, e);
        } else {
          full = true; // entries are never removed, so the memo stays full
        }
      }
    }
    return e;
  }

  /** Words memoised so far. */
  int size() {
    return entries.size();
  }

  private Entry compute(String token) {
    NerFeatures.Word w = features.word(token);
    NerFeatures.Word[] same = new NerFeatures.Word[OFFSETS];
    java.util.Arrays.fill(same, w);
    // in a sentence of this word five times, every local slot of the middle token reads this word
    int[] rows = features.extract(same).features();
    int[] sums = sums(rows, NerFeatures.REACH * features.width(), false);
    NerFeatures.Shared v = w.shared();
    return new Entry(v.norm(), v.stem(), v.bare(), v.shape(), v.fine(), v.coarse(), sums);
  }

  private int[] sums(int[] rows, int row, boolean edgesOnly) {
    int[] sums = new int[tables.length * OFFSETS * L];
    for (int k = 0; k < NerFeatures.PER_TOKEN; k++) {
      int d = NerFeatures.OFFSET[k];
      int f = rows[row + k];
      if (d == NerFeatures.NOT_LOCAL || f < 0 || edgesOnly && d == 0) {
        continue;
      }
      for (int p = 0; p < tables.length; p++) {
        int at = (p * OFFSETS + d + NerFeatures.REACH) * L;
        for (int y = 0; y < L; y++) {
          sums[at + y] += tables[p][f * L + y];
        }
      }
    }
    return sums;
  }
}
