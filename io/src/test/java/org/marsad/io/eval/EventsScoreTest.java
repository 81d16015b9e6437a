package org.marsad.io.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.events.ConfidenceTrainer;
import org.marsad.core.model.Event;
import org.marsad.core.model.Event.PloverType;
import org.marsad.core.model.Event.Status;
import org.marsad.core.model.Feature;
import org.marsad.core.model.Place;
import org.marsad.core.pipeline.Pipeline;

class EventsScoreTest {

  private static final String ARTICLE = "{\"id\": \"a\", \"published\": \"2024-03-12\", \"text\": \"نص\", \"events\": ["
      + "{\"type\": \"ASSAULT\", \"place\": \"Khanaqin\", \"lat\": 34.35, \"lon\": 45.39, \"date\": \"2024-03-11\"},"
      + "{\"type\": \"ACCUSE\", \"date\": \"2024-03-12\"},"
      + "{\"type\": \"ASSAULT\", \"place\": \"Khanaqin\", \"lat\": 34.35, \"lon\": 45.39, \"date\": \"2016\", \"kind\": \"background\"},"
      + "{\"type\": \"CONSULT\", \"status\": \"planned\", \"place\": \"Baghdad\", \"lat\": 33.31, \"lon\": 44.37}]}";

  @TempDir
  Path dir;

  private EventsGold.GoldArticle gold() throws IOException {
    Path file = dir.resolve("gold.jsonl");
    Files.writeString(file, ARTICLE + "\n");
    return EventsGold.read(file).get(0);
  }

  private static Event event(PloverType type, Status status, double lat, double lon, String date) {
    Place place = new Place("x", 0, 1, "x", "x", 0, "IQ", "", "", lat, lon, Feature.CITY, 1);
    return new Event("e", type, "", List.of(), status, Optional.ofNullable(date).map(LocalDate::parse), "day",
        Optional.empty(), Optional.empty(), Optional.of(place), Event.Size.UNKNOWN, Optional.empty(),
        new Event.Evidence("s", 0, 1, "t"), 0.5);
  }

  @Test
  void aRightTypePlaceAndDateMatchesAndAWrongPlaceDoesNot() throws IOException {
    EventsScore.Report r = EventsScore.score(gold(), List.of(
        event(PloverType.ASSAULT, Status.OCCURRED, 34.40, 45.30, "2024-03-12"),
        event(PloverType.ACCUSE, Status.OCCURRED, 30.5, 47.8, "2024-03-12"),
        event(PloverType.ASSAULT, Status.OCCURRED, 36.34, 43.13, "2024-03-11")));
    assertEquals(2, r.totals().gold());
    assertEquals(2, r.totals().matched(), "an ACCUSE without a gold place matches anywhere");
    assertEquals(3, r.totals().predicted(), "the Mosul assault is wrong: the background one is in Khanaqin");
    assertEquals(List.of(), r.missed());
  }

  @Test
  void aBackgroundEventDatedToPublicationIsWrongButItsOwnDateIsNeither() throws IOException {
    EventsScore.Report today = EventsScore.score(gold(), List.of(
        event(PloverType.ASSAULT, Status.OCCURRED, 34.35, 45.39, "2024-03-11"),
        event(PloverType.ASSAULT, Status.OCCURRED, 34.35, 45.39, "2024-03-12")));
    assertEquals(2, today.totals().predicted());
    EventsScore.Report dated = EventsScore.score(gold(), List.of(
        event(PloverType.ASSAULT, Status.OCCURRED, 34.35, 45.39, "2024-03-11"),
        event(PloverType.ASSAULT, Status.OCCURRED, 34.35, 45.39, "2016-01-01")));
    assertEquals(1, dated.totals().predicted());
    assertEquals(1.0, dated.totals().precision());
  }

  @Test
  void aPlannedVisitCodedAsOccurredIsCounted() throws IOException {
    EventsScore.Report r = EventsScore.score(gold(), List.of(
        event(PloverType.CONSULT, Status.OCCURRED, 33.3, 44.4, "2024-03-12"),
        event(PloverType.CONSULT, Status.PLANNED, 33.3, 44.4, null)));
    assertEquals(1, r.totals().nonOccurredGold());
    assertEquals(1, r.totals().nonOccurredReportedAsOccurred());
    assertEquals(1, r.totals().predicted(), "the planned prediction is not scored");
  }

  @Test
  void labelsSayHowEachEventFaredAsTheScoreCountsIt() throws IOException {
    List<Event> events = List.of(
        event(PloverType.ASSAULT, Status.OCCURRED, 34.40, 45.30, "2024-03-12"),
        event(PloverType.CONSULT, Status.PLANNED, 33.3, 44.4, null),
        event(PloverType.ASSAULT, Status.OCCURRED, 34.35, 45.39, "2016-01-01"),
        event(PloverType.ACCUSE, Status.OCCURRED, 30.5, 47.8, "2024-03-01"));
    assertEquals(List.of(Optional.of(ConfidenceTrainer.Label.MATCHED), Optional.empty(),
        Optional.of(ConfidenceTrainer.Label.SOFT), Optional.of(ConfidenceTrainer.Label.SPURIOUS)),
        EventsScore.labels(gold(), events));
    EventsScore.Report r = EventsScore.score(gold(), events);
    assertEquals(1, r.totals().matched());
    assertEquals(2, r.totals().predicted(), "the soft match and the planned event are not scored");
  }

  @Test
  void aBadLineNamesTheFileAndLine() throws IOException {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, ARTICLE + "\n{\"id\": \"b\", \"published\": \"2024-03-12\", \"text\": \"x\", "
        + "\"events\": [{\"type\": \"BOMBING\"}]}\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventsGold.read(file));
    assertTrue(e.getMessage().contains("bad.jsonl:2: unknown type 'BOMBING'"), e.getMessage());
  }

  /** docs/gold/events-fresh.jsonl: twelve reports written for the project (first run F1 0.588, 0.756 after the coder fixes it showed, 0.795 with the first confidence model, which it trains and again with the model of twenty-two files, 0.783 with the article gate and the model of twenty-six files it trains; docs/events.md). */
  @Test
  void theFreshGoldScoresAtTheLevelReached() throws IOException {
    Pipeline pipeline = Pipeline.standard();
    List<EventsScore.Report> reports = new ArrayList<>();
    for (EventsGold.GoldArticle a : EventsGold.read(Path.of("..", "docs", "gold", "events-fresh.jsonl"))) {
      reports.add(EventsScore.score(a, pipeline.analyze(a.article()).events()));
    }
    EventsScore.Totals t = EventsScore.sum(reports);
    assertEquals(12, t.articles());
    assertTrue(t.f1() >= 0.773, "F1 " + t.f1());
    assertTrue(t.nonOccurredReportedAsOccurred() <= 1, "planned/threatened/denied reported as occurred: "
        + t.nonOccurredReportedAsOccurred());
  }

  @Test
  void anArticleCitedBySourceTakesItsTextAndTitleFromTheCorpus() throws IOException {
    Path file = dir.resolve("cited.jsonl");
    Files.writeString(file, "{\"id\": \"snn-1\", \"published\": \"2015-07-21\", \"source\": {\"corpus\": \"saudinewsnet\","
        + " \"file\": \"2015-07-21.zip\", \"url\": \"http://example.org/1\"}, \"events\": [{\"type\": \"ASSAULT\"}]}\n");
    List<EventsGold.Source> asked = new ArrayList<>();
    EventsGold.GoldArticle a = EventsGold.read(file, source -> {
      asked.add(source);
      return new org.marsad.core.model.Article("x", source.url(), "okaz", "غارة على صعدة",
          Optional.of(LocalDate.of(2015, 7, 20)), "شن طيران التحالف غارة على صعدة أمس.");
    }).get(0);
    assertEquals(List.of(new EventsGold.Source("saudinewsnet", "2015-07-21.zip", "http://example.org/1")), asked);
    assertEquals("snn-1", a.article().id());
    assertEquals("غارة على صعدة", a.article().title());
    assertEquals("شن طيران التحالف غارة على صعدة أمس.", a.article().body());
    assertEquals(Optional.of(LocalDate.of(2015, 7, 21)), a.article().published(), "the gold file's date wins");
  }

  @Test
  void aCitedArticleWithoutACorpusIsAnErrorNamingTheLineAndTheSource() throws IOException {
    Path file = dir.resolve("cited.jsonl");
    Files.writeString(file, "\n{\"id\": \"snn-1\", \"published\": \"2015-07-21\", \"source\": {\"corpus\": \"saudinewsnet\","
        + " \"file\": \"2015-07-21.zip\", \"url\": \"http://example.org/1\"}, \"events\": []}\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventsGold.read(file));
    assertTrue(e.getMessage().startsWith(file + ":2: the text of saudinewsnet:2015-07-21.zip http://example.org/1"),
        e.getMessage());
  }
}
