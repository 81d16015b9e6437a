package org.marsad.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.Event.PloverType;

class TriggerLexiconTest {

  private static final TriggerLexicon LEXICON = TriggerLexicon.standard();

  private static Optional<TriggerLexicon.Match> first(String phrase) {
    List<List<String>> c = Arrays.stream(phrase.split(" ")).map(w -> Words.candidates(Words.key(w))).toList();
    return LEXICON.match(c, 0);
  }

  private static PloverType type(String phrase) {
    return first(phrase).orElseThrow(() -> new AssertionError("no trigger: " + phrase)).entry().type();
  }

  @Test
  void verbsInTheirTenseFormsAndVerbalNouns() {
    assertEquals(PloverType.CONSULT, type("زار"));
    assertEquals(PloverType.CONSULT, type("زيارة"));
    assertEquals(PloverType.CONSULT, type("التقى"));
    assertEquals(PloverType.CONSULT, type("لقاء"));
    assertEquals(PloverType.CONSULT, type("مباحثات"));
    assertEquals(PloverType.ASSAULT, type("هاجموا"));
    assertEquals(PloverType.ASSAULT, type("الهجوم"));
    assertEquals(PloverType.ASSAULT, type("بتفجير"));
    assertEquals(PloverType.ASSAULT, type("انفجار"));
    assertEquals(PloverType.ASSAULT, type("اغتيال"));
    assertEquals(PloverType.PROTEST, type("تظاهرة"));
    assertEquals(PloverType.PROTEST, type("احتجاجات"));
    assertEquals(PloverType.COERCE, type("اعتقال"));
    assertEquals(PloverType.COERCE, type("مداهمة"));
    assertEquals(PloverType.THREATEN, type("هدد"));
    assertEquals(PloverType.ACCUSE, type("ندد"));
    assertEquals(PloverType.REQUEST, type("طالب"));
    assertEquals(PloverType.AID, type("مساعدات"));
  }

  @Test
  void multiWordFormsWinOverTheirFirstWord() {
    TriggerLexicon.Match m = first("عبوة ناسفة").orElseThrow();
    assertEquals(1, m.last());
    assertEquals(PloverType.MOBILIZE, type("نشر قوات"));
    assertEquals("Remote explosive/landmine/IED", first("عبوة ناسفة").get().entry().acled().get().subEventType());
  }

  @Test
  void rootWawIsNotTakenForTheConjunction() {
    assertTrue(first("وزارة").isEmpty(), "وزارة is no visit (زار)");
    assertEquals(PloverType.CONSULT, type("ووصل"));
  }

  @Test
  void errorsNameTheFileAndLine() {
    String bad = "# triggers\nASSAULT\texplosives\tmilitary\t-\tn\tتفجير\nBOMB\t-\t-\t-\tn\tقنبلة\n";
    LexiconFormatException e = assertThrows(LexiconFormatException.class,
        () -> TriggerLexicon.read(new StringReader(bad), "my-triggers.txt"));
    assertEquals("my-triggers.txt:3: unknown PLOVER type 'BOMB'", e.getMessage());
  }
  @Test
  void aGapLetsWordsStandBetweenButOnlyTheHeadIsTheTrigger() {
    TriggerLexicon.Match m = first("ويتوجه الرئيس الفلسطيني محمود عباس إلى القاهرة").orElseThrow();
    assertEquals(PloverType.CONSULT, m.entry().type());
    assertEquals(0, m.last());
    assertTrue(first("ويتوجه الرئيس الفلسطيني محمود عباس اليوم بكلمة").isEmpty(), "no إلى, no visit");
    assertTrue(first("يتوجه واحد اثنان ثلاثة أربعة خمسة ستة إلى").isEmpty(), "more than five words between");
    LexiconFormatException e = assertThrows(LexiconFormatException.class,
        () -> TriggerLexicon.read(new StringReader("CONSULT\tvisit\t-\t-\tv\tتوجه+*\n"), "gap.txt"));
    assertTrue(e.getMessage().startsWith("gap.txt:1: a gap"), e.getMessage());
  }

  @Test
  void aLongGapLetsUpToFourteenWordsStandBetween() {
    TriggerLexicon lexicon = TriggerLexicon.read(new StringReader("ASSAULT\tcapture\t-\t-\tv\tتمكن+**+تحرير\n"),
        "long.txt");
    List<List<String>> fourteen = Arrays.stream("تمكنت 1 2 3 4 5 6 7 8 9 10 11 12 13 14 تحرير".split(" "))
        .map(w -> Words.candidates(Words.key(w))).toList();
    TriggerLexicon.Match m = lexicon.match(fourteen, 0).orElseThrow();
    assertEquals(0, m.last(), "the words after the gap are a condition, not the trigger");
    List<List<String>> fifteen = Arrays.stream("تمكنت 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 تحرير".split(" "))
        .map(w -> Words.candidates(Words.key(w))).toList();
    assertTrue(lexicon.match(fifteen, 0).isEmpty(), "more than fourteen words between");
    LexiconFormatException e = assertThrows(LexiconFormatException.class,
        () -> TriggerLexicon.read(new StringReader("ASSAULT\tcapture\t-\t-\tv\tتمكن+**\n"), "gap.txt"));
    assertTrue(e.getMessage().startsWith("gap.txt:1: a gap"), e.getMessage());
  }
}
