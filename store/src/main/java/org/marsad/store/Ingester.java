package org.marsad.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;

/**
 * Feeds articles into a store in batches: an article whose exact content is stored already is
 * skipped before analysis (so a re-run after a crash resumes cheaply), the others are analysed in
 * parallel and written one batch per transaction. Not thread-safe: one feeding thread.
 */
public final class Ingester implements AutoCloseable {

  /** Articles per transaction when none is given. */
  public static final int DEFAULT_BATCH = 100;

  private final EventStore store;
  private final Function<Article, AnalyzedDocument> analyze;
  private final int batchSize;
  private final List<Article> pending = new ArrayList<>();
  private final Map<IngestOutcome, Long> outcomes = new EnumMap<>(IngestOutcome.class);
  private long events;
  private long failed;
  private final List<String> failures = new ArrayList<>();

  /** @param analyze must be safe to call from several threads at once (the pipeline is) */
  public Ingester(EventStore store, Function<Article, AnalyzedDocument> analyze, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    this.store = store;
    this.analyze = analyze;
    this.batchSize = batchSize;
    for (IngestOutcome o : IngestOutcome.values()) {
      outcomes.put(o, 0L);
    }
  }

  /** Queues one article; writes a batch when one is full. */
  public void accept(Article article) {
    if (store.isStored(article)) {
      outcomes.merge(IngestOutcome.UNCHANGED, 1L, Long::sum);
      return;
    }
    pending.add(article);
    if (pending.size() >= batchSize) {
      flush();
    }
  }

  /** Analyses and writes the queued articles now. */
  public void flush() {
    if (pending.isEmpty()) {
      return;
    }
    List<Article> batch = List.copyOf(pending);
    pending.clear();
    List<AnalyzedDocument> docs = new ArrayList<>(batch.size());
    List<Object> analysed = batch.parallelStream().map(a -> {
      try {
        return (Object) analyze.apply(a);
      } catch (RuntimeException e) {
        return (Object) (EventStore.keyOf(a) + ": analysis failed: " + e);
      }
    }).toList();
    for (Object o : analysed) {
      if (o instanceof AnalyzedDocument d) {
        docs.add(d);
        events += d.events().size();
      } else {
        failed++;
        failures.add((String) o);
      }
    }
    List<IngestOutcome> result = store.ingest(docs);
    for (IngestOutcome o : result) {
      outcomes.merge(o, 1L, Long::sum);
    }
  }

  /** Articles seen so far, stored or skipped (not counting those still queued). */
  public long done() {
    return outcomes.values().stream().mapToLong(Long::longValue).sum() + failed;
  }

  public long count(IngestOutcome outcome) {
    return outcomes.get(outcome);
  }

  /** Events in the articles written so far. */
  public long events() {
    return events;
  }

  public long failed() {
    return failed;
  }

  /** One line per article whose analysis failed, naming it; cleared by each call. */
  public List<String> drainFailures() {
    List<String> out = List.copyOf(failures);
    failures.clear();
    return out;
  }

  @Override
  public void close() {
    flush();
  }
}
