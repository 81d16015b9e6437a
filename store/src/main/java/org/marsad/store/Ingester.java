package org.marsad.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;

/**
 * Feeds articles into a store in batches: an article whose exact content is stored already is
 * skipped before analysis (so a re-run after a crash resumes cheaply), the others are analysed in
 * parallel and written one batch per transaction. While one batch is written, the next is being
 * analysed. Batches are written in the order they were fed. Not thread-safe: one feeding thread.
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
  /** The analysis of the batch handed over last, not written yet. */
  private CompletableFuture<List<Object>> inFlight;

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

  /** Queues one article; hands a batch over to analysis when one is full. */
  public void accept(Article article) {
    if (store.isStored(article)) {
      outcomes.merge(IngestOutcome.UNCHANGED, 1L, Long::sum);
      return;
    }
    pending.add(article);
    if (pending.size() >= batchSize) {
      handOver();
    }
  }

  /** Analyses and writes everything queued, and waits until it is committed. */
  public void flush() {
    if (!pending.isEmpty()) {
      handOver();
    }
    if (inFlight != null) {
      write(inFlight.join());
      inFlight = null;
    }
  }

  private void handOver() {
    List<Article> batch = List.copyOf(pending);
    pending.clear();
    CompletableFuture<List<Object>> next = CompletableFuture.supplyAsync(() -> analyse(batch));
    if (inFlight != null) {
      write(inFlight.join());
    }
    inFlight = next;
  }

  /** Each article's document, or a one-line failure naming it. */
  private List<Object> analyse(List<Article> batch) {
    return batch.parallelStream().map(a -> {
      try {
        return (Object) analyze.apply(a);
      } catch (RuntimeException e) {
        return (Object) (EventStore.keyOf(a) + ": analysis failed: " + e);
      }
    }).toList();
  }

  private void write(List<Object> analysed) {
    List<AnalyzedDocument> docs = new ArrayList<>(analysed.size());
    for (Object o : analysed) {
      if (o instanceof AnalyzedDocument d) {
        docs.add(d);
        events += d.events().size();
      } else {
        failed++;
        failures.add((String) o);
      }
    }
    for (IngestOutcome o : store.ingest(docs)) {
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
