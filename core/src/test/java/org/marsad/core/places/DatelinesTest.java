package org.marsad.core.places;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatelinesTest {

  private static boolean first(String text, String name) {
    int start = text.indexOf(name);
    return Datelines.at(text, start, start + name.length());
  }

  @Test
  void aNameOpeningALineBeforeADashOrColonIsADateline() {
    assertTrue(first("بيروت - قتلت امرأة اليوم", "بيروت"));
    assertTrue(first("عنوان الخبر\nبغداد (رويترز) - قال مسؤول", "بغداد"));
    assertTrue(first("الخرطوم: خرج الآلاف", "الخرطوم"));
  }

  @Test
  void aNameInsideASentenceOrBeforeALongBracketIsNot() {
    assertFalse(first("وصل الوزير إلى بيروت - أمس", "بيروت"));
    assertFalse(first("بيروت مدينة جميلة", "بيروت"));
    assertFalse(first("بيروت (" + "ا".repeat(Datelines.AGENCY_CHARS + 1) + ") - خبر", "بيروت"));
  }
}
