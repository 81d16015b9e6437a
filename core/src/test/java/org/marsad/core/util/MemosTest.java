package org.marsad.core.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MemosTest {

  private static final long MB = 1L << 20;

  @Test
  void aLargeHeapKeepsTheUsualCapacity() {
    assertEquals(1 << 18, Memos.capacity(1 << 18, 550, 2048 * MB));
  }

  @Test
  void aSmallHeapKeepsWhatFitsInAnEighthOfIt() {
    // 256 MB / 8 = 32 MB, of 550-byte entries
    assertEquals(32 * MB / 550, Memos.capacity(1 << 18, 550, 256 * MB));
    assertEquals(0, Memos.capacity(1 << 18, 550, 1000));
  }

  @Test
  void badArgumentsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Memos.capacity(-1, 550, MB));
    assertThrows(IllegalArgumentException.class, () -> Memos.capacity(10, 0, MB));
  }
}
