package org.marsad.core.util;

/**
 * How many entries a process-wide memo may keep. The stages memoise what they compute per word (the
 * names stage's weight sums, the matching keys of names and events); full at their usual capacities
 * they take about 140 MB and 40 MB, which a small heap ({@code MARSAD_JAVA_OPTS=-Xmx256m}) could not
 * spare. So each memo keeps its usual capacity, or fewer entries so that it takes at most an eighth of
 * the maximum heap. Answers never depend on a memo, only speed does.
 */
public final class Memos {

  /** The share of the maximum heap one memo may take at most: one part in this many. */
  static final int HEAP_SHARE = 8;

  private Memos() {}

  /** {@link #capacity(int, int, long)} under this JVM's maximum heap. */
  public static int capacity(int most, int entryBytes) {
    return capacity(most, entryBytes, Runtime.getRuntime().maxMemory());
  }

  /**
   * The entries a memo keeps under a maximum heap of {@code maxHeapBytes}.
   *
   * @param most the memo's usual capacity
   * @param entryBytes what one entry takes on the heap, about (its key, value and map node)
   */
  public static int capacity(int most, int entryBytes, long maxHeapBytes) {
    if (most < 0 || entryBytes <= 0) {
      throw new IllegalArgumentException("capacity " + most + ", entry of " + entryBytes + " bytes");
    }
    return (int) Math.min(most, maxHeapBytes / HEAP_SHARE / entryBytes);
  }
}
