package org.marsad.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void theKeyIsNormalisedAndTrimmedOfPunctuation() {
    assertEquals("الاحتجاجات", Words.key("«الاحتجاجات»."));
    assertEquals("مدرسه", Words.key("مدرسة"));
    assertEquals("", Words.key("،"));
  }

  @Test
  void candidatesStripConjunctionPrepositionAndArticle() {
    List<String> c = Words.candidates(Words.key("وبالعبوات"));
    assertTrue(c.contains("عبوات"), c.toString());
    assertTrue(Words.candidates(Words.key("للجيش")).contains("الجيش"));
    assertTrue(Words.candidates(Words.key("هاجموا")).contains("هاجم"));
    assertTrue(Words.candidates(Words.key("سيزور")).contains("يزور"));
  }

  @Test
  void aDefiniteNounTakesNoPronounSuffix() {
    assertTrue(Words.definiteWithPronoun(Words.key("القرضة"), "قرض")); // a village, no "the loan of his"
    assertTrue(Words.definiteWithPronoun(Words.key("وبالقرضة"), "قرض"));
    assertFalse(Words.definiteWithPronoun(Words.key("قرضه"), "قرض")); // his loan
    assertFalse(Words.definiteWithPronoun(Words.key("المحتجون"), "محتج")); // a plural ending, no pronoun
    assertFalse(Words.definiteWithPronoun(Words.key("القرضة"), "قرضه"));
  }

  @Test
  void aRootWawStays() {
    assertFalse(Words.candidates(Words.key("وزارة")).contains("زاره"));
    assertEquals("وصل", Words.bare(Words.key("ووصل")));
  }

  @Test
  void theFuturePrefixIsRecognisedButNotInNounsBeginningWithSeen() {
    assertTrue(Words.futurePrefixed("سيزور", "يزور"));
    assertTrue(Words.futurePrefixed("وستعقد", "تعقد"));
    assertFalse(Words.futurePrefixed("سياره", "سياره"));
    assertFalse(Words.futurePrefixed("يزور", "يزور"));
  }

  @Test
  void clauseMarksEndClauses() {
    assertTrue(Words.endsClause("العراقي،"));
    assertTrue(Words.endsClause("مخمور.»"));
    assertFalse(Words.endsClause("مخمور"));
  }

  @Test
  void theEmptyWordHasNoCandidates() {
    assertTrue(Words.candidates("").isEmpty());
  }

  @Test
  void ofGivesTheKeyAndItsCandidatesAndKeepsThemUnchanged() {
    for (String surface : List.of("وبالعبوات", "«الاحتجاجات».", "،", "سيزور", "للجيش", "وبالعبوات")) {
      Words.Keys k = Words.of(surface);
      assertEquals(Words.key(surface), k.key());
      assertEquals(Words.candidates(Words.key(surface)), k.candidates());
      org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> k.candidates().add("x"),
          "a memoised list is shared, so it cannot be changed");
    }
  }

  @Test
  void theDualOfAFeminineNounIsLookedUpAsTheNoun() {
    assertTrue(Words.candidates(Words.key("غارتين")).contains("غاره"));
    assertTrue(Words.candidates(Words.key("ومظاهرتان")).contains("مظاهره"));
    // before a pronoun the noun refers back (زيارته "his visit"): not looked up as the noun
    assertFalse(Words.candidates(Words.key("زيارته")).contains("زياره"));
  }
}
