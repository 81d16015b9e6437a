package org.marsad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * One test per segmentation rule of {@link CliticSegmenter}, on the bundled SaudiNewsNet table,
 * written as {@code check(word, "proclitic+stem+enclitic")}.
 */
class CliticSegmenterTest {

  private static final CliticSegmenter SEGMENTER = CliticSegmenter.standard();

  private static void check(String word, String expected) {
    CliticSegmenter.Segmentation s = SEGMENTER.segment(word);
    assertEquals(expected, s.proclitic() + "+" + s.stem() + "+" + s.enclitic(), word);
  }

  @Test
  void conjunctionWawIsStripped() {
    check("وبغداد", "و+بغداد+");
    check("وقال", "و+قال+");
    check("وأضاف", "و+اضاف+");
  }

  @Test
  void prepositionsAreStripped() {
    check("ببغداد", "ب+بغداد+");
    check("لمواجهة", "ل+مواجهه+");
  }

  @Test
  void articleIsStripped() {
    check("العراق", "ال+عراق+");
    check("اليوم", "ال+يوم+");
  }

  @Test
  void stacksWithTheArticleAreStripped() {
    check("والعراق", "وال+عراق+");
    check("بالعراق", "بال+عراق+");
    check("وبالعراق", "وبال+عراق+");
  }

  @Test
  void lamBeforeTheArticleIsWrittenLamLam() {
    check("للعراق", "لل+عراق+");
    check("وللعراق", "ولل+عراق+");
  }

  @Test
  void futureMarkerIsStrippedOnlyBeforeAnImperfectPrefix() {
    check("وسيزور", "وس+يزور+");
  }

  @Test
  void pronounEncliticsAreStripped() {
    check("قواتنا", "+قوات+نا");
    check("صنوفها", "+صنوف+ها");
    check("أمامكم", "+امام+كم");
    check("مؤسساته", "+مؤسسات+ه");
  }

  @Test
  void encliticAfterTaMarbutaRestoresIt() {
    check("حكومته", "+حكومه+ه");
  }

  @Test
  void procliticAndEncliticTogether() {
    check("وبأبطاله", "وب+ابطال+ه");
  }

  @Test
  void namesThatStartWithCliticLettersSurvive() {
    check("بغداد", "+بغداد+");
    check("بيروت", "+بيروت+");
    check("لبنان", "+لبنان+");
    check("كركوك", "+كركوك+");
  }

  @Test
  void namesThatEndWithYaSurvive() {
    check("بارزاني", "+بارزاني+");
  }

  @Test
  void wordsThatStartWithCliticLettersSurvive() {
    check("بيان", "+بيان+");
    check("وزير", "+وزير+");
    check("وزارة", "+وزاره+");
    check("فيصل", "+فيصل+");
  }

  @Test
  void exceptionsLexiconKeepsWordsWhole() {
    check("والي", "+والي+");
    check("الله", "+الله+");
  }

  @Test
  void exceptionAfterAConjunctionLosesOnlyTheConjunction() {
    check("كان", "+كان+");
    check("وكان", "و+كان+");
    check("والله", "و+الله+");
  }

  @Test
  void twoLetterStemNeedsAMuchMoreFrequentStem() {
    check("ولم", "و+لم+");
    check("وطن", "+وطن+");
  }

  @Test
  void articleNeedsTheStemWithoutArticle() {
    check("التزام", "+التزام+");
  }

  @Test
  void nisbaAdjectivesKeepTheirYa() {
    check("أمني", "+امني+");
    check("عربي", "+عربي+");
    check("السعودي", "ال+سعودي+");
  }

  @Test
  void taMarbutaIsNeverAnEnclitic() {
    check("مدينة", "+مدينه+");
    check("لجنة", "+لجنه+");
  }

  @Test
  void alefMaqsuraIsNeverAnEnclitic() {
    check("مصطفى", "+مصطفي+");
  }

  @Test
  void conjunctionBeforeAnotherCliticNeedsTheRestAttested() {
    check("فلوله", "+فلول+ه");
  }

  @Test
  void unknownWordsFallBackToConjunctionAndArticle() {
    check("ومخمور", "و+مخمور+");
    check("الكاظمي", "ال+كاظمي+");
  }

  @Test
  void shortWordsAreNeverSplit() {
    check("في", "+في+");
    check("له", "+له+");
  }

  @Test
  void emptyWordIsWhole() {
    check("", "++");
  }

  @Test
  void frequencyTableComesFromTheNews() {
    assertTrue(SEGMENTER.count("العراق") > 1000, "العراق is frequent in SaudiNewsNet");
    assertEquals(0, SEGMENTER.count("نلاحقكم"));
  }

  @Test
  void withoutFrequenciesOnlyTheFallbackSplits() {
    CliticSegmenter bare = CliticSegmenter.withoutFrequencies();
    assertEquals("بغداد", bare.segment("وبغداد").stem());
    assertEquals("بغداد", bare.segment("بغداد").stem());
    assertEquals("ببغداد", bare.segment("ببغداد").stem());
  }

  @Test
  void decisionFollowsTheTableItIsGiven() {
    CliticSegmenter.Thresholds t = CliticSegmenter.Thresholds.DEFAULT;
    CliticSegmenter rareStem = new CliticSegmenter(
        WordFrequencies.of(java.util.Map.of("لبنان", 908, "بنان", 10)), java.util.Set.of(), t);
    CliticSegmenter frequentStem = new CliticSegmenter(
        WordFrequencies.of(java.util.Map.of("لبنان", 908, "بنان", 5000)), java.util.Set.of(), t);
    assertEquals("لبنان", rareStem.segment("لبنان").stem());
    assertEquals("بنان", frequentStem.segment("لبنان").stem());
  }

  @Test
  void exceptionsLexiconErrorNamesFileAndLine() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> CliticSegmenter.readExceptions(new StringReader("# comment\nوالي\nتو كيو\n"), "my.txt"));
    assertTrue(e.getMessage().startsWith("my.txt:3:"), e.getMessage());
  }

  @Test
  void frequencyTableErrorNamesFileAndLine() {
    var in = new java.io.ByteArrayInputStream("العراق\t12\nبغداد\tكثير\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    var e = assertThrows(IllegalArgumentException.class, () -> WordFrequencies.read(in, "freq.tsv"));
    assertTrue(e.getMessage().startsWith("freq.tsv:2:"), e.getMessage());
  }
}
