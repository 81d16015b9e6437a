package org.marsad.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.Event.PloverType;

class EventClassifierTest {

  @Test
  void aWrittenModelReadsBackTheSame() {
    EventClassifier m = new EventClassifier(PloverType.ASSAULT, -1.0, 0.4, Map.of("w:انفجار", 2.5, "T:neg", -3.0));
    StringWriter out = new StringWriter();
    m.write(out, "test model");
    EventClassifier back = EventClassifier.read(new StringReader(out.toString()), "m.model");
    assertEquals(PloverType.ASSAULT, back.type());
    assertEquals(0.4, back.threshold());
    assertEquals(m.probability(List.of("w:انفجار")), back.probability(List.of("w:انفجار")), 1e-4);
    assertTrue(back.probability(List.of("w:انفجار")) > back.probability(List.of("w:انفجار", "T:neg")));
  }

  @Test
  void badLinesNameTheFileAndLine() {
    LexiconFormatException e = assertThrows(LexiconFormatException.class,
        () -> EventClassifier.read(new StringReader("type\tASSAULT\nbias\tx\n"), "m.model"));
    assertEquals("m.model:2: not a number: 'x'", e.getMessage());
  }

  @Test
  void theBundledModelsLoadAndSeparateAReportFromTalk() {
    TriggerLexicon lexicon = TriggerLexicon.standard();
    EventClassifier assault = EventClassifier.standard(PloverType.ASSAULT);
    double report = assault.probability(SentenceFeatures.of(
        List.of("قتل", "خمسة", "أشخاص", "أمس", "في", "انفجار", "سيارة", "مفخخة", "في", "بغداد"), PloverType.ASSAULT,
        lexicon));
    double talk = assault.probability(SentenceFeatures.of(
        List.of("ندد", "الوزير", "بالهجمات", "الإرهابية", "وقال", "إن", "الإرهاب", "لا", "دين", "له"),
        PloverType.ASSAULT, lexicon));
    assertTrue(report > talk, report + " vs " + talk);
  }
}
