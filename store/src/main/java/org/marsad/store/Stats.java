package org.marsad.store;

import java.util.List;

/** Counts of the events a filter covers: in all, by day (ascending), by type and by admin1 (descending). */
public record Stats(long total, List<Count> byDay, List<Count> byType, List<Count> byAdmin1) {

  public Stats {
    byDay = List.copyOf(byDay);
    byType = List.copyOf(byType);
    byAdmin1 = List.copyOf(byAdmin1);
  }

  /** A key (a day, a type, an admin1 name) and how many events have it. */
  public record Count(String key, long count) {}
}
