package org.marsad.core.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NerNormalizerTest {

  @Test
  void hamzaAlefsBecomeBareAlef() {
    assertEquals("احمد", NerNormalizer.normalize("أحمد"));
    assertEquals("اسلام", NerNormalizer.normalize("إسلام"));
    assertEquals("امنه", NerNormalizer.normalize("آمنة"));
  }

  @Test
  void alefMaqsuraAndTaMarbutaAreFolded() {
    assertEquals("مصطفي", NerNormalizer.normalize("مصطفى"));
    assertEquals("البصره", NerNormalizer.normalize("البصرة"));
  }

  @Test
  void tatweelAndHarakatAreRemoved() {
    assertEquals("بغداد", NerNormalizer.normalize("بَغْـدَاد"));
  }

  @Test
  void easternDigitsBecomeAscii() {
    assertEquals("2021", NerNormalizer.normalize("٢٠٢١"));
  }

  @Test
  void bidiMarksAreRemoved() {
    assertEquals("الامن", NerNormalizer.normalize("الأمن\u200F"));
  }

  @Test
  void emptyInputGivesEmptyOutput() {
    assertEquals("", NerNormalizer.normalize(""));
  }
}
