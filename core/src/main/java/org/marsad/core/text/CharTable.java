package org.marsad.core.text;

import java.util.Map;

/**
 * An immutable open-addressing map from strings to values that can be probed with a slice of a
 * {@code char[]}, so the tokeniser looks words up without allocating a {@code String} per token.
 * Keys live in one contiguous {@code char[]} and each slot keeps its key's hash, so a probe touches
 * few cache lines and compares characters only when the hashes agree.
 */
final class CharTable<V> {

  private static final int SLOT = 3;

  /** Per slot: hash, start in the pool, length; side by side so one probe reads one cache line. */
  private final int[] meta;
  private final char[] pool;
  private final Object[] values;
  private final int mask;

  CharTable(Map<String, V> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
    meta = new int[capacity * SLOT];
    values = new Object[capacity];
    mask = capacity - 1;
    pool = new char[entries.keySet().stream().mapToInt(String::length).sum()];
    int used = 0;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      String k = e.getKey();
      int h = hash(k);
      int slot = h & mask;
      while (values[slot] != null) {
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

  /** The value of {@code buf[0, len)}, or null. */
  V get(char[] buf, int len) {
    return get(buf, 0, len);
  }

  /** The value of {@code buf[off, off + len)}, or null. */
  @SuppressWarnings("unchecked")
  V get(char[] buf, int off, int len) {
    int h = hash(buf, off, len);
    int slot = h & mask;
    Object v;
    while ((v = values[slot]) != null) {
      int m = slot * SLOT;
      if (meta[m] == h && meta[m + 2] == len && equal(meta[m + 1], buf, off, len)) {
        return (V) v;
      }
      slot = (slot + 1) & mask;
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

  private static int hash(String s) {
    return mix(s.hashCode());
  }

  /** Same as {@code new String(buf, off, len).hashCode()}, then mixed. */
  private static int hash(char[] buf, int off, int len) {
    int h = 0;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + buf[i];
    }
    return mix(h);
  }

  /** MurmurHash3's finaliser: spreads the string hash over the low bits the mask keeps. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }
}
