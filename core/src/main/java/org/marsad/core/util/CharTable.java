package org.marsad.core.util;

import java.util.Map;

/**
 * An immutable open-addressing map from strings to values that can be probed with a slice of a
 * {@code char[]}, so the tokeniser and the toponym recogniser look words (a word without its
 * proclitic, several words) up without allocating a {@code String} per probe. Keys live in one
 * contiguous {@code char[]}; each slot keeps its key's hash, start and length side by side, so a
 * probe reads one cache line and compares characters only when hash and length agree. Values must
 * not be null (a null value marks an empty slot).
 */
public final class CharTable<V> {

  /** Per slot: hash, start in the pool, length. */
  private static final int SLOT = 3;

  private final int[] meta;
  private final char[] pool;
  private final Object[] values;
  private final int mask;

  public CharTable(Map<String, V> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
    meta = new int[capacity * SLOT];
    values = new Object[capacity];
    mask = capacity - 1;
    pool = new char[entries.keySet().stream().mapToInt(String::length).sum()];
    int used = 0;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      String k = e.getKey();
      if (e.getValue() == null) {
        throw new IllegalArgumentException("null value for key '" + k + "'");
      }
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

  /** The value of {@code key}, or null. */
  public V get(String key) {
    char[] chars = key.toCharArray();
    return get(chars, 0, chars.length);
  }

  /** The value of {@code buf[0, len)}, or null. */
  public V get(char[] buf, int len) {
    return get(buf, 0, len);
  }

  /** The value of {@code buf[off, off + len)}, or null. */
  public V get(char[] buf, int off, int len) {
    return get(hash(buf, off, len), buf, off, len);
  }

  /** The value of {@code buf[off, off + len)}, whose {@link #hash} is {@code h}, or null. */
  @SuppressWarnings("unchecked")
  public V get(int h, char[] buf, int off, int len) {
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

  /** The hash the table uses for {@code s}. */
  public static int hash(String s) {
    return mix(s.hashCode());
  }

  /** The hash of {@code buf[off, off + len)}: equal to {@code hash(new String(buf, off, len))}. */
  public static int hash(char[] buf, int off, int len) {
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
