package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventIndexTest {

  @Test
  void keysOrderByDayThenById() {
    assertTrue(EventIndex.key("2024-03-01", 1) > EventIndex.key("2024-02-29", 999_999));
    assertTrue(EventIndex.key("2024-03-01", 8) > EventIndex.key("2024-03-01", 7));
    assertTrue(EventIndex.key("1900-01-01", 5) > EventIndex.key("", 6), "an event without a day sorts last");
  }

  @Test
  void aKeyGivesBackItsEventId() {
    assertEquals(123_456_789L, EventIndex.eventId(EventIndex.key("2021-10-27", 123_456_789L)));
  }

  @Test
  void theFirstKeyOfADayIsBelowEveryEventOnIt() {
    LocalDate d = LocalDate.of(2023, 1, 1);
    assertTrue(EventIndex.firstKeyOf(d) <= EventIndex.key("2023-01-01", 0));
    assertTrue(EventIndex.firstKeyOf(d) > EventIndex.key("2022-12-31", EventIndex.ID_MASK));
  }

  @Test
  void anIdBeyondTheIndexRangeIsRefusedByValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EventIndex.key("2021-10-27", EventIndex.ID_MASK + 1));
    assertTrue(e.getMessage().contains(String.valueOf(EventIndex.ID_MASK + 1)), e.getMessage());
  }

  @Test
  void theIndexedTextLeavesOutAbsentParts() {
    assertEquals("قصف الجيش مواقع في مخمور الجيش مخمور",
        EventIndex.text("قصف الجيش مواقع في مخمور", "الجيش", null, "", "مخمور"));
  }
}
