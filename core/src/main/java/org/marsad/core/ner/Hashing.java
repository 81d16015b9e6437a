package org.marsad.core.ner;

/** 64-bit string hashing for features and lexicon keys (FNV-1a over UTF-16 units, then a mixer). */
final class Hashing {

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Hashing() {}

  static long of(CharSequence s) {
    return of(s, 0, s.length());
  }

  /** The hash of {@code s.subSequence(from, to)}, equal to hashing that substring. */
  static long of(CharSequence s, int from, int to) {
    long h = FNV_OFFSET;
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return mix(h);
  }

  /** The hash of {@code a + b}, without building the string. */
  static long ofConcat(CharSequence a, CharSequence b) {
    long h = FNV_OFFSET;
    for (int i = 0; i < a.length(); i++) {
      h ^= a.charAt(i);
      h *= FNV_PRIME;
    }
    for (int i = 0; i < b.length(); i++) {
      h ^= b.charAt(i);
      h *= FNV_PRIME;
    }
    return mix(h);
  }

  /** Combines two hashes, order-sensitive. */
  static long combine(long a, long b) {
    return mix(a * 0x9E3779B97F4A7C15L + b + 0x632BE59BD9B4E019L);
  }

  /** Murmur3's 64-bit finaliser. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
