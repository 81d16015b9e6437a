package org.marsad.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;

/**
 * Feeds articles into a store: the feeding thread hands each article to a pool of analysis workers,
 * and one writer thread takes the results in the order they were fed and commits them in batches.
 *
 * <p>Rules:
 * <ul>
 *   <li>An article whose exact content is stored already is skipped before analysis (so a re-run
 *       after a crash resumes cheaply).
 *   <li>Analysis, and everything else that needs no store (key, hash, search terms), runs on
 *       {@code threads} workers; the writer only writes.
 *   <li>Articles are written in the order they were fed, {@code batchSize} per transaction (the last
 *       batch of a flush may be smaller); an article whose analysis fails is left out and named.
 *   <li>Memory is bounded: at most {@value #QUEUED_PER_THREAD} articles per worker, or two batches
 *       if more, are between the feeder and the writer; {@link #accept} waits when they are.
 *   <li>A failure of the store stops the writer; the next {@link #accept}, {@link #flush} or
 *       {@link #close} throws it.
 * </ul>
 * One feeding thread; {@link #done()} and the counts may be read from any thread.
 */
public final class Ingester implements AutoCloseable {

  /** Articles per transaction when none is given. */
  public static final int DEFAULT_BATCH = 100;
  /** The writer thread's name (benchmarks read its CPU time). */
  public static final String WRITER_THREAD = "marsad-writer";
  /** Articles in flight per analysis worker. */
  static final int QUEUED_PER_THREAD = 64;
  private static final long POLL_MILLIS = 100;

  /** What the writer takes from its queue: an analysed article, a failure, or a request to commit. */
  private sealed interface Item permits Analysed, Flush, Stop {}

  private record Analysed(CompletableFuture<Object> result) implements Item {}

  private record Flush(CompletableFuture<Void> committed) implements Item {}

  private record Stop() implements Item {}

  private final EventStore store;
  private final Function<Article, AnalyzedDocument> analyze;
  private final int batchSize;
  private final ExecutorService workers;
  private final BlockingQueue<Item> queue;
  private final Thread writerThread;
  private final AtomicLongArray outcomes = new AtomicLongArray(IngestOutcome.values().length);
  private final AtomicLong events = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
  private final AtomicReference<RuntimeException> writerFailure = new AtomicReference<>();
  private boolean closed;

  /** With one analysis worker per available processor. */
  public Ingester(EventStore store, Function<Article, AnalyzedDocument> analyze, int batchSize) {
    this(store, analyze, batchSize, Runtime.getRuntime().availableProcessors());
  }

  /** @param analyze must be safe to call from several threads at once (the pipeline is) */
  public Ingester(EventStore store, Function<Article, AnalyzedDocument> analyze, int batchSize, int threads) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("analysis threads must be at least 1, got " + threads);
    }
    this.store = store;
    this.analyze = analyze;
    this.batchSize = batchSize;
    this.workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "marsad-analysis");
      t.setDaemon(true);
      return t;
    });
    this.queue = new ArrayBlockingQueue<>(Math.max(QUEUED_PER_THREAD * threads, 2 * batchSize));
    this.writerThread = new Thread(this::writeLoop, WRITER_THREAD);
    writerThread.setDaemon(true);
    writerThread.start();
  }

  /** Queues one article for analysis and writing; waits while the queue is full. */
  public void accept(Article article) {
    rethrowWriterFailure();
    if (store.isStored(article)) {
      outcomes.incrementAndGet(IngestOutcome.UNCHANGED.ordinal());
      return;
    }
    CompletableFuture<Object> result = CompletableFuture.supplyAsync(() -> analyseAndPrepare(article), workers);
    put(new Analysed(result));
  }

  /** Analyses and writes everything queued, and waits until it is committed. */
  public void flush() {
    rethrowWriterFailure();
    Flush f = new Flush(new CompletableFuture<>());
    put(f);
    while (true) {
      try {
        f.committed().get(POLL_MILLIS, TimeUnit.MILLISECONDS);
        return;
      } catch (java.util.concurrent.TimeoutException e) {
        rethrowWriterFailure();
      } catch (java.util.concurrent.ExecutionException e) {
        rethrowWriterFailure();
        throw new StoreException("flush failed: " + e.getCause(), e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException("interrupted while waiting for the writer");
      }
    }
  }

  private void put(Item item) {
    try {
      while (!queue.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        rethrowWriterFailure();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while queueing an article");
    }
  }

  private void rethrowWriterFailure() {
    RuntimeException e = writerFailure.get();
    if (e != null) {
      throw e;
    }
  }

  /** The prepared document, or a one-line failure naming the article. */
  private Object analyseAndPrepare(Article a) {
    try {
      return EventStore.prepare(analyze.apply(a));
    } catch (RuntimeException e) {
      return EventStore.keyOf(a) + ": analysis failed: " + e;
    }
  }

  private void writeLoop() {
    List<EventStore.Prepared> batch = new ArrayList<>(batchSize);
    try {
      while (true) {
        Item item = queue.take();
        if (item instanceof Stop) {
          write(batch);
          return;
        }
        if (item instanceof Flush f) {
          write(batch);
          f.committed().complete(null);
          continue;
        }
        Object r = ((Analysed) item).result().join();
        if (r instanceof EventStore.Prepared p) {
          batch.add(p);
          events.addAndGet(p.doc().events().size());
        } else {
          failed.incrementAndGet();
          failures.add((String) r);
        }
        if (batch.size() >= batchSize) {
          write(batch);
        }
      }
    } catch (InterruptedException e) {
      writerFailure.compareAndSet(null, new StoreException("the writer was interrupted"));
    } catch (RuntimeException e) {
      writerFailure.compareAndSet(null, e);
      // wake a feeder waiting on a flush: it sees the failure
      for (Item left : queue) {
        if (left instanceof Flush f) {
          f.committed().completeExceptionally(e);
        }
      }
    }
  }

  private void write(List<EventStore.Prepared> batch) {
    if (batch.isEmpty()) {
      return;
    }
    for (IngestOutcome o : store.ingestPrepared(batch)) {
      outcomes.incrementAndGet(o.ordinal());
    }
    batch.clear();
  }

  /** Articles seen so far, stored or skipped (not counting those still queued). */
  public long done() {
    long n = failed.get();
    for (int i = 0; i < outcomes.length(); i++) {
      n += outcomes.get(i);
    }
    return n;
  }

  public long count(IngestOutcome outcome) {
    return outcomes.get(outcome.ordinal());
  }

  /** Events in the articles analysed so far. */
  public long events() {
    return events.get();
  }

  public long failed() {
    return failed.get();
  }

  /** One line per article whose analysis failed, naming it; each line is given once. */
  public List<String> drainFailures() {
    List<String> out = new ArrayList<>();
    for (String s = failures.poll(); s != null; s = failures.poll()) {
      out.add(s);
    }
    return out;
  }

  /** The store failure that stopped the writer, if any. */
  public Optional<RuntimeException> failure() {
    return Optional.ofNullable(writerFailure.get());
  }

  /** Flushes, then stops the writer and the workers. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      flush();
    } finally {
      if (writerFailure.get() == null) {
        put(new Stop());
      } else {
        writerThread.interrupt();
      }
      try {
        writerThread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      workers.shutdownNow();
    }
  }
}
