package org.marsad.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * One page of events, newest first: at most {@code limit} events after {@code cursor}.
 *
 * @param limit already clamped to {@code [1, MAX_LIMIT]}
 */
public record PageRequest(Optional<Cursor> cursor, int limit) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  public PageRequest {
    limit = Math.max(1, Math.min(MAX_LIMIT, limit));
  }

  public static PageRequest first(int limit) {
    return new PageRequest(Optional.empty(), limit);
  }

  /**
   * Where the previous page ended: its last event's day and row. Opaque to clients: they get it as
   * a base64url token and send it back unchanged.
   */
  public record Cursor(String day, long row) {

    public String token() {
      return Base64.getUrlEncoder().withoutPadding().encodeToString((day + "|" + row).getBytes(StandardCharsets.UTF_8));
    }

    /** Parses a token made by {@link #token()}; anything else is a bad {@code cursor}. */
    public static Cursor parse(String token) {
      try {
        String s = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        int bar = s.lastIndexOf('|');
        if (bar < 0) {
          throw new IllegalArgumentException();
        }
        String day = s.substring(0, bar);
        if (!day.isEmpty() && !day.matches("\\d{4}-\\d{2}-\\d{2}")) {
          throw new IllegalArgumentException();
        }
        return new Cursor(day, Long.parseLong(s.substring(bar + 1)));
      } catch (IllegalArgumentException e) {
        throw new BadParameterException("cursor", "not a cursor from a previous page: " + token);
      }
    }
  }
}
