package org.marsad.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Progress of a long run on standard error: a redrawn bar with articles/s and ETA on a terminal,
 * plain lines every {@value #LINE_EVERY_SECONDS} seconds otherwise (logs, pipes, CI). The total is
 * an estimate ({@link InputEstimate}): when it is unknown or already passed, the count and the
 * rate are shown without a bar's end or an ETA.
 */
final class Progress {

  static final int LINE_EVERY_SECONDS = 5;
  static final int BAR_WIDTH = 30;
  /** A terminal is redrawn at most this often. */
  static final long REDRAW_MILLIS = 200;

  private final PrintStream err;
  private final boolean terminal;
  private final OptionalLong total;
  private final long startNanos = System.nanoTime();
  private long lastShown;

  Progress(PrintStream err, boolean terminal, OptionalLong total) {
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
    boolean known = total.isPresent() && (total.getAsLong() >= done || last);
    String counts;
    if (known) {
      long t = Math.max(done, total.getAsLong());
      String eta = rate > 0 && t > done ? format(Duration.ofSeconds((long) ((t - done) / rate))) : "0:00";
      counts = String.format("%d/%d articles, %.0f articles/s, ETA %s", done, t, rate, eta);
    } else {
      counts = String.format("%d articles, %.0f articles/s", done, rate);
    }
    if (terminal) {
      long t = known ? Math.max(done, total.getAsLong()) : 0;
      int filled = !known ? (last ? BAR_WIDTH : 0) : t == 0 ? BAR_WIDTH : (int) (BAR_WIDTH * Math.min(1.0, (double) done / t));
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
