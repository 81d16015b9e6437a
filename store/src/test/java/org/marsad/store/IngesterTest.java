package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;

class IngesterTest {

  @TempDir
  Path dir;

  /** Analysis as the fixtures give it, taking a random few milliseconds so workers finish out of order. */
  private static AnalyzedDocument slowly(Article a) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(4));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    int n = Integer.parseInt(a.id().substring(1));
    AnalyzedDocument doc = Fixtures.synthetic(n, 2);
    return AnalyzedDocument.of(a).withEvents(doc.events());
  }

  @Test
  void articlesAnalysedOnSeveralThreadsAreAllStoredInWholeBatches() {
    try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
      try (Ingester in = new Ingester(store, IngesterTest::slowly, 7, 3)) {
        for (int i = 0; i < 50; i++) {
          in.accept(Fixtures.synthetic(i, 2).article());
        }
        in.flush();
        assertEquals(50, in.count(IngestOutcome.ADDED));
        assertEquals(100, in.events());
      }
      assertEquals(new StoreCounts(50, 100, 1), store.counts());
    }
  }

  @Test
  void theSameArticleFedTwiceWithNewTextEndsWithTheLaterText() {
    try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
      Article first = Fixtures.synthetic(3, 2).article();
      Article later = new Article(first.id(), first.url(), first.source(), first.title(), first.published(),
          first.body() + " وأكد شهود تجدد الاشتباكات.");
      try (Ingester in = new Ingester(store, IngesterTest::slowly, 1, 4)) {
        in.accept(first);
        for (int i = 10; i < 30; i++) {
          in.accept(Fixtures.synthetic(i, 1).article());
        }
        in.accept(later);
        in.flush();
        assertEquals(1, in.count(IngestOutcome.UPDATED));
      }
      assertEquals(1, store.searchArticles("الاشتباكات", 5).size(), "the later text is the one indexed");
      assertEquals(21, store.counts().articles());
    }
  }

  @Test
  void storedArticlesAreNotAnalysedAgain() {
    AtomicInteger analysed = new AtomicInteger();
    Function<Article, AnalyzedDocument> counting = a -> {
      analysed.incrementAndGet();
      return slowly(a);
    };
    try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
      for (int round = 0; round < 2; round++) {
        try (Ingester in = new Ingester(store, counting, 5, 2)) {
          for (int i = 0; i < 12; i++) {
            in.accept(Fixtures.synthetic(i, 1).article());
          }
        }
      }
      assertEquals(12, analysed.get());
      assertEquals(12, store.counts().articles());
    }
  }

  @Test
  void aFailedAnalysisIsNamedAndTheOthersAreStored() {
    Function<Article, AnalyzedDocument> failingOnFive = a -> {
      if (a.id().equals("s5")) {
        throw new IllegalStateException("tagger crashed");
      }
      return slowly(a);
    };
    try (EventStore store = EventStore.open(dir.resolve("s.db"))) {
      try (Ingester in = new Ingester(store, failingOnFive, 4, 2)) {
        for (int i = 0; i < 10; i++) {
          in.accept(Fixtures.synthetic(i, 1).article());
        }
        in.flush();
        assertEquals(1, in.failed());
        List<String> failures = in.drainFailures();
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).startsWith("synthetic/s5: analysis failed") && failures.get(0).contains("tagger crashed"),
            failures.get(0));
        assertEquals(List.of(), in.drainFailures(), "each failure is given once");
      }
      assertEquals(9, store.counts().articles());
      assertEquals(Optional.empty(), store.article(99));
    }
  }
}
