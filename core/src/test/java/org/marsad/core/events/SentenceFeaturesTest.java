package org.marsad.core.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.Event.PloverType;

class SentenceFeaturesTest {

  private static final TriggerLexicon LEXICON = TriggerLexicon.standard();

  private static List<String> features(String sentence, PloverType type) {
    return SentenceFeatures.of(Arrays.asList(sentence.split(" ")), type, LEXICON);
  }

  @Test
  void anAttackNamedInARelativeClauseAfterBaadIsBackground() {
    List<String> f = features("وصل الوزير بعد الهجوم الذي وقع أمس", PloverType.ASSAULT);
    assertTrue(f.contains("T:def"), f.toString());
    assertTrue(f.contains("T:after"), f.toString());
  }

  @Test
  void anIndefiniteAttackIsANewOne() {
    List<String> f = features("قتل خمسة أشخاص في هجوم انتحاري ببغداد", PloverType.ASSAULT);
    assertTrue(f.contains("T:indef"), f.toString());
    assertFalse(f.contains("T:after"), f.toString());
  }

  @Test
  void aPluperfectReportAndAPluralVerbAreMarked() {
    List<String> f = features("وكان مسلحون قد اغتالوا الضابط في الموصل", PloverType.ASSAULT);
    assertTrue(f.contains("T:plup"), f.toString());
    assertTrue(f.contains("T:pl"), f.toString());
  }

  @Test
  void anImperfectVerbIsMarked() {
    List<String> f = features("يستهدف المسلحون القوافل على الطريق", PloverType.ASSAULT);
    assertTrue(f.contains("T:impf"), f.toString());
  }

  @Test
  void aProtestsPurposeAndPlaceNearItsTriggerAreCues() {
    List<String> f = features("وتجمع مئات المتظاهرين أمام مقر البرلمان مطالبين بالإفراج عن المعتقلين",
        PloverType.PROTEST);
    assertTrue(f.contains("T:near:demand"), f.toString());
    assertTrue(f.contains("T:near:front"), f.toString());
  }

  @Test
  void conjunctionsCrossTheTriggersPartOfSpeechWithItsCuesButNotWithWords() {
    List<String> x = SentenceFeatures.conjunctions(List.of("T", "T:noun", "T:def", "T:time", "w:هجوم", "recent"));
    assertTrue(x.contains("x:noun&T:def"), x.toString());
    assertTrue(x.contains("x:noun&T:time"), x.toString());
    assertTrue(x.contains("x:noun&recent"), x.toString());
    assertFalse(x.stream().anyMatch(s -> s.contains("w:")), x.toString());
    assertTrue(SentenceFeatures.conjunctions(List.of("w:هجوم")).isEmpty());
  }
}
