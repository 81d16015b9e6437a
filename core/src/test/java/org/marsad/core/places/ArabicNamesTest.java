package org.marsad.core.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArabicNamesTest {

  @Test
  void alefFormsAndTaMarbutaAreUnified() {
    assertEquals("اربيل", ArabicNames.key("أربيل"));
    assertEquals("البصره", ArabicNames.key("البصرة"));
    assertEquals("نينوي", ArabicNames.key("نينوى"));
  }

  @Test
  void persianLettersBecomeArabic() {
    assertEquals("كركوك", ArabicNames.key("کرکوک"));
    assertEquals("ديالي", ArabicNames.key("دیالی"));
  }

  @Test
  void punctuationBecomesOneSpace() {
    assertEquals("دير الزور", ArabicNames.key("دير-الزور"));
    assertEquals("صلاح الدين", ArabicNames.key("  صلاح   الدين "));
  }

  @Test
  void diacriticsAndTatweelAreDropped() {
    assertEquals("بغداد", ArabicNames.key("بَغْـدَاد"));
  }

  @Test
  void kurdishSpellingIsNotArabic() {
    assertTrue(ArabicNames.isArabic("مخمور"));
    assertFalse(ArabicNames.isArabic("مەخموور"));
    assertFalse(ArabicNames.isArabic("Makhmur"));
  }

  @Test
  void emptyNameHasEmptyKey() {
    assertEquals("", ArabicNames.key(""));
    assertFalse(ArabicNames.isArabic(""));
  }
}
