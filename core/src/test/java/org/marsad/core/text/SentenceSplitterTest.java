package org.marsad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.Sentence;

/** The sentence splitter's rules, each on real Arabic. */
class SentenceSplitterTest {

  private static final Tokenizer TOKENIZER = Tokenizer.standard();
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  private static List<String> sentences(String text) {
    return SPLITTER.split(text, TOKENIZER.tokenize(text)).stream().map(s -> text.substring(s.start(), s.end()))
        .toList();
  }

  @Test
  void emptyInputHasNoSentences() {
    assertEquals(List.of(), sentences(""));
    assertEquals(List.of(), sentences("  \n \n"));
  }

  @Test
  void fullStopEndsASentence() {
    assertEquals(List.of("وصل الكاظمي إلى مخمور.", "واجتمع مع بارزاني."),
        sentences("وصل الكاظمي إلى مخمور. واجتمع مع بارزاني."));
  }

  @Test
  void arabicQuestionMarkAndExclamationEndASentence() {
    assertEquals(List.of("هل انتهى داعش؟", "لا!", "قالها الكاظمي?", "نعم"),
        sentences("هل انتهى داعش؟ لا! قالها الكاظمي? نعم"));
  }

  @Test
  void arabicSemicolonEndsASentence() {
    assertEquals(List.of("انطلقت العمليات؛", "وتقدمت القوات"), sentences("انطلقت العمليات؛ وتقدمت القوات"));
  }

  @Test
  void lineBreakEndsASentence() {
    assertEquals(List.of("الكاظمي: لامجال لعودة داعش", "وخلال اجتماع موسع"),
        sentences("الكاظمي: لامجال لعودة داعش\nوخلال اجتماع موسع"));
  }

  @Test
  void sentencesAreTrimmed() {
    String text = "  وصل الكاظمي.   \n\n  ثم غادر  ";
    List<Sentence> s = SPLITTER.split(text, TOKENIZER.tokenize(text));
    assertEquals(List.of(new Sentence(2, 14), new Sentence(21, 28)), s);
  }

  @Test
  void closingQuoteAfterTheFullStopBelongsToTheSentence() {
    assertEquals(List.of("وقال «انتهى الأمر.»", "ثم غادر."), sentences("وقال «انتهى الأمر.» ثم غادر."));
  }

  @Test
  void fullStopAfterAClosingQuoteEndsTheSentence() {
    assertEquals(List.of("وأضاف “هذا العراق عظيم بشعبه”.", "ثم غادر."),
        sentences("وأضاف “هذا العراق عظيم بشعبه”. ثم غادر."));
  }

  @Test
  void endMarksInsideAQuotationDoNotSplit() {
    assertEquals(List.of("وقال “لا تتوهموا! نحن لكم بالمرصاد” ثم غادر."),
        sentences("وقال “لا تتوهموا! نحن لكم بالمرصاد” ثم غادر."));
  }

  @Test
  void unclosedQuotationDoesNotSwallowTheParagraph() {
    assertEquals(List.of("وقال “لا تتوهموا!", "نحن لكم بالمرصاد."), sentences("وقال “لا تتوهموا! نحن لكم بالمرصاد."));
  }

  @Test
  void ellipsisDoesNotSplit() {
    assertEquals(List.of("من مخمور.. الكاظمي يرسل كلمة"), sentences("من مخمور.. الكاظمي يرسل كلمة"));
  }

  @Test
  void decimalNumbersDoNotSplit() {
    assertEquals(List.of("ارتفع المؤشر 3.5 نقطة."), sentences("ارتفع المؤشر 3.5 نقطة."));
  }

  @Test
  void datesDoNotSplit() {
    assertEquals(List.of("وقع الهجوم في 12.10.2021 شمال بغداد."), sentences("وقع الهجوم في 12.10.2021 شمال بغداد."));
  }

  @Test
  void initialsDoNotSplit() {
    assertEquals(List.of("قال د. أحمد الجبوري إن الوضع مستقر."), sentences("قال د. أحمد الجبوري إن الوضع مستقر."));
    assertEquals(List.of("Said J. R. Smith today."), sentences("Said J. R. Smith today."));
  }

  @Test
  void latinAbbreviationsDoNotSplit() {
    assertEquals(List.of("Dr. Smith arrived."), sentences("Dr. Smith arrived."));
  }

  @Test
  void eraLetterGluedToAYearEndsTheSentence() {
    assertEquals(List.of("تأسست عام 1932م.", "ثم توسعت."), sentences("تأسست عام 1932م. ثم توسعت."));
  }

  @Test
  void listNumberAtTheStartDoesNotSplit() {
    assertEquals(List.of("1. وصل الكاظمي."), sentences("1. وصل الكاظمي."));
  }

  @Test
  void runOfEndMarksStaysWithTheSentence() {
    assertEquals(List.of("هل انتهى داعش؟!", "لا."), sentences("هل انتهى داعش؟! لا."));
  }
}
