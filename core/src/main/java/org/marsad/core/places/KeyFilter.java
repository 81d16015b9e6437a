package org.marsad.core.places;

import java.util.Collection;

/**
 * A one-hash Bloom filter over the gazetteer's keys and multi-word prefixes: the recogniser asks it
 * first, with a hash computed over a word's letters without building a string, and builds the
 * string for an exact lookup only when the filter says "maybe". Most words of running text start
 * no name, so most words cost one bit test. 2^24 bits (2 MB) keep false positives near 2% for the
 * default gazetteer. Immutable after construction.
 */
final class KeyFilter {

  private static final int BITS_LOG2 = 24;
  private static final int MASK = (1 << BITS_LOG2) - 1;
  /** The hash of the empty string; {@link #mix} adds one char at a time. */
  static final int SEED = 0x811C9DC5;

  private final long[] bits = new long[1 << (BITS_LOG2 - 6)];

  KeyFilter(Collection<String> keys) {
    for (String k : keys) {
      int h = SEED;
      for (int i = 0; i < k.length(); i++) {
        h = mix(h, k.charAt(i));
      }
      int slot = finish(h);
      bits[slot >>> 6] |= 1L << slot;
    }
  }

  /** The running hash after one more char (FNV-1a on UTF-16 units). */
  static int mix(int h, char c) {
    return (h ^ c) * 0x01000193;
  }

  /** Maybe a key or multi-word prefix, for the hash {@code h} built with {@link #mix} from {@link #SEED}. */
  boolean mightContain(int h) {
    int slot = finish(h);
    return (bits[slot >>> 6] & (1L << slot)) != 0;
  }

  private static int finish(int h) {
    int x = h * 0x9E3779B1;
    return (x ^ (x >>> 15)) & MASK;
  }
}
