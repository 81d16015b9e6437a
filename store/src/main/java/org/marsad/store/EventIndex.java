package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The full-text index of events ({@code events_fts}), keyed so that it reads newest first.
 *
 * <p>Rules:
 * <ul>
 *   <li>An event's row in {@code events_fts} has the rowid {@link #key}{@code (day, id)}: the day
 *       in the bits above {@value #ID_BITS}, the event's id below. Ordering by this rowid is
 *       ordering by {@code (day, id)}, the order of every event list, so a text query walks the
 *       index newest first and stops after one page, however many events match (FTS5 reads its
 *       matches in rowid order, either direction, and takes rowid bounds).
 *   <li>An event without a day has day number 0 (it sorts last, as {@code ''} does); a day is
 *       counted from {@value #DAY_OFFSET} days before 1970-01-01, clamped to the bits available.
 *   <li>The indexed text is the evidence sentence, the actor's and recipient's text and name, and
 *       the place's Arabic name, name and first-level division ({@link #text}); absent parts are
 *       left out.
 * </ul>
 */
final class EventIndex {

  /** Bits of a rowid holding the event's id. */
  static final int ID_BITS = 40;
  static final long ID_MASK = (1L << ID_BITS) - 1;
  /** Days before 1970-01-01 that day number 1 stands for. */
  static final long DAY_OFFSET = 1_000_000;
  /** Largest day number that keeps the rowid positive. */
  static final long MAX_DAY_NUMBER = (1L << (63 - ID_BITS)) - 1;
  /** Events read per statement while the index is rebuilt. */
  static final int REBUILD_CHUNK = 10_000;

  private EventIndex() {}

  /** The {@code events_fts} rowid of event {@code id} on {@code day} ({@code yyyy-mm-dd} or empty). */
  static long key(String day, long id) {
    if (id < 0 || id > ID_MASK) {
      throw new IllegalArgumentException("event id out of the index's range: " + id);
    }
    return (dayNumber(day) << ID_BITS) | id;
  }

  /** The lowest rowid of any event on {@code day} or later. */
  static long firstKeyOf(LocalDate day) {
    return key(day.toString(), 0);
  }

  static long dayNumber(String day) {
    if (day == null || day.isEmpty()) {
      return 0;
    }
    long n;
    try {
      n = LocalDate.parse(day).toEpochDay() + DAY_OFFSET;
    } catch (DateTimeParseException e) {
      return 0;
    }
    return Math.max(1, Math.min(MAX_DAY_NUMBER, n));
  }

  /** The event's id in a rowid of the index. */
  static long eventId(long key) {
    return key & ID_MASK;
  }

  /** The text indexed for an event; null parts are left out. */
  static String text(String sentence, String... parts) {
    StringBuilder b = new StringBuilder(sentence);
    for (String p : parts) {
      if (p != null && !p.isEmpty()) {
        b.append(' ').append(p);
      }
    }
    return b.toString();
  }

  /**
   * Fills an empty {@code events_fts} from the events in the store (a migration step: the index is
   * contentless, so its terms are computed again from each event's evidence, actor and place).
   */
  static void rebuild(Connection c) throws SQLException {
    long after = 0;
    try (PreparedStatement read = c.prepareStatement("""
        SELECT e.id, e.day, v.sentence, e.actor_text, e.actor_name, e.recipient_text, e.recipient_name,
          e.place_name_ar, e.place_name, CASE WHEN e.place_text IS NULL THEN NULL ELSE e.admin1 END
        FROM events e JOIN evidence v ON v.event_id = e.id WHERE e.id > ? ORDER BY e.id LIMIT ?""");
        PreparedStatement insert = c.prepareStatement("INSERT INTO events_fts (rowid, terms) VALUES (?, ?)")) {
      while (true) {
        read.setLong(1, after);
        read.setInt(2, REBUILD_CHUNK);
        int rows = 0;
        try (ResultSet rs = read.executeQuery()) {
          while (rs.next()) {
            rows++;
            after = rs.getLong(1);
            insert.setLong(1, key(rs.getString(2), after));
            insert.setString(2, SearchText.terms(text(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10))));
            insert.addBatch();
          }
        }
        insert.executeBatch();
        if (rows < REBUILD_CHUNK) {
          break;
        }
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("INSERT INTO events_fts (events_fts) VALUES ('optimize')");
    }
  }
}
