package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.io.eval.EventsGold;
import org.marsad.io.eval.EventsScore;

/**
 * A regression guard on real articles: the event gold of 20 SaudiNewsNet articles, annotated by two
 * people independently (docs/gold/README-snn.md), cited by URL and read from the shared corpus.
 * It was held out until its one scoring (F1 0.364 and 0.330, docs/events.md); the floors sit one
 * point under the level reached since. Skipped when ../shared/data is absent.
 *
 * <p>The levels are those of round 12's code and confidence model (docs/events.md "Round 12"): the
 * model retrained on the same files moved sets both ways (snn14 0.634 → 0.659, snn7 0.659 → 0.683,
 * snn18 0.667 → 0.657, snn30 0.651 → 0.643). Round 18's actor lexicon (the Saudi, Gulf and regional
 * leaders of 2015; two people of one government no longer one actor) lowered twelve of them by one or
 * two events each (snn13 0.457 → 0.412, snn40 0.683 → 0.650, ...) and raised five (snn35 0.598 → 0.614,
 * snn38 0.568 → 0.585, ...): 1,137 → 1,136 matched of 1,793 over the 44 development files, for 1,698 →
 * 1,707 predictions (1,137 and 1,709 with the time-aside rule that followed); the lowered ones are set to the new levels (docs/events.md "Round 18").
 * Round 19's time expressions, merging, strike statements and meeting places raised sixteen sets
 * (snn37 0.638 → 0.747, snn9 0.640 → 0.718, ...) and lowered five by an event (snn4 0.684 → 0.667,
 * snn17 0.651 → 0.644, snn25, snn26, snn36): 1,186 → 1,204 matched over the 46 files; every level here is
 * its set's F1 on that round's final code (docs/events.md "Round 19"). Round 20's formulas and general
 * talk, verbal attacks and the confidence model retrained on the round's coder (cut 0.40 → 0.45) raised
 * thirty-four sets (snn41 0.516 → 0.591, snn32 0.590 → 0.649, snn28 0.702 → 0.759, ...) and lowered ten
 * (snn39 0.619 → 0.568, three events the retrained model scores under its cut; snn18 0.725 → 0.704, ...):
 * 1,204 → 1,184 matched for 1,802 → 1,638 predictions over the 46 files, F1 0.655 → 0.674; every level
 * here is its set's F1 on that round's final code (docs/events.md "Round 20"). Round 21's attacks kept
 * apart by town, quoted names, meeting topics, damning descriptions and "so long after" spans raised
 * fourteen sets (snn41 0.591 → 0.622, snn15 0.587 → 0.624, snn34 0.543 → 0.563, ...) and lowered seven by
 * an event or a confidence (snn9 0.747 → 0.720, snn27 0.590 → 0.567, snn7 0.725 → 0.707, ...): 1,184 →
 * 1,196 matched for 1,638 → 1,654 predictions over the 46 files, F1 0.674 → 0.677; every level here is
 * its set's F1 on that round's final code (docs/events.md "Round 21"). Round 22's lists of struck districts,
 * quoted district names, condemned acts, headline speakers, weekdays after a lagging date and romanised capitals
 * raised sixteen sets (snn41 0.622 → 0.667, snn11 0.682 → 0.717, snn39 0.585 → 0.619, events-snn 0.800 →
 * 0.817, ...) and lowered eight by an event or a confidence (snn23 0.701 → 0.684, snn20 0.667 → 0.651, snn14,
 * snn21, snn29, snn30, snn7, events-fresh): 1,196 → 1,215 matched over the 46 files; every level here is its set's F1 on that
 * round's final code (docs/events.md "Round 22"). Round 23's condemnations at their datelines, receptions at the
 * host's capital, divisions by their romanised names, captures achieved and sieges, an attack in the country
 * the article names most and protests away from their causes raised twenty-three sets (snn22 0.638 → 0.674, snn40
 * 0.700 → 0.750, snn41 0.667 → 0.717, snn13 0.469 → 0.531, ...) and lowered seven by an event or a confidence
 * (snn12 0.788 → 0.769, snn19 0.644 → 0.633, snn4, snn8, snn28, snn29, snn38): 1,215 → 1,236 matched over
 * the 46 files; every level here is its set's F1 on that round's final code (docs/events.md "Round 23").
 * Round 24's duals and present-tense headlines, captures after a long subject or after إثر, arrests in sports
 * reports and in a spokesman's quotes, visited ships, the subject of قام, convictions, alerts, aid ships and demanded
 * things raised twenty sets (snn16 0.659 → 0.690, snn10 0.719 → 0.758, snn25 0.516 → 0.548, snn18 0.694 → 0.722,
 * events-snn 0.829 → 0.845, snn24 0.559 → 0.588, ...) and lowered four by an event or a confidence (snn23 0.718 →
 * 0.709, snn36 0.588 → 0.581, snn37 0.792 → 0.784, snn40 0.750 → 0.741): 1,236 → 1,255 matched for 1,675 → 1,691
 * predictions over the 46 files; every level here is its set's F1 on that round's final code (docs/events.md "Round 24").
 * Round 25's gazetteer pass (India, China, Russia and nine more countries), towns a direction measures from another
 * place, Maroua, appeals to the public, warnings against things, applications named, talks opened, phone calls and the
 * other rules of that round raised twenty-four sets (snn25 0.548 → 0.645, snn19 0.633 → 0.678, snn18 0.722 → 0.750,
 * snn36 0.581 → 0.602, snn31, snn38, snn33, snn24, ...) and lowered two by an event or a confidence (snn14 0.701 →
 * 0.692, snn3 0.822 → 0.809): 1,255 → 1,264 matched for 1,691 → 1,674 predictions over the 46 files; every level
 * here is its set's F1 on that round's final code (docs/events.md "Round 25").
 *
 * <p>Since round 8 every set here is also training data of the event confidence model
 * ({@code EventConfidence}, docs/events.md "Round 8"), so these levels are reached on articles the
 * model has seen; its out-of-fold figure is what {@code marsad train confidence} prints.
 */
class SnnGoldTest {

  /** Reached on docs/gold/events-snn.jsonl (annotator A) and events-snn-b.jsonl (annotator B). */
  private static final double A_F1 = 0.857;
  private static final double B_F1 = 0.805;
  /**
   * Reached on docs/gold/events-snn2.jsonl and events-snn3.jsonl, two further sets held out until
   * their one scoring on 2026-12-06 (F1 0.494 and 0.549) and development data since.
   */
  private static final double SNN2_F1 = 0.778;
  private static final double SNN3_F1 = 0.809;
  /**
   * Reached on docs/gold/events-snn4.jsonl and events-snn5.jsonl, held out until their one scoring
   * on 2026-12-06 (F1 0.581 and 0.449; docs/events.md "Round 6") and development data since.
   */
  private static final double SNN4_F1 = 0.711;
  private static final double SNN5_F1 = 0.632;
  /**
   * Reached on docs/gold/events-snn6.jsonl and events-snn7.jsonl, held out until their one scoring
   * on 2026-12-06 (F1 0.404 and 0.510; docs/events.md "Round 7") and development data since.
   */
  private static final double SNN6_F1 = 0.667;
  private static final double SNN7_F1 = 0.699;
  /**
   * Reached on docs/gold/events-snn8.jsonl and events-snn9.jsonl, held out until their one scoring
   * on 2026-12-06 (F1 0.624 and 0.469 with the first confidence model, 0.600 and 0.384 without;
   * docs/events.md "Round 8") and development data since.
   */
  private static final double SNN8_F1 = 0.736;
  private static final double SNN9_F1 = 0.730;
  /**
   * Reached on docs/gold/events-snn10.jsonl and events-snn11.jsonl, held out until their one
   * scoring on 2026-12-06 (F1 0.600 and 0.600 with the confidence model, 0.582 and 0.544 without;
   * docs/events.md "Round 8") and development data since.
   */
  private static final double SNN10_F1 = 0.758;
  private static final double SNN11_F1 = 0.717;
  /**
   * Reached on docs/gold/events-snn12.jsonl and events-snn13.jsonl, held out until their one
   * scoring on 2026-12-06 (F1 0.597 and 0.390 with the confidence model, 0.548 and 0.356 without;
   * docs/events.md "Round 8") and development data since.
   */
  private static final double SNN12_F1 = 0.769;
  private static final double SNN13_F1 = 0.531;
  /**
   * Reached on docs/gold/events-snn14.jsonl and events-snn15.jsonl, held out until their one
   * scoring on 2026-12-06 (F1 0.487 and 0.484 with the session's starting code, 0.476 and 0.422
   * without the confidence model; docs/events.md "Round 9") and development data since.
   */
  private static final double SNN14_F1 = 0.692;
  private static final double SNN15_F1 = 0.674;
  /**
   * Reached on docs/gold/events-snn16.jsonl and events-snn17.jsonl, held out until their one
   * scoring on 2026-12-06 (F1 0.617 and 0.605, 0.549 and 0.571 without the confidence model;
   * docs/events.md "Round 9") and development data since.
   */
  private static final double SNN16_F1 = 0.707;
  private static final double SNN17_F1 = 0.659;
  /**
   * Reached on docs/gold/events-snn18.jsonl and events-snn19.jsonl, held out until their one
   * scoring on 2026-12-06 (F1 0.588 and 0.557, 0.494 and 0.528 without the confidence model;
   * docs/events.md "Round 9") and development data since.
   */
  private static final double SNN18_F1 = 0.750;
  private static final double SNN19_F1 = 0.678;
  /**
   * Reached on docs/gold/events-snn20.jsonl and events-snn21.jsonl, held out until their one
   * scoring on 2026-12-06 with the model of twenty-four files (F1 0.578 and 0.658, 0.509 and 0.568
   * without the confidence model; docs/events.md "Round 9") and development data since.
   */
  private static final double SNN20_F1 = 0.690;
  private static final double SNN21_F1 = 0.740;
  /**
   * Reached on docs/gold/events-snn22.jsonl and events-snn23.jsonl, held out until their one
   * scoring on 2026-12-06 with the article gate and the model of twenty-six files (F1 0.525 and
   * 0.667; the session's starting jar 0.468 and 0.605; docs/events.md "Round 10"). The shipped
   * model has not been trained on them: retrained with them it drops the seed's quoted threat.
   */
  private static final double SNN22_F1 = 0.708;
  private static final double SNN23_F1 = 0.709;
  /**
   * Reached on docs/gold/events-snn24.jsonl and events-snn25.jsonl, held out until their one
   * scoring on 2026-12-06 with the same code and model (F1 0.475 and 0.485; the session's starting
   * jar 0.533 and 0.455; docs/events.md "Round 10"). Not training data of the shipped model either.
   */
  private static final double SNN24_F1 = 0.606;
  private static final double SNN25_F1 = 0.645;
  /**
   * Reached on docs/gold/events-snn26.jsonl and events-snn27.jsonl, held out until their one
   * scoring on 2026-12-06 with the same code and model (F1 0.565 and 0.571; the session's starting
   * jar 0.500 and 0.537; docs/events.md "Round 10"). Not training data of the shipped model either.
   */
  private static final double SNN26_F1 = 0.694;
  private static final double SNN27_F1 = 0.610;
  /**
   * Reached on docs/gold/events-snn28.jsonl and events-snn29.jsonl, held out until their one
   * scoring on 2026-12-06 (F1 0.717 and 0.553, the same as the session's starting jar; docs/events.md
   * "Round 11"). Not training data of the shipped model. snn29 went to 0.533 when عقبة ثرة was found
   * in Abyan rather than as Aqaba in Jordan (the clashes at Dofas, placed at the governorate, merge
   * with the shelling from the pass, more than 50 km away), then to 0.579 when an unattributed
   * condemnation stopped taking in each official's own.
   */
  private static final double SNN28_F1 = 0.773;
  private static final double SNN29_F1 = 0.630;
  /**
   * Reached on docs/gold/events-snn30.jsonl and events-snn31.jsonl, held out until their one
   * scoring on 2026-12-06 with the code and model of this level (F1 0.651 and 0.579; the session's
   * starting jar 0.651 and 0.597; docs/events.md "Round 11"). Not training data of the shipped model.
   */
  private static final double SNN30_F1 = 0.683;
  private static final double SNN31_F1 = 0.720;
  /**
   * Reached on docs/gold/events-snn32.jsonl and events-snn33.jsonl, held out until their one scoring
   * on 2026-12-06 (F1 0.472 and 0.579 with a model that judged the rare types together, reverted
   * since; the session's starting jar 0.472 and 0.564; docs/events.md "Round 12"). snn32 rose when
   * "نفذ 21 ضربة" became a trigger. Not training data of the shipped model.
   */
  private static final double SNN32_F1 = 0.684;
  private static final double SNN33_F1 = 0.667;
  /**
   * Reached on docs/gold/events-snn34.jsonl and events-snn35.jsonl, held out until their one scoring
   * on 2026-12-06 with the code and model of this level (F1 0.500 and 0.554, the same as the session's
   * starting jar; docs/events.md "Round 12"). Not training data of the shipped model.
   */
  private static final double SNN34_F1 = 0.603;
  private static final double SNN35_F1 = 0.682;
  /**
   * Reached on docs/gold/events-snn36.jsonl and events-snn37.jsonl, held out until their one scoring
   * on 2026-12-06 with the code and model of this level (F1 0.512 and 0.615; the session's starting
   * jar 0.506 and 0.609; docs/events.md "Round 12"). Not training data of the shipped model.
   */
  private static final double SNN36_F1 = 0.602;
  private static final double SNN37_F1 = 0.792;
  /**
   * Reached on docs/gold/events-snn38.jsonl and events-snn39.jsonl, held out until their one scoring
   * on 2026-12-06 with the code and model of this level (F1 0.585 and 0.602; the session's starting
   * jar 0.571 and 0.575; docs/events.md "Round 13"). Not training data of the shipped model.
   */
  private static final double SNN38_F1 = 0.667;
  private static final double SNN39_F1 = 0.659;
  /**
   * Reached on docs/gold/events-snn40.jsonl and events-snn41.jsonl, held out until their one scoring
   * on 2026-12-07 with the code and model of this level (F1 0.683 and 0.516; the session's starting
   * jar 0.667 and 0.494; docs/events.md "Round 14"). Not training data of the shipped model.
   */
  private static final double SNN40_F1 = 0.756;
  private static final double SNN41_F1 = 0.717;
  /**
   * Reached on docs/gold/events-snn42.jsonl (15 articles of 501–800 words), events-snn43.jsonl (12 of 801–1,500)
   * and events-snn45.jsonl (15 of 501–800), held out until their one scoring on 2026-12-08 with the code of this
   * level (the session's starting jar 0.679, 0.652 and 0.667; docs/events.md "Round 25"). Not training data of the
   * shipped model.
   */
  private static final double SNN42_F1 = 0.724;
  private static final double SNN43_F1 = 0.667;
  private static final double SNN45_F1 = 0.667;
  private static final double MARGIN = 0.01;

  private static Path data() {
    String p = System.getProperty("marsad.data");
    return p != null ? Path.of(p) : Path.of("../../shared/data");
  }

  private static EventsScore.Totals score(String gold) throws IOException {
    Pipeline pipeline = Pipeline.standard();
    List<EventsScore.Report> reports = new ArrayList<>();
    for (EventsGold.GoldArticle a : EventsGold.read(Path.of("..", "docs", "gold", gold),
        new EvalEventsCommand.CitedArticles(data()))) {
      reports.add(EventsScore.score(a, pipeline.analyze(a.article()).events()));
    }
    return EventsScore.sum(reports);
  }

  private static void assumeCorpus() {
    assumeTrue(Files.isDirectory(data().resolve(NewsCorpus.SAUDINEWSNET)), "skipped: SaudiNewsNet is absent under " + data());
  }

  /** Scores a gold file of 20 articles and checks its F1 against the level reached; returns the totals. */
  private static EventsScore.Totals atLevel(String gold, double reached) throws IOException {
    return atLevel(gold, reached, 20);
  }

  /** Scores a gold file of {@code articles} articles and checks its F1 against the level reached. */
  private static EventsScore.Totals atLevel(String gold, double reached, int articles) throws IOException {
    EventsScore.Totals t = score(gold);
    assertEquals(articles, t.articles(), gold);
    assertTrue(t.f1() >= reached - MARGIN, gold + ": F1 " + t.f1());
    return t;
  }

  /**
   * Scores two sets against their levels and checks that at most {@code planned} of their planned,
   * threatened or denied events come out as occurred.
   */
  private static void pairAtLevel(String first, double firstF1, String second, double secondF1, int planned)
      throws IOException {
    assumeCorpus();
    int asOccurred = atLevel(first, firstF1).nonOccurredReportedAsOccurred()
        + atLevel(second, secondF1).nonOccurredReportedAsOccurred();
    assertTrue(asOccurred <= planned, "planned events reported as occurred: " + asOccurred);
  }

  @Test
  void bothAnnotatorsGoldScoresStayAtTheLevelReached() throws IOException {
    pairAtLevel("events-snn.jsonl", A_F1, "events-snn-b.jsonl", B_F1, 0);
  }

  @Test
  void theSecondAndThirdSetsStayAtTheLevelReached() throws IOException {
    // one planned visit (snn3-04) comes out as an occurred one dated by a year the article recalls
    pairAtLevel("events-snn2.jsonl", SNN2_F1, "events-snn3.jsonl", SNN3_F1, 1);
  }

  @Test
  void theFourthAndFifthSetsStayAtTheLevelReached() throws IOException {
    pairAtLevel("events-snn4.jsonl", SNN4_F1, "events-snn5.jsonl", SNN5_F1, 1);
  }

  @Test
  void theSixthAndSeventhSetsStayAtTheLevelReached() throws IOException {
    pairAtLevel("events-snn6.jsonl", SNN6_F1, "events-snn7.jsonl", SNN7_F1, 0);
  }

  @Test
  void theEighthAndNinthSetsStayAtTheLevelReached() throws IOException {
    // one planned visit in snn9 comes out as occurred
    pairAtLevel("events-snn8.jsonl", SNN8_F1, "events-snn9.jsonl", SNN9_F1, 1);
  }

  @Test
  void theTenthAndEleventhSetsStayAtTheLevelReached() throws IOException {
    // one of snn11's planned visits (Zarif's tour) comes out as occurred
    pairAtLevel("events-snn10.jsonl", SNN10_F1, "events-snn11.jsonl", SNN11_F1, 1);
  }

  @Test
  void theTwelfthAndThirteenthSetsStayAtTheLevelReached() throws IOException {
    pairAtLevel("events-snn12.jsonl", SNN12_F1, "events-snn13.jsonl", SNN13_F1, 0);
  }

  @Test
  void theFourteenthAndFifteenthSetsStayAtTheLevelReached() throws IOException {
    pairAtLevel("events-snn14.jsonl", SNN14_F1, "events-snn15.jsonl", SNN15_F1, 0);
  }

  @Test
  void theSixteenthAndSeventeenthSetsStayAtTheLevelReached() throws IOException {
    // neither set has a planned, threatened or denied required event; the F1 floors guard them
    pairAtLevel("events-snn16.jsonl", SNN16_F1, "events-snn17.jsonl", SNN17_F1, 0);
  }

  @Test
  void theEighteenthAndNineteenthSetsStayAtTheLevelReached() throws IOException {
    // snn18's planned visit of al-Jubeir to Moscow comes out as occurred talks there
    pairAtLevel("events-snn18.jsonl", SNN18_F1, "events-snn19.jsonl", SNN19_F1, 1);
  }

  @Test
  void theTwentiethAndTwentyFirstSetsStayAtTheLevelReached() throws IOException {
    pairAtLevel("events-snn20.jsonl", SNN20_F1, "events-snn21.jsonl", SNN21_F1, 0);
  }

  @Test
  void theTwentySecondAndTwentyThirdSetsStayAtTheLevelReached() throws IOException {
    pairAtLevel("events-snn22.jsonl", SNN22_F1, "events-snn23.jsonl", SNN23_F1, 0);
  }

  @Test
  void theTwentyFourthAndTwentyFifthSetsStayAtTheLevelReached() throws IOException {
    // de Mistura's meeting "today" in Istanbul (snn24-18), planned in the gold, comes out as occurred
    pairAtLevel("events-snn24.jsonl", SNN24_F1, "events-snn25.jsonl", SNN25_F1, 1);
  }

  @Test
  void theTwentySixthAndTwentySeventhSetsStayAtTheLevelReached() throws IOException {
    // Kerry's trip to the ASEAN meetings in Kuala Lumpur (snn27), planned in the gold, comes out as occurred
    pairAtLevel("events-snn26.jsonl", SNN26_F1, "events-snn27.jsonl", SNN27_F1, 1);
  }

  @Test
  void theTwentyEighthAndTwentyNinthSetsStayAtTheLevelReached() throws IOException {
    // Zarif's planned visit to Baghdad (snn28) comes out as talks that occurred there
    pairAtLevel("events-snn28.jsonl", SNN28_F1, "events-snn29.jsonl", SNN29_F1, 1);
  }

  @Test
  void theThirtiethAndThirtyFirstSetsStayAtTheLevelReached() throws IOException {
    pairAtLevel("events-snn30.jsonl", SNN30_F1, "events-snn31.jsonl", SNN31_F1, 0);
  }

  @Test
  void theThirtySecondAndThirtyThirdSetsStayAtTheLevelReached() throws IOException {
    pairAtLevel("events-snn32.jsonl", SNN32_F1, "events-snn33.jsonl", SNN33_F1, 0);
  }

  @Test
  void theThirtyFourthAndThirtyFifthSetsStayAtTheLevelReached() throws IOException {
    // the Libya talks planned in Geneva (snn34) and Rouhani's planned visit to Rome (snn35) come out as
    // occurred
    pairAtLevel("events-snn34.jsonl", SNN34_F1, "events-snn35.jsonl", SNN35_F1, 2);
  }

  @Test
  void theThirtySixthAndThirtySeventhSetsStayAtTheLevelReached() throws IOException {
    pairAtLevel("events-snn36.jsonl", SNN36_F1, "events-snn37.jsonl", SNN37_F1, 0);
  }

  @Test
  void theThirtyEighthAndThirtyNinthSetsStayAtTheLevelReached() throws IOException {
    // the free-trade talks in Beijing (snn39), which the annotator read as planned, come out as occurred
    pairAtLevel("events-snn38.jsonl", SNN38_F1, "events-snn39.jsonl", SNN39_F1, 1);
  }

  @Test
  void theFortiethAndFortyFirstSetsStayAtTheLevelReached() throws IOException {
    // Kerry's planned visit to Cairo for the strategic dialogue (snn41) comes out as occurred
    pairAtLevel("events-snn40.jsonl", SNN40_F1, "events-snn41.jsonl", SNN41_F1, 1);
  }

  @Test
  void theSetsOfLongerArticlesStayAtTheLevelReached() throws IOException {
    assumeCorpus();
    int asOccurred = atLevel("events-snn42.jsonl", SNN42_F1, 15).nonOccurredReportedAsOccurred()
        + atLevel("events-snn43.jsonl", SNN43_F1, 12).nonOccurredReportedAsOccurred()
        + atLevel("events-snn45.jsonl", SNN45_F1, 15).nonOccurredReportedAsOccurred();
    assertEquals(0, asOccurred, "planned events reported as occurred");
  }
}
