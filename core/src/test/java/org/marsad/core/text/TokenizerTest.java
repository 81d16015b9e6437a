package org.marsad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.Token;

/** The tokeniser's rules, each on real Arabic. */
class TokenizerTest {

  private static final Tokenizer TOKENIZER = Tokenizer.standard();

  /** Tokens as "text/KIND" joined by spaces, where KIND is W, N or P. */
  private static String tokens(String text) {
    return TOKENIZER.tokenize(text).stream().map(t -> t.text() + "/" + t.kind().name().charAt(0))
        .collect(Collectors.joining(" "));
  }

  @Test
  void emptyInputHasNoTokens() {
    assertEquals(List.of(), TOKENIZER.tokenize(""));
    assertEquals(List.of(), TOKENIZER.tokenize(" \n\t\u200F "));
  }

  @Test
  void wordsAreSeparatedByWhitespace() {
    assertEquals("تنظيم/W داعش/W الإرهابي/W", tokens("تنظيم  داعش\tالإرهابي"));
  }

  @Test
  void quotesComeOffWords() {
    assertEquals("“/P فيديو/W وصور/W ”/P", tokens("“فيديو وصور”"));
    assertEquals("\"/P فيديو/W", tokens("\"فيديو"));
    assertEquals("«/P داعش/W »/P", tokens("«داعش»"));
  }

  @Test
  void arabicPunctuationIsSeparated() {
    assertEquals("العراق/W ،/P وصل/W ؟/P ؛/P", tokens("العراق، وصل؟؛"));
  }

  @Test
  void runOfTheSameMarkIsOneToken() {
    assertEquals("مخمور/W ../P الكاظمي/W", tokens("مخمور.. الكاظمي"));
    assertEquals("!!!/P", tokens("!!!"));
  }

  @Test
  void harakatAndTatweelStayInsideTheWord() {
    assertEquals("واحداً/W قِبل/W روبـــرت/W", tokens("واحداً قِبل روبـــرت"));
  }

  @Test
  void tatweelAfterAPrefixLetterIsAWord() {
    assertEquals("لـ/W ”/P عين/W", tokens("لـ”عين"));
  }

  @Test
  void zeroWidthMarkBetweenLettersStaysInTheWord() {
    List<Token> t = TOKENIZER.tokenize("كر\u200Cكوك \u200Fبغداد");
    assertEquals(2, t.size());
    assertEquals("كركوك", t.get(0).norm());
    assertEquals("بغداد", t.get(1).text());
  }

  @Test
  void numbersAreNumberTokens() {
    assertEquals("30/N ٣٠/N 3.5/N 1,000/N 12.10.2021/N", tokens("30 ٣٠ 3.5 1,000 12.10.2021"));
  }

  @Test
  void numberNormalFormIsAscii() {
    assertEquals("30", TOKENIZER.tokenize("٣٠").get(0).norm());
  }

  @Test
  void separatorNotFollowedByADigitEndsTheNumber() {
    assertEquals("2021/N ./P", tokens("2021."));
    assertEquals("5/N ،/P 6/N", tokens("5، 6"));
  }

  @Test
  void lettersGluedToANumberStartAWord() {
    assertEquals("2015/N م/W", tokens("2015م"));
  }

  @Test
  void wordWithDigitsIsOneWord() {
    assertEquals("كوفيد19/W", tokens("كوفيد19"));
  }

  @Test
  void offsetsIndexTheOriginalText() {
    String text = "وصل الكاظمي، إلى “مخمور”.";
    for (Token t : TOKENIZER.tokenize(text)) {
      assertEquals(t.text(), text.substring(t.start(), t.end()));
    }
  }

  @Test
  void wordTokensCarryNormAndClitics() {
    Token t = TOKENIZER.tokenize("وبالعراق").get(0);
    assertEquals("وبالعراق", t.norm());
    assertEquals("وبال", t.proclitic());
    assertEquals("عراق", t.stem());
    assertEquals("", t.enclitic());
  }

  @Test
  void taMarbutaInTheSurfaceIsNotAnEnclitic() {
    Token t = TOKENIZER.tokenize("مدينة").get(0);
    assertEquals("مدينه", t.stem());
    assertEquals("", t.enclitic());
  }

  @Test
  void latinWordsAreLowerCasedInNorm() {
    Token t = TOKENIZER.tokenize("ISIS").get(0);
    assertTrue(t.isWord());
    assertEquals("isis", t.norm());
  }
}
