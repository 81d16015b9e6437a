package org.marsad.core.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StringMapTest {

  @Test
  void answersAsAHashMapDoesForPresentAndMissingKeys() {
    Random random = new Random(20211027);
    Map<String, Integer> source = new HashMap<>();
    for (int i = 0; i < 5000; i++) {
      source.put(word(random), i);
    }
    StringMap<Integer> map = StringMap.copyOf(source);
    assertEquals(source.size(), map.size());
    assertEquals(source, map);
    assertEquals(source.entrySet(), map.entrySet());
    for (int i = 0; i < 20000; i++) {
      String probe = word(random);
      assertEquals(source.get(probe), map.get(probe), probe);
      assertEquals(source.containsKey(probe), map.containsKey(probe), probe);
    }
    assertNull(map.get(42), "a key of another type is absent");
  }

  @Test
  void keysWithTheSameHashAreTold() {
    // "Aa" and "BB" have the same String hash, so they share a probe chain
    assertEquals("Aa".hashCode(), "BB".hashCode());
    StringMap<String> map = StringMap.copyOf(Map.of("Aa", "first", "AaAa", "second"));
    assertEquals("first", map.get("Aa"));
    assertNull(map.get("BB"));
    assertNull(map.get("BBBB"));
    assertEquals("second", map.get("AaAa"));
  }

  @Test
  void emptyAndNullsAndSets() {
    assertTrue(StringMap.copyOf(Map.of()).isEmpty());
    assertNull(StringMap.copyOf(Map.of()).get("قتل"));
    Map<String, String> withNull = new HashMap<>();
    withNull.put("قتل", null);
    assertThrows(NullPointerException.class, () -> StringMap.copyOf(withNull));
    Set<String> set = StringSet.of("قتل", "هجوم", "قتل");
    assertEquals(Set.of("قتل", "هجوم"), set);
    assertTrue(set.contains("هجوم"));
    assertFalse(set.contains("هجومه"));
    assertEquals(new HashSet<>(set), StringSet.copyOf(set));
  }

  private static String word(Random random) {
    StringBuilder b = new StringBuilder();
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      b.append((char) ('ا' + random.nextInt(6)));
    }
    return b.toString();
  }
}
