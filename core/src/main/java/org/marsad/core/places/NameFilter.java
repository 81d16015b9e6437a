package org.marsad.core.places;

import java.util.Collection;
import org.marsad.core.util.CharTable;

/**
 * A two-hash Bloom filter over some of the gazetteer's keys, asked with the {@link CharTable#hash}
 * that the recogniser computes anyway: most words of running text start no name, and most word
 * pairs continue none, and a filter of a few dozen KB says so from the processor's cache, where the
 * key table (about 1 MB) would cost a cache miss per probe. The gazetteer keeps two: names' first
 * words (2^19 bits for the default gazetteer's 19,629, near 0.5% false positives) and keys of two
 * or more words with their prefixes (2^18 bits for 15,139, near 1.2%). Immutable after construction.
 */
final class NameFilter {

  /** The second bit position is the hash rotated by this much. */
  private static final int ROTATION = 16;

  private final long[] bits;
  private final int mask;

  NameFilter(Collection<String> keys, int bitsLog2) {
    bits = new long[1 << (bitsLog2 - 6)];
    mask = (1 << bitsLog2) - 1;
    for (String key : keys) {
      int h = CharTable.hash(key);
      set(h & mask);
      set(Integer.rotateRight(h, ROTATION) & mask);
    }
  }

  /** False when the key whose {@link CharTable#hash} is {@code h} is not in the filter. */
  boolean mightContain(int h) {
    return isSet(h & mask) && isSet(Integer.rotateRight(h, ROTATION) & mask);
  }

  private void set(int bit) {
    bits[bit >>> 6] |= 1L << bit;
  }

  private boolean isSet(int bit) {
    return (bits[bit >>> 6] & (1L << bit)) != 0;
  }
}
