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

  private static boolean filed(String text, String name) {
    int start = text.indexOf(name);
    return Datelines.filed(text, start, start + name.length());
  }

  @Test
  void aNameAfterABylineOrBeforeTheDateIsWhereTheReportWasFiled() {
    assertTrue(filed("عنوان\n واس - مكة المكرمة : أدانت الرابطة", "مكة المكرمة"));
    assertTrue(filed("عنوان\nعين اليوم – بيروت\nقتل شخصان", "بيروت"));
    assertTrue(filed("عنوان\nفهد كاملي - سبق - جازان: حصلت الصحيفة", "جازان"));
    assertTrue(filed("عنوان\nالرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس", "الرياض"));
    assertTrue(filed("بيروت - قتلت امرأة اليوم", "بيروت"));
    assertFalse(filed("عنوان\nوقال الوزير في الرياض - أمس - إن", "الرياض"));
    assertFalse(filed("عنوان\nأدانت الرابطة، في بيان - الرياض", "الرياض"));
    assertFalse(filed("عنوان\nالرياض مدينة كبيرة", "الرياض"));
    assertFalse(first("عنوان\nعين اليوم – بيروت\nقتل شخصان", "بيروت"));
  }
}
