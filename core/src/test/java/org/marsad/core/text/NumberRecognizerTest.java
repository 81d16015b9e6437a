package org.marsad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.NumberMention;

/** Numbers written as digits and as words. */
class NumberRecognizerTest {

  private static final Tokenizer TOKENIZER = Tokenizer.standard();
  private static final NumberRecognizer NUMBERS = NumberRecognizer.standard();

  private static List<NumberMention> numbers(String text) {
    return NUMBERS.find(TOKENIZER.tokenize(text));
  }

  /** The one number in {@code text}: its text, value and whether approximate. */
  private static void check(String text, String expectedText, long value, boolean approximate) {
    List<NumberMention> found = numbers(text);
    assertEquals(1, found.size(), () -> text + " -> " + found);
    NumberMention n = found.get(0);
    assertEquals(expectedText, text.substring(n.start(), n.end()));
    assertEquals(value, n.value(), text);
    assertEquals(approximate, n.approximate(), text);
  }

  @Test
  void emptyInputHasNoNumbers() {
    assertEquals(List.of(), numbers(""));
  }

  @Test
  void asciiDigits() {
    check("قتل 30 شخصا", "30", 30, false);
  }

  @Test
  void arabicIndicDigits() {
    check("قتل ٣٠ شخصا", "٣٠", 30, false);
  }

  @Test
  void thousandsSeparator() {
    check("اعتقال 1,000 مشتبه", "1,000", 1000, false);
  }

  @Test
  void decimalIsApproximateWithItsIntegerPart() {
    check("ارتفع 3.5 بالمئة", "3.5", 3, true);
  }

  @Test
  void dateIsNotANumber() {
    assertEquals(List.of(), numbers("في 12.10.2021"));
  }

  @Test
  void unitWords() {
    check("مقتل ثلاثة جنود", "ثلاثة", 3, false);
    check("ثلاث محافظات", "ثلاث", 3, false);
    check("عشرة أشخاص", "عشرة", 10, false);
  }

  @Test
  void unitWordWithAConjunction() {
    check("جنديين وثلاثة مدنيين", "وثلاثة", 3, false);
  }

  @Test
  void teens() {
    check("مقتل خمسة عشر مسلحا", "خمسة عشر", 15, false);
    check("أحد عشر لاعبا", "أحد عشر", 11, false);
  }

  @Test
  void aloneTheWordAhadIsNotANumber() {
    assertEquals(List.of(), numbers("قال أحد المسؤولين"));
  }

  @Test
  void tens() {
    check("عشرين قتيلا", "عشرين", 20, false);
  }

  @Test
  void unitsAndTensJoinedByWaw() {
    check("خمسة وعشرون جريحا", "خمسة وعشرون", 25, false);
  }

  @Test
  void hundredsAndThousands() {
    check("مئة وخمسون", "مئة وخمسون", 150, false);
    check("ثلاثة آلاف جندي", "ثلاثة آلاف", 3000, false);
    check("30 ألف لاجئ", "30 ألف", 30000, false);
  }

  @Test
  void vagueQuantitiesAreApproximate() {
    check("سقوط عشرات القتلى", "عشرات", 10, true);
    check("نزوح مئات العائلات", "مئات", 100, true);
    check("نزوح آلاف العائلات", "آلاف", 1000, true);
  }

  @Test
  void vagueQuantityOfAScale() {
    check("نزوح عشرات الآلاف", "عشرات الآلاف", 10000, true);
  }

  @Test
  void articleIsNotStrippedSoMondayIsNotTwo() {
    assertEquals(List.of(), numbers("يوم الاثنين"));
  }

  @Test
  void lexiconErrorNamesFileAndLine() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> NumberRecognizer.read(new StringReader("ثلاثة\t3\tUNIT\nأربعة\t4\tWHATEVER\n"), "n.txt"));
    assertTrue(e.getMessage().startsWith("n.txt:2:"), e.getMessage());
  }
}
