package org.marsad.cli;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Progress of a long run on standard error: a redrawn bar with articles/s and ETA on a terminal,
 * plain lines every {@value #LINE_EVERY_SECONDS} seconds otherwise (logs, pipes, CI).
 */
final class Progress {

  static final int LINE_EVERY_SECONDS = 5;
  static final int BAR_WIDTH = 30;
  /** A terminal is redrawn at most this often. */
  static final long REDRAW_MILLIS = 200;

  private final PrintStream err;
  private final boolean terminal;
  private final long total;
  private final long startNanos = System.nanoTime();
  private long lastShown;

  Progress(PrintStream err, boolean terminal, long total) {
    this.err = err;
    this.terminal = terminal;
    this.total = total;
    this.lastShown = startNanos;
  }

  void update(long done) {
    long now = System.nanoTime();
    long sinceMillis = (now - lastShown) / 1_000_000;
    if (sinceMillis < (terminal ? REDRAW_MILLIS : LINE_EVERY_SECONDS * 1000L)) {
      return;
    }
    lastShown = now;
    show(done, false);
  }

  /** Draws the bar a last time on a terminal; elsewhere the caller's summary line says it all. */
  void finish(long done) {
    if (terminal) {
      show(done, true);
    }
  }

  private void show(long done, boolean last) {
    double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
    double rate = done / seconds;
    String eta = rate > 0 && total > done ? format(Duration.ofSeconds((long) ((total - done) / rate))) : "0:00";
    String counts = String.format("%d/%d articles, %.0f articles/s, ETA %s", done, total, rate, eta);
    if (terminal) {
      int filled = total == 0 ? BAR_WIDTH : (int) (BAR_WIDTH * Math.min(1.0, (double) done / total));
      err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + counts + "   ");
      if (last) {
        err.println();
      }
    } else {
      err.println("marsad: ingest: " + counts);
    }
    err.flush();
  }

  private static String format(Duration d) {
    long s = d.getSeconds();
    return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
  }
}
