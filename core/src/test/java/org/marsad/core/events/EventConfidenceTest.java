package org.marsad.core.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.core.events.ConfidenceTrainer.Label;
import org.marsad.core.events.ConfidenceTrainer.Sample;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.core.model.Event;
import org.marsad.core.model.Event.PloverType;
import org.marsad.core.model.Event.Status;
import org.marsad.core.pipeline.Pipeline;

class EventConfidenceTest {

  /** A report with an occurred meeting and a planned visit, as the coder alone codes it. */
  private static AnalyzedDocument coded() {
    Article a = new Article("t", "", "", "", Optional.of(LocalDate.of(2021, 10, 27)),
        "التقى رئيس الوزراء العراقي مصطفى الكاظمي اليوم في أربيل رئيس حكومة إقليم كردستان مسرور بارزاني. "
            + "ومن المقرر أن يزور الكاظمي البصرة غدا.");
    return Pipeline.uncalibrated().analyze(a);
  }

  @Test
  void anOccurredEventUnderTheCutIsDroppedAndAPlannedOneKept() {
    AnalyzedDocument doc = coded();
    assertTrue(doc.events().stream().anyMatch(e -> e.type() == PloverType.CONSULT && e.status() == Status.OCCURRED));
    assertTrue(doc.events().stream().anyMatch(e -> e.status() == Status.PLANNED));
    EventConfidence strict = new EventConfidence(0, 0.5, Map.of("T=CONSULT", -5.0));
    List<Event> kept = strict.apply(doc).events();
    assertFalse(kept.stream().anyMatch(e -> e.status() == Status.OCCURRED), kept.toString());
    assertTrue(kept.stream().anyMatch(e -> e.status() == Status.PLANNED));
    EventConfidence lenient = new EventConfidence(0, 0.5, Map.of("T=CONSULT", 5.0));
    Event meeting = lenient.apply(doc).events().stream().filter(e -> e.status() == Status.OCCURRED).findFirst()
        .orElseThrow();
    assertEquals(Math.round(1000 / (1 + Math.exp(-5.0))) / 1000.0, meeting.confidence());
  }

  @Test
  void featuresCrossTheTypeWithStructure() {
    AnalyzedDocument doc = coded();
    int i = 0;
    while (doc.events().get(i).status() != Status.OCCURRED) {
      i++;
    }
    List<String> f = EventConfidence.features(doc, i);
    String t = doc.events().get(i).type().name();
    assertTrue(f.contains("T=" + t), f.toString());
    assertTrue(f.contains("TPREV=" + t + "|0"), f.toString());
    assertTrue(f.stream().anyMatch(x -> x.startsWith("TLP=" + t + "|")), f.toString());
    assertTrue(f.contains("TI=0"), f.toString());
  }

  @Test
  void aWrittenModelReadsBackTheSame() {
    EventConfidence m = new EventConfidence(-0.5, 0.35, Map.of("T=ASSAULT", 1.25, "TI=1", -0.75));
    StringWriter out = new StringWriter();
    m.write(out, "test");
    EventConfidence back = EventConfidence.read(new StringReader(out.toString()), "c.model");
    assertEquals(0.35, back.threshold());
    assertEquals(m.probability(List.of("T=ASSAULT", "TI=1")), back.probability(List.of("T=ASSAULT", "TI=1")), 1e-9);
  }

  @Test
  void badLinesNameTheFileAndLine() {
    LexiconFormatException e = assertThrows(LexiconFormatException.class,
        () -> EventConfidence.read(new StringReader("bias\t0\nthreshold\t1.5\n"), "c.model"));
    assertEquals("c.model:2: threshold must lie in [0, 1), got 1.5", e.getMessage());
    assertThrows(LexiconFormatException.class, () -> EventConfidence.read(new StringReader("bias\t0\n"), "c.model"));
  }

  @Test
  void theBundledModelLoadsWithACutInsideTheUnitInterval() {
    EventConfidence bundled = EventConfidence.standard();
    assertTrue(bundled.threshold() > 0 && bundled.threshold() < 1);
  }

  /** Samples where "good" marks matches and "bad" spurious events, in four groups. */
  private static List<Sample> separable() {
    List<Sample> s = new ArrayList<>();
    for (int g = 0; g < 4; g++) {
      for (int i = 0; i < 10; i++) {
        s.add(new Sample(PloverType.ASSAULT, List.of("T=ASSAULT", "good", "n" + (i % 3)), Label.MATCHED, "g" + g));
        s.add(new Sample(PloverType.ASSAULT, List.of("T=ASSAULT", "bad", "n" + (i % 3)), Label.SPURIOUS, "g" + g));
      }
      s.add(new Sample(PloverType.ASSAULT, List.of("T=ASSAULT", "bad"), Label.SOFT, "g" + g));
    }
    return s;
  }

  @Test
  void settingsTheCvCannotTellApartGoToTheLowestCut() {
    // 0.6465 at the higher cut against 0.6455 at the lower: one event of a thousand; the lower cut wins
    ConfidenceTrainer.Cv[][] grid = {
        {new ConfidenceTrainer.Cv(640, 301, 1042), new ConfidenceTrainer.Cv(620, 267, 1042)},
        {new ConfidenceTrainer.Cv(650, 325, 1042), new ConfidenceTrainer.Cv(631, 279, 1042)}};
    assertArrayEquals(new int[] {0, 0}, ConfidenceTrainer.choose(grid));
    // a clear gain (0.66 against 0.6455) still takes the higher cut
    grid[1][1] = new ConfidenceTrainer.Cv(660, 280, 1042);
    assertArrayEquals(new int[] {1, 1}, ConfidenceTrainer.choose(grid));
  }

  @Test
  void theTrainerLearnsWhatSeparatesMatchesFromSpuriousEvents() {
    Map<String, Integer> required = Map.of("g0", 12, "g1", 12, "g2", 12, "g3", 12);
    ConfidenceTrainer.Result r = ConfidenceTrainer.train(separable(), required);
    assertEquals(40, r.keepAll().spurious());
    assertEquals(0, r.chosen().spurious());
    assertEquals(40, r.chosen().matched());
    assertEquals(2.0 * 40 / (40 + 48), r.chosen().f1(), 1e-9);
    assertTrue(r.model().probability(List.of("T=ASSAULT", "good")) > 0.8);
    assertTrue(r.model().probability(List.of("T=ASSAULT", "bad")) < 0.2);
  }

  @Test
  void aTypeTooRareInTheGoldIsScoredByTheFeaturesThatNameNoType() {
    List<Sample> samples = new ArrayList<>(separable());
    samples.add(new Sample(PloverType.MOBILIZE, List.of("T=MOBILIZE", "bad"), Label.SPURIOUS, "g0"));
    EventConfidence m = ConfidenceTrainer.fit(samples, 2, 0.4, 15);
    assertTrue(m.judges(PloverType.ASSAULT));
    assertFalse(m.judges(PloverType.MOBILIZE));
    StringWriter out = new StringWriter();
    m.write(out, "x");
    assertTrue(out.toString().contains("judged\tASSAULT\n"), out.toString());
    EventConfidence back = EventConfidence.read(new StringReader(out.toString()), "c.model");
    assertFalse(back.judges(PloverType.MOBILIZE));
    AnalyzedDocument doc = coded();
    Map<String, Double> w = Map.of("T=CONSULT", 9.0, "TI=0", -9.0);
    EventConfidence ownWeights = new EventConfidence(0, 0.5, w, java.util.EnumSet.of(PloverType.CONSULT));
    EventConfidence generic = new EventConfidence(0, 0.5, w, java.util.EnumSet.of(PloverType.ASSAULT));
    assertTrue(ownWeights.apply(doc).events().stream().anyMatch(e -> e.status() == Status.OCCURRED),
        "judged by its own weights, the meeting is kept");
    assertFalse(generic.apply(doc).events().stream().anyMatch(e -> e.status() == Status.OCCURRED),
        "scored by the features that name no type, it is dropped");
  }

  @Test
  void aTypeTheGoldHardlyEverMatchesIsNotJudgedHoweverOftenItIsCoded() {
    List<Sample> samples = new ArrayList<>(separable());
    for (int i = 0; i < 30; i++) {
      Label label = i < ConfidenceTrainer.MIN_TYPE_MATCHES - 1 ? Label.MATCHED : Label.SPURIOUS;
      samples.add(new Sample(PloverType.MOBILIZE, List.of("T=MOBILIZE", "op" + (i % 4)), label, "g" + (i % 4)));
    }
    assertFalse(ConfidenceTrainer.fit(samples, 2, 0.4, 15).judges(PloverType.MOBILIZE));
    samples.add(new Sample(PloverType.MOBILIZE, List.of("T=MOBILIZE", "op0"), Label.MATCHED, "g0"));
    assertTrue(ConfidenceTrainer.fit(samples, 2, 0.4, 15).judges(PloverType.MOBILIZE));
  }

  @Test
  void trainingIsDeterministic() {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    ConfidenceTrainer.fit(separable(), 2, 0.4, 1).write(a, "x");
    ConfidenceTrainer.fit(separable(), 2, 0.4, 1).write(b, "x");
    assertEquals(a.toString(), b.toString());
  }

  @Test
  void groupsThatShareAnArticleAreHeldOutTogether() {
    Map<String, Set<String>> articles = new java.util.LinkedHashMap<>();
    articles.put("a", Set.of("u1", "u2"));
    articles.put("b", Set.of("u3"));
    articles.put("c", Set.of("u2", "u4"));
    Map<String, String> g = ConfidenceTrainer.mergeGroups(articles);
    assertEquals(g.get("a"), g.get("c"));
    assertEquals("b", g.get("b"));
  }
}
