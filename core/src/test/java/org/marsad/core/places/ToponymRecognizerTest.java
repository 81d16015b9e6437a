package org.marsad.core.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.Sentence;
import org.marsad.core.model.Token;
import org.marsad.core.text.Tokenizer;

class ToponymRecognizerTest {

  private final ToponymRecognizer recognizer = new ToponymRecognizer(GazetteerTest.tiny(), PlaceLexicon.standard());
  private final Tokenizer tokenizer = Tokenizer.standard();

  private List<Toponym> find(String text) {
    return recognizer.find(text, tokenizer.tokenize(text), List.of());
  }

  private static String span(String text, Toponym t) {
    return text.substring(t.start(), t.end());
  }

  @Test
  void proclitickedNamesAreFoundWithoutTheirClitics() {
    String text = "انفجار بالبصرة ووفد لأربيل وكركوك";
    List<Toponym> found = find(text);
    assertEquals(List.of("البصرة", "أربيل", "كركوك"), found.stream().map(t -> span(text, t)).toList());
  }

  @Test
  void aMultiWordNameIsOneToponym() {
    String text = "في محافظة صلاح الدين";
    List<Toponym> found = find(text);
    assertEquals(1, found.size());
    assertEquals("صلاح الدين", span(text, found.get(0)));
    assertEquals(PlaceLexicon.Kind.ADMIN1, found.get(0).descriptor().get());
  }

  @Test
  void aDescriptorWithACliticIsRead() {
    String text = "اجتماع بقضاء مخمور";
    Toponym t = find(text).get(0);
    assertEquals("مخمور", span(text, t));
    assertEquals(PlaceLexicon.Kind.ADMIN2, t.descriptor().get());
  }

  @Test
  void aDirectionMakesARelativePlace() {
    String text = "قضاء مخمور شمال بغداد";
    List<Toponym> found = find(text);
    assertFalse(found.get(0).relative());
    assertTrue(found.get(1).relative());
    assertEquals("بغداد", span(text, found.get(1)));
  }

  @Test
  void aGivenNameBeforeAPlaceNameMarksAPerson() {
    String text = "قال مسعود بغداد";
    assertTrue(find(text).get(0).personCue());
  }

  @Test
  void onlyTheGivenRangesAreRead() {
    String text = "بغداد\nكركوك";
    List<Toponym> found = recognizer.find(text, tokenizer.tokenize(text), List.of(new Sentence(6, 11)));
    assertEquals(1, found.size());
    assertEquals("كركوك", span(text, found.get(0)));
  }

  @Test
  void aTokensNormalFormIsTheMatchingFormOfItsText() {
    for (char c = '\u0600'; c <= '\u06FF'; c++) {
      String word = "ب" + c + "ر";
      for (Token t : tokenizer.tokenize(word)) {
        if (t.kind() == Token.Kind.WORD) {
          assertEquals(ArabicNames.key(t.text()), ToponymRecognizer.matchingForm(t.norm()),
              "word " + t.text() + " with U+" + Integer.toHexString(c));
        }
      }
    }
  }

  @Test
  void aNameWithHarakatAndTatweelIsFound() {
    String text = "وصلوا إلى كَرْكـوك";
    assertEquals(List.of("كَرْكـوك"), find(text).stream().map(t -> span(text, t)).toList());
  }

  @Test
  void punctuationBetweenTwoWordsBreaksAName() {
    String text = "قال صلاح، الدين";
    assertTrue(find(text).stream().noneMatch(t -> span(text, t).contains("الدين")));
  }

  @Test
  void emptyTextHasNoToponyms() {
    assertTrue(find("").isEmpty());
  }
}
