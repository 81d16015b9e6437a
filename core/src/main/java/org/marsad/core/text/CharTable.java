package org.marsad.core.text;

import java.util.Arrays;
import java.util.Map;

/**
 * An immutable open-addressing map from strings to values that can be probed with a slice of a
 * {@code char[]}, so the tokeniser looks words up without allocating a {@code String} per token.
 */
final class CharTable<V> {

  private final String[] keys;
  private final Object[] values;
  private final int mask;

  CharTable(Map<String, V> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
    keys = new String[capacity];
    values = new Object[capacity];
    mask = capacity - 1;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      String k = e.getKey();
      int slot = hash(k) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = k;
      values[slot] = e.getValue();
    }
  }

  int size() {
    return (int) Arrays.stream(keys).filter(k -> k != null).count();
  }

  /** The value of {@code buf[0, len)}, or null. */
  @SuppressWarnings("unchecked")
  V get(char[] buf, int len) {
    int slot = hash(buf, len) & mask;
    String k;
    while ((k = keys[slot]) != null) {
      if (equal(k, buf, len)) {
        return (V) values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  V get(String key) {
    int slot = hash(key) & mask;
    String k;
    while ((k = keys[slot]) != null) {
      if (k.equals(key)) {
        return (V) values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  private static boolean equal(String k, char[] buf, int len) {
    if (k.length() != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (k.charAt(i) != buf[i]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(String s) {
    return mix(s.hashCode());
  }

  /** Same as {@code new String(buf, 0, len).hashCode()}, then mixed. */
  private static int hash(char[] buf, int len) {
    int h = 0;
    for (int i = 0; i < len; i++) {
      h = 31 * h + buf[i];
    }
    return mix(h);
  }

  private static int mix(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }
}
