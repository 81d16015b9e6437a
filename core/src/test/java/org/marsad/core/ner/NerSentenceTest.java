package org.marsad.core.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.EntityType;

class NerSentenceTest {

  @Test
  void aStrayInsideLabelBeginsAnEntityAsConllevalReadsIob1() {
    NerSentence s = NerSentence.of(List.of("في", "نيويورك", "سيتي"),
        List.of(NerLabel.O, NerLabel.I_LOC, NerLabel.I_LOC));
    assertEquals(List.of(NerLabel.O, NerLabel.B_LOC, NerLabel.I_LOC), s.labels());
    assertEquals(List.of(new NerSentence.Span(EntityType.LOC, 1, 3)), s.spans());
  }

  @Test
  void aChangeOfTypeEndsAnEntity() {
    List<NerLabel> labels = List.of(NerLabel.B_PER, NerLabel.I_PER, NerLabel.B_LOC);
    assertEquals(List.of(new NerSentence.Span(EntityType.PER, 0, 2), new NerSentence.Span(EntityType.LOC, 2, 3)),
        NerSentence.spans(labels));
  }

  @Test
  void scoresCountOnlyExactSpans() {
    NerScore score = new NerScore();
    score.add(List.of(NerLabel.B_PER, NerLabel.I_PER, NerLabel.O, NerLabel.B_LOC),
        List.of(NerLabel.B_PER, NerLabel.O, NerLabel.O, NerLabel.B_LOC));
    assertEquals(50.0, score.overall().precision(), 1e-9);
    assertEquals(50.0, score.overall().recall(), 1e-9);
    assertEquals(100.0, score.of(EntityType.LOC).f1(), 1e-9);
    assertEquals(0.0, score.of(EntityType.PER).f1(), 1e-9);
  }
}
