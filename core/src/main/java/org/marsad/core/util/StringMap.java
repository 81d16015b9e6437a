package org.marsad.core.util;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable map from strings, for the lexicons that every word of every article is looked up in.
 * Most of those lookups miss. {@link Map#copyOf} and {@link java.util.HashMap} compare a missing key
 * with the stored keys they meet, and reaching each stored key is a load from memory; this table
 * keeps each key's hash beside it, so a miss compares integers in one array and reads a stored key
 * only when its whole hash matches.
 *
 * <p>Open addressing with linear probing, at most half full. {@code null} keys and values are not
 * allowed. Iteration follows the table, not insertion. Thread-safe (immutable).
 *
 * @param <V> the value type
 */
public final class StringMap<V> extends AbstractMap<String, V> {

  private final int[] hashes;
  private final String[] keys;
  private final Object[] values;
  private final int mask;
  private final int size;

  private StringMap(Map<String, ? extends V> source) {
    int capacity = Integer.highestOneBit(Math.max(2, source.size()) * 2 - 1) << 1;
    hashes = new int[capacity];
    keys = new String[capacity];
    values = new Object[capacity];
    mask = capacity - 1;
    for (Map.Entry<String, ? extends V> e : source.entrySet()) {
      String k = Objects.requireNonNull(e.getKey(), "null key");
      Object v = Objects.requireNonNull(e.getValue(), () -> "null value for " + k);
      int h = k.hashCode();
      int i = spread(h) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      hashes[i] = h;
      keys[i] = k;
      values[i] = v;
    }
    size = source.size();
  }

  /** A map with the entries of {@code source}, whose keys are distinct as a {@link Map}'s are. */
  public static <V> StringMap<V> copyOf(Map<String, ? extends V> source) {
    return new StringMap<>(source);
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  private int slot(Object key) {
    if (!(key instanceof String s)) {
      return -1;
    }
    int h = s.hashCode();
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        return -1;
      }
      if (hashes[i] == h && k.equals(s)) {
        return i;
      }
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    int i = slot(key);
    return i < 0 ? null : (V) values[i];
  }

  @Override
  public boolean containsKey(Object key) {
    return slot(key) >= 0;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Set<Map.Entry<String, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, V>> iterator() {
        return new Iterator<>() {
          private int next = advance(0);

          private int advance(int from) {
            int i = from;
            while (i < keys.length && keys[i] == null) {
              i++;
            }
            return i;
          }

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Map.Entry<String, V> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, V> e = new SimpleImmutableEntry<>(keys[next], (V) values[next]);
            next = advance(next + 1);
            return e;
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }
}
