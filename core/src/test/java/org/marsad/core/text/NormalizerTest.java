package org.marsad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One test per rule of {@link Normalizer}, in Lucene's style. */
class NormalizerTest {

  private static void check(String input, String expected) {
    assertEquals(expected, Normalizer.normalize(input));
  }

  @Test
  void alefWithHamzaAboveBecomesBareAlef() {
    check("أحمد", "احمد");
  }

  @Test
  void alefWithHamzaBelowBecomesBareAlef() {
    check("إعادة", "اعاده");
  }

  @Test
  void alefWithMaddaBecomesBareAlef() {
    check("آمين", "امين");
  }

  @Test
  void alefWaslaBecomesBareAlef() {
    check("ٱلله", "الله");
  }

  @Test
  void alefMaqsuraBecomesYa() {
    check("مصطفى", "مصطفي");
  }

  @Test
  void persianYaAndKafBecomeArabic() {
    check("کرکوک", "كركوك");
    check("ایران", "ايران");
  }

  @Test
  void taMarbutaBecomesHa() {
    check("فاطمة", "فاطمه");
  }

  @Test
  void tatweelIsRemoved() {
    check("روبـــرت", "روبرت");
  }

  @Test
  void harakatAreRemoved() {
    check("مُحَمَّدٌ", "محمد");
    check("واحداً", "واحدا");
  }

  @Test
  void superscriptAlefIsRemoved() {
    check("هٰذا", "هذا");
  }

  @Test
  void arabicIndicDigitsBecomeAscii() {
    check("٣٠", "30");
    check("٢٠٢١", "2021");
  }

  @Test
  void persianDigitsBecomeAscii() {
    check("۱۲", "12");
  }

  @Test
  void arabicDecimalAndThousandsSeparatorsBecomeAscii() {
    check("٣٫٥", "3.5");
    check("١٬٠٠٠", "1,000");
  }

  @Test
  void rightToLeftMarkIsRemoved() {
    check("بغداد\u200F", "بغداد");
  }

  @Test
  void zeroWidthAndBidiControlsAreRemoved() {
    check("\u202Bمخمور\u202C", "مخمور");
    check("كر\u200Cكوك", "كركوك");
    check("\uFEFFأربيل", "اربيل");
    check("\u2067داعش\u2069", "داعش");
  }

  @Test
  void latinLettersAreLowerCased() {
    check("ISIS", "isis");
  }

  @Test
  void otherTextIsKept() {
    check("قضاء مخمور، 2021!", "قضاء مخمور، 2021!");
  }

  @Test
  void emptyInputGivesEmptyOutput() {
    check("", "");
  }
}
