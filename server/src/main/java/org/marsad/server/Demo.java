package org.marsad.server;

import java.util.function.Function;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.store.EventStore;
import org.marsad.store.Ingester;

/** Builds the demo store: the bundled {@link Samples}, analysed and ingested. */
public final class Demo {

  private Demo() {}

  /** Ingests every sample into {@code store}; returns how many events they gave. */
  public static long ingestSamples(EventStore store, Function<Article, AnalyzedDocument> analyze) {
    try (Ingester in = new Ingester(store, analyze, Ingester.DEFAULT_BATCH)) {
      Samples.articles().forEach(in::accept);
      in.flush();
      return in.events();
    }
  }
}
