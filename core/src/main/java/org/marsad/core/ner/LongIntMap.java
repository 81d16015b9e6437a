package org.marsad.core.ner;

import java.util.Arrays;

/**
 * An open-addressing map from 64-bit hashes to ints, built once and then only read. Avoids boxing
 * on the tagger's hot path. Key 0 is reserved for empty slots, so a key of 0 is stored as 1.
 */
final class LongIntMap {

  private static final int MISSING = Integer.MIN_VALUE;

  private final long[] keys;
  private final int[] values;
  private final int size;

  private LongIntMap(long[] keys, int[] values, int size) {
    this.keys = keys;
    this.values = values;
    this.size = size;
  }

  /** Builds a map from parallel arrays; a repeated key keeps the bitwise OR of its values. */
  static LongIntMap of(long[] keys, int[] values, int count) {
    int capacity = Integer.highestOneBit(Math.max(4, count * 2 - 1)) << 1;
    long[] k = new long[capacity];
    int[] v = new int[capacity];
    Arrays.fill(v, MISSING);
    int size = 0;
    for (int i = 0; i < count; i++) {
      long key = keys[i] == 0 ? 1 : keys[i];
      int slot = slot(key, capacity);
      while (k[slot] != 0 && k[slot] != key) {
        slot = (slot + 1) & (capacity - 1);
      }
      if (k[slot] == 0) {
        k[slot] = key;
        v[slot] = values[i];
        size++;
      } else {
        v[slot] |= values[i];
      }
    }
    return new LongIntMap(k, v, size);
  }

  static LongIntMap empty() {
    return of(new long[0], new int[0], 0);
  }

  private static int slot(long key, int capacity) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & (capacity - 1);
  }

  /** The value of {@code key}, or {@code absent} when the key is missing. */
  int get(long key, int absent) {
    long k = key == 0 ? 1 : key;
    int mask = keys.length - 1;
    int slot = slot(k, keys.length);
    while (true) {
      long here = keys[slot];
      if (here == k) {
        return values[slot];
      }
      if (here == 0) {
        return absent;
      }
      slot = (slot + 1) & mask;
    }
  }

  int size() {
    return size;
  }

  /** Visits every entry, in slot order (for writing the map out). */
  void forEach(EntryConsumer consumer) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        consumer.accept(keys[i], values[i]);
      }
    }
  }

  @FunctionalInterface
  interface EntryConsumer {
    void accept(long key, int value);
  }
}
