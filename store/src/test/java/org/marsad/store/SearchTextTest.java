package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchTextTest {

  @Test
  void theArticleAndConjunctionsAreStripped() {
    assertEquals(SearchText.term("بصرة"), SearchText.term("والبصرة"));
  }

  @Test
  void taMarbutaAndHamzaFormsMatchTheirPlainForms() {
    assertEquals(SearchText.term("ناسفه"), SearchText.term("ناسفة"));
    assertEquals(SearchText.term("اربيل"), SearchText.term("أربيل"));
  }

  @Test
  void pluralSuffixesAreStripped() {
    assertEquals(SearchText.term("متظاهر"), SearchText.term("المتظاهرون"));
  }

  @Test
  void queriesBecomeQuotedTermsJoinedByAnd() {
    assertEquals(Optional.of("\"عبو\" AND \"ناسف\""), SearchText.matchExpression("عبوة ناسفة"));
    assertEquals(Optional.empty(), SearchText.matchExpression("\"*:()"));
  }

  @Test
  void snippetsMarkMatchesInTheOriginalText() {
    String text = "انفجرت عبوة ناسفة في البصرة أمس.";
    assertEquals("انفجرت عبوة ناسفة في [[البصرة]] أمس.", SearchText.snippet(text, SearchText.queryTerms("بصره")));
  }

  @Test
  void emptyTextHasNoTerms() {
    assertEquals("", SearchText.terms(""));
    assertEquals(List.of(), SearchText.queryTerms(""));
  }
}
