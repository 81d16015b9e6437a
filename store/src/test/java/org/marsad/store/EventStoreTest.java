package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.core.model.Event;

class EventStoreTest {

  @TempDir
  Path dir;

  @Test
  void aNewStoreIsMigratedToTheLatestSchema() {
    try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
      assertEquals(Migrations.latest(), store.schemaVersion());
      assertEquals(new StoreCounts(0, 0, 0), store.counts());
    }
  }

  @Test
  void ingestingTheSameArticleTwiceAddsNoRows() {
    try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
      assertEquals(IngestOutcome.ADDED, store.ingest(Fixtures.makhmurReport(Fixtures.MAKHMUR_BODY)));
      StoreCounts once = store.counts();
      assertEquals(IngestOutcome.UNCHANGED, store.ingest(Fixtures.makhmurReport(Fixtures.MAKHMUR_BODY)));
      assertEquals(once, store.counts());
      assertEquals(new StoreCounts(1, 3, 3), once);
    }
  }

  @Test
  void aChangedArticleReplacesItsEvents() {
    try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
      store.ingest(Fixtures.makhmurReport(Fixtures.MAKHMUR_BODY));
      var changed = Fixtures.makhmurReport(Fixtures.MAKHMUR_BODY + "\nوأكد المسؤولون استمرار العمليات.");
      changed = changed.withEvents(changed.events().subList(0, 1));
      assertEquals(IngestOutcome.UPDATED, store.ingest(changed));
      assertEquals(1, store.counts().events());
      assertEquals(1, store.counts().articles());
      assertTrue(store.searchArticles("العمليات", 10).size() == 1, "the index holds the new text");
      assertTrue(store.events(EventFilter.ALL.withQuery("البصرة"), PageRequest.first(10)).events().isEmpty(),
          "the removed event is gone from the evidence index");
    }
  }

  @Test
  void isStoredKnowsTheExactContent() {
    try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
      var doc = Fixtures.makhmurReport(Fixtures.MAKHMUR_BODY);
      assertFalse(store.isStored(doc.article()));
      store.ingest(doc);
      assertTrue(store.isStored(doc.article()));
      var changed = doc.article().withPublished(java.util.Optional.of(java.time.LocalDate.of(2021, 10, 28)));
      assertFalse(store.isStored(changed));
    }
  }

  @Test
  void storedEventsKeepEvidencePlaceAndActor() {
    try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
      store.ingest(Fixtures.makhmurReport(Fixtures.MAKHMUR_BODY));
      List<StoredEvent> events = store.events(EventFilter.ALL, PageRequest.first(10)).events();
      StoredEvent visit = events.stream().filter(e -> e.event().evidence().trigger().equals("وصل")).findFirst().orElseThrow();
      assertEquals("Makhmur", visit.event().location().orElseThrow().name());
      assertEquals("رئيس الوزراء مصطفى الكاظمي", visit.event().actor().orElseThrow().text());
      assertEquals(visit, store.event(visit.id()).orElseThrow());
      assertEquals("sample/makhmour", visit.articleKey());
      assertTrue(store.article(visit.articleId()).orElseThrow().article().body().contains("مخمور"));
    }
  }

  @Test
  void placesWithoutAGeonamesIdKeepTheirOwnNames() {
    try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
      var doc = Fixtures.makhmurReport(Fixtures.MAKHMUR_BODY);
      var gaza = new org.marsad.core.model.Place("غزة", 0, 0, "Gaza Strip", "قطاع غزة", 0, "PS", "Gaza Strip", "",
          31.5, 34.47, org.marsad.core.model.Feature.ADMIN1, 3);
      var nineveh = new org.marsad.core.model.Place("البصرة", 0, 0, "Basra Governorate", "محافظة البصرة", 0, "IQ",
          "Basra", "", 30.5, 47.8, org.marsad.core.model.Feature.ADMIN1, 3);
      var events = new java.util.ArrayList<>(doc.events());
      Event first = events.get(0);
      events.set(0, new Event(first.id(), first.type(), first.mode(), first.context(), first.status(), first.date(),
          first.datePrecision(), first.actor(), first.recipient(), Optional.of(gaza), first.size(), first.acled(),
          first.evidence(), first.confidence()));
      Event last = events.get(2);
      events.set(2, new Event(last.id(), last.type(), last.mode(), last.context(), last.status(), last.date(),
          last.datePrecision(), last.actor(), last.recipient(), Optional.of(nineveh), last.size(), last.acled(),
          last.evidence(), last.confidence()));
      store.ingest(doc.withEvents(events));
      var iraq = store.events(EventFilter.ALL.withCountry("IQ"), PageRequest.first(10)).events();
      assertTrue(iraq.stream().allMatch(e -> e.event().location().orElseThrow().country().equals("IQ")));
      assertTrue(iraq.stream().anyMatch(e -> e.event().location().orElseThrow().name().equals("Basra Governorate")));
      var palestine = store.events(EventFilter.ALL.withCountry("PS"), PageRequest.first(10)).events();
      assertEquals("Gaza Strip", palestine.get(0).event().location().orElseThrow().name());
      assertEquals(0, palestine.get(0).event().location().orElseThrow().geonamesId());
    }
  }

  @Test
  void filtersCombineTypeCountryAdmin1DatesBboxActorAndText() {
    try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
      store.ingest(Fixtures.makhmurReport(Fixtures.MAKHMUR_BODY));
      assertEquals(1, count(store, EventFilter.ALL.withTypes(Set.of(Event.PloverType.ASSAULT))));
      assertEquals(3, count(store, EventFilter.ALL.withCountry("IQ")));
      assertEquals(0, count(store, EventFilter.ALL.withCountry("SY")));
      assertEquals(2, count(store, params("admin1", "Erbil")));
      assertEquals(1, count(store, params("to", "2021-10-26")));
      assertEquals(1, count(store, params("bbox", "47,30,48,31")));
      assertEquals(1, count(store, params("actor", "مجهول")));
      // text search is normalised and stemmed: "بصره" finds "البصرة", "اجتماع" does not find "اجتمع"
      assertEquals(1, count(store, EventFilter.ALL.withQuery("بصره")));
      assertEquals(2, count(store, EventFilter.ALL.withQuery("الكاظمي")));
      // the confidence floor: every event at 0 and at the surest one's value, none just above it
      var all = store.events(EventFilter.ALL, PageRequest.first(100)).events();
      double top = all.stream().mapToDouble(e -> e.event().confidence()).max().orElseThrow();
      assertEquals(all.size(), count(store, params("min_confidence", "0")));
      assertEquals(all.stream().filter(e -> e.event().confidence() >= top).count(),
          count(store, params("min_confidence", Double.toString(top))));
      assertEquals(0, count(store, params("min_confidence", Double.toString(top + 0.001))));
    }
  }

  @Test
  void cursorPagesVisitEveryEventOnceNewestFirst() {
    try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
      for (int i = 0; i < 40; i++) {
        store.ingest(Fixtures.synthetic(i, 3));
      }
      Set<String> seen = new HashSet<>();
      String lastDay = "9999";
      PageRequest page = PageRequest.first(7);
      int pages = 0;
      while (true) {
        EventPage p = store.events(EventFilter.ALL, page);
        for (StoredEvent e : p.events()) {
          assertTrue(seen.add(e.id()), "seen twice: " + e.id());
          String day = e.event().date().orElseThrow().toString();
          assertTrue(day.compareTo(lastDay) <= 0, "newest first");
          lastDay = day;
        }
        pages++;
        if (p.next().isEmpty()) {
          break;
        }
        page = new PageRequest(Optional.of(PageRequest.Cursor.parse(p.next().get().token())), 7);
      }
      assertEquals(120, seen.size());
      assertEquals(18, pages);
    }
  }

  @Test
  void statsCountByDayTypeAndAdmin1ForTheFilter() {
    try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
      store.ingest(Fixtures.makhmurReport(Fixtures.MAKHMUR_BODY));
      Stats all = store.stats(EventFilter.ALL);
      assertEquals(3, all.total());
      assertEquals(List.of(new Stats.Count("2021-10-26", 1), new Stats.Count("2021-10-27", 2)), all.byDay());
      assertEquals(List.of(new Stats.Count("CONSULT", 2), new Stats.Count("ASSAULT", 1)), all.byType());
      assertEquals(List.of(new Stats.Count("Erbil", 2), new Stats.Count("Basra", 1)), all.byAdmin1());
      assertEquals(1, store.stats(params("admin1", "Basra")).total());
    }
  }

  @Test
  void articleSearchRanksAndHighlightsNormalisedMatches() {
    try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
      store.ingest(Fixtures.makhmurReport(Fixtures.MAKHMUR_BODY));
      List<ArticleHit> hits = store.searchArticles("عبوه ناسفه", 10);
      assertEquals(1, hits.size());
      assertTrue(hits.get(0).snippet().contains("[[عبوة]] [[ناسفة]]"), hits.get(0).snippet());
      assertTrue(store.searchArticles("طائرة", 10).isEmpty());
      assertTrue(store.searchArticles("\" OR * NEAR(", 10).isEmpty(), "FTS syntax in a query is not interpreted");
    }
  }

  @Test
  void readersSeeWholeBatchesWhileAnIngestRuns() throws Exception {
    try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
      Thread writer = new Thread(() -> {
        for (int i = 0; i < 150; i++) {
          store.ingest(List.of(Fixtures.synthetic(i, 3), Fixtures.synthetic(1000 + i, 3)));
        }
      });
      writer.start();
      int reads = 0;
      while (writer.isAlive() || reads == 0) {
        StoreCounts c = store.counts();
        assertEquals(3 * c.articles(), c.events(), "a snapshot holds whole articles only");
        assertEquals(0, c.articles() % 2, "a snapshot holds whole batches only");
        reads++;
      }
      writer.join();
      assertEquals(new StoreCounts(300, 900, 1), store.counts());
      assertTrue(reads > 1, "read while writing: " + reads);
    }
  }

  @Test
  void aReopenedStoreKeepsItsRows() {
    Path file = dir.resolve("s.db");
    try (EventStore store = EventStore.open(file)) {
      store.ingest(Fixtures.makhmurReport(Fixtures.MAKHMUR_BODY));
    }
    try (EventStore store = EventStore.open(file)) {
      assertEquals(new StoreCounts(1, 3, 3), store.counts());
    }
  }

  @Test
  void textPagesComeNewestFirstAndFollowTheCursorLikeEveryOtherList() {
    try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
      for (int i = 0; i < 40; i++) {
        store.ingest(Fixtures.synthetic(i, 3));
      }
      // every synthetic event says "اشتبكت قوات الأمن مع مسلحين في مخمور": the text matches them all
      EventFilter january = FilterParams.filter(n -> switch (n) {
        case "from" -> Optional.of("2021-01-05");
        case "to" -> Optional.of("2021-01-30");
        default -> Optional.empty();
      });
      for (EventFilter f : List.of(EventFilter.ALL, january, january.withTypes(Set.of(Event.PloverType.ASSAULT)))) {
        assertEquals(ids(store, f, 7), ids(store, f.withQuery("مسلحين"), 7), "the same events in the same order: " + f);
      }
      assertEquals(26 * 3, ids(store, january.withQuery("مسلحين"), 200).size(), "the dates bound the text pages too");
    }
  }

  @Test
  void cachedStatsFollowEveryWriteEvenFromAnotherConnection() {
    Path file = dir.resolve("s.db");
    try (EventStore server = EventStore.open(file)) {
      server.ingest(Fixtures.synthetic(1, 2));
      assertEquals(2, server.stats(EventFilter.ALL).total());
      assertEquals(2, server.stats(EventFilter.ALL.withQuery("مسلحين")).total());
      try (EventStore ingest = EventStore.open(file)) {
        ingest.ingest(Fixtures.synthetic(2, 3));
      }
      assertEquals(5, server.stats(EventFilter.ALL).total());
      Stats text = server.stats(EventFilter.ALL.withQuery("مسلحين"));
      assertEquals(5, text.total());
      assertEquals(5, text.byDay().stream().mapToLong(Stats.Count::count).sum());
      assertEquals(List.of(new Stats.Count("Erbil", 5)), text.byAdmin1());
      assertEquals(0, server.stats(EventFilter.ALL.withQuery("البصرة")).total());
    }
  }

  private static List<String> ids(EventStore store, EventFilter f, int pageSize) {
    List<String> out = new ArrayList<>();
    PageRequest page = PageRequest.first(pageSize);
    while (true) {
      EventPage p = store.events(f, page);
      p.events().forEach(e -> out.add(e.id()));
      if (p.next().isEmpty()) {
        return out;
      }
      page = new PageRequest(Optional.of(PageRequest.Cursor.parse(p.next().get().token())), pageSize);
    }
  }

  @Test
  void aCommonTermWithAFilterThatOnlyOldMatchesPassStillFindsThem() {
    try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
      List<AnalyzedDocument> batch = new ArrayList<>();
      for (int i = 0; i < EventStore.TEXT_SCAN_MAX / 3 + 100; i++) {
        batch.add(Fixtures.synthetic(i, 3));
      }
      store.ingest(batch);
      String sentence = "اشتبكت قوات الأمن مع مسلحين في البصرة";
      var a = new Article("basra-old", "", "synthetic", "تقرير قديم",
          Optional.of(LocalDate.of(2020, 6, 1)), sentence);
      var old = Fixtures.event(a.analysedText(), sentence, "اشتبكت", Event.PloverType.ASSAULT, Fixtures.BASRA,
          LocalDate.of(2020, 6, 1), "حرس الحدود");
      store.ingest(AnalyzedDocument.of(a).withEvents(List.of(old)));
      // more than TEXT_SCAN_MAX newer matches lie before the old one
      assertEquals(List.of(old.evidence().sentence()), store.events(params("admin1", "Basra").withQuery("مسلحين"),
          PageRequest.first(10)).events().stream().map(e -> e.event().evidence().sentence()).toList());
      assertEquals(1, count(store, params("actor", "حرس الحدود").withQuery("مسلحين")), "a filter without an index");
      assertEquals(1, store.mapPoints(params("admin1", "Basra").withQuery("مسلحين"), 10).size());
    }
  }

  private static EventFilter params(String name, String value) {
    return FilterParams.filter(n -> n.equals(name) ? Optional.of(value) : Optional.empty());
  }

  private static int count(EventStore store, EventFilter f) {
    return store.events(f, PageRequest.first(PageRequest.MAX_LIMIT)).events().size();
  }
}
