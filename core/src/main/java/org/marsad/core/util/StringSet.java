package org.marsad.core.util;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable set of strings whose misses are cheap: a {@link StringMap} without values. It stands in
 * for {@link Set#of} where each word of each article is tested against a word list. Thread-safe.
 */
public final class StringSet extends AbstractSet<String> {

  private final StringMap<Boolean> map;

  private StringSet(Collection<String> words) {
    Map<String, Boolean> m = new LinkedHashMap<>();
    for (String w : words) {
      m.put(Objects.requireNonNull(w, "null element"), Boolean.TRUE);
    }
    this.map = StringMap.copyOf(m);
  }

  /** A set of the given words; repeats are kept once (unlike {@link Set#of}, which rejects them). */
  public static StringSet of(String... words) {
    return new StringSet(Arrays.asList(words));
  }

  /** A set of the words of a collection. */
  public static StringSet copyOf(Collection<String> words) {
    return new StringSet(words);
  }

  @Override
  public boolean contains(Object o) {
    return map.containsKey(o);
  }

  @Override
  public Iterator<String> iterator() {
    return map.keySet().iterator();
  }

  @Override
  public int size() {
    return map.size();
  }
}
