package org.marsad.core.places;

import java.util.Collection;

/**
 * A two-hash Bloom filter over the first words of the gazetteer's names, asked with the
 * {@link KeyTable#hash} that the recogniser computes anyway: most words of running text start no
 * name, and the filter says so from 64 KB that stay in the processor's cache, where the key table
 * (2 MB) would cost a cache miss per word. 2^19 bits keep false positives near 0.5% for the
 * default gazetteer's 20,000 first words. Immutable after construction.
 */
final class HeadFilter {

  private static final int BITS_LOG2 = 19;
  private static final int MASK = (1 << BITS_LOG2) - 1;
  /** The second bit position is the hash rotated by this much. */
  private static final int ROTATION = 16;

  private final long[] bits = new long[1 << (BITS_LOG2 - 6)];

  HeadFilter(Collection<String> heads) {
    for (String head : heads) {
      int h = KeyTable.hash(head);
      set(h & MASK);
      set(Integer.rotateRight(h, ROTATION) & MASK);
    }
  }

  /** False when no name starts with the word whose {@link KeyTable#hash} is {@code h}. */
  boolean mightContain(int h) {
    return isSet(h & MASK) && isSet(Integer.rotateRight(h, ROTATION) & MASK);
  }

  private void set(int bit) {
    bits[bit >>> 6] |= 1L << bit;
  }

  private boolean isSet(int bit) {
    return (bits[bit >>> 6] & (1L << bit)) != 0;
  }
}
