package org.marsad.core.places;

import java.util.Map;

/**
 * The gazetteer's keys and multi-word prefixes, probed with a slice of a {@code char[]} so that the
 * recogniser asks about a word (or a word without its proclitic, or several words) without building
 * a {@code String}. Open addressing; each slot keeps its key's full hash, length and place in one
 * char pool side by side, so a probe reads one cache line of one array, and chars are compared
 * only when hashes and lengths agree; the value is read only on a hit. Keys are not empty (an empty
 * slot has length 0). Immutable after construction.
 */
final class KeyTable<V> {

  /** Per slot: hash, start in the pool, length; side by side so that a probe reads one cache line. */
  private static final int SLOT = 3;

  private final int[] meta;
  private final char[] pool;
  private final Object[] values;
  private final int mask;

  KeyTable(Map<String, V> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
    meta = new int[capacity * SLOT];
    values = new Object[capacity];
    mask = capacity - 1;
    pool = new char[entries.keySet().stream().mapToInt(String::length).sum()];
    int used = 0;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      String k = e.getKey();
      if (k.isEmpty()) {
        throw new IllegalArgumentException("empty key");
      }
      int h = hash(k);
      int slot = h & mask;
      while (meta[slot * SLOT + 2] != 0) {
        slot = (slot + 1) & mask;
      }
      k.getChars(0, k.length(), pool, used);
      meta[slot * SLOT] = h;
      meta[slot * SLOT + 1] = used;
      meta[slot * SLOT + 2] = k.length();
      values[slot] = e.getValue();
      used += k.length();
    }
  }

  /** The value of {@code key}, or null. */
  V get(String key) {
    char[] chars = key.toCharArray();
    return get(hash(chars, 0, chars.length), chars, 0, chars.length);
  }

  /** The value of {@code buf[off, off + len)}, whose {@link #hash} is {@code h}, or null. */
  @SuppressWarnings("unchecked")
  V get(int h, char[] buf, int off, int len) {
    int slot = h & mask;
    int m = slot * SLOT;
    int stored;
    while ((stored = meta[m + 2]) != 0) {
      if (meta[m] == h && stored == len && equal(meta[m + 1], buf, off, len)) {
        return (V) values[slot];
      }
      slot = (slot + 1) & mask;
      m = slot * SLOT;
    }
    return null;
  }

  private boolean equal(int start, char[] buf, int off, int len) {
    for (int i = 0; i < len; i++) {
      if (pool[start + i] != buf[off + i]) {
        return false;
      }
    }
    return true;
  }

  static int hash(String s) {
    return spread(s.hashCode());
  }

  /** The hash of a key, equal to {@code hash(new String(buf, off, len))}. */
  static int hash(char[] buf, int off, int len) {
    int h = 0;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + buf[i];
    }
    return spread(h);
  }

  /** MurmurHash3's finaliser: spreads the string hash over the low bits that the mask keeps. */
  private static int spread(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }
}
