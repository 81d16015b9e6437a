package org.marsad.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.marsad.core.model.Event;

/**
 * Reads an {@link EventFilter} and a {@link PageRequest} from text parameters, the same way for the
 * HTTP API and the {@code export} command. Every bad value raises a {@link BadParameterException}
 * naming the parameter.
 *
 * <p>Parameters: {@code from}, {@code to} (YYYY-MM-DD, inclusive); {@code type} and
 * {@code status} (comma-separated, case-insensitive); {@code country} (ISO alpha-2);
 * {@code admin1}; {@code actor}; {@code bbox} (minLon,minLat,maxLon,maxLat); {@code q};
 * {@code min_confidence} (0 … 1: events the pipeline scored at least this sure of);
 * {@code cursor}; {@code limit} (an integer, clamped to 1..{@value PageRequest#MAX_LIMIT}).
 */
public final class FilterParams {

  /** Longest text accepted in {@code q}, {@code actor} and {@code admin1}. */
  public static final int MAX_TEXT = 200;

  private FilterParams() {}

  /** @param param the value of a parameter by name, empty when absent or blank */
  public static EventFilter filter(Function<String, Optional<String>> param) {
    Optional<LocalDate> from = param.apply("from").map(v -> date("from", v));
    Optional<LocalDate> to = param.apply("to").map(v -> date("to", v));
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new BadParameterException("to", "is before from (" + to.get() + " < " + from.get() + ")");
    }
    Set<Event.PloverType> types = param.apply("type").map(v -> enums("type", v, Event.PloverType.class))
        .orElse(Set.of());
    Set<Event.Status> statuses = param.apply("status").map(v -> enums("status", v, Event.Status.class))
        .orElse(Set.of());
    Optional<String> country = param.apply("country").map(v -> {
      String c = v.strip().toUpperCase(Locale.ROOT);
      if (!c.matches("[A-Z]{2}")) {
        throw new BadParameterException("country", "expected a two-letter ISO code, got '" + v + "'");
      }
      return c;
    });
    Optional<String> admin1 = param.apply("admin1").map(v -> text("admin1", v));
    Optional<String> actor = param.apply("actor").map(v -> text("actor", v));
    Optional<EventFilter.BoundingBox> bbox = param.apply("bbox").map(FilterParams::bbox);
    Optional<String> q = param.apply("q").map(v -> text("q", v));
    Optional<Double> minConfidence = param.apply("min_confidence").map(FilterParams::confidence);
    return new EventFilter(from, to, types, statuses, country, admin1, actor, bbox, q, minConfidence);
  }

  public static PageRequest page(Function<String, Optional<String>> param) {
    Optional<PageRequest.Cursor> cursor = param.apply("cursor").map(PageRequest.Cursor::parse);
    int limit = param.apply("limit").map(v -> {
      try {
        return Integer.parseInt(v.strip());
      } catch (NumberFormatException e) {
        throw new BadParameterException("limit", "expected an integer, got '" + v + "'");
      }
    }).orElse(PageRequest.DEFAULT_LIMIT);
    return new PageRequest(cursor, limit);
  }

  private static LocalDate date(String name, String v) {
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new BadParameterException(name, "expected a date YYYY-MM-DD, got '" + v + "'");
    }
  }

  private static <E extends Enum<E>> Set<E> enums(String name, String v, Class<E> type) {
    Set<E> out = EnumSet.noneOf(type);
    for (String part : v.split(",")) {
      String p = part.strip().toUpperCase(Locale.ROOT);
      if (p.isEmpty()) {
        continue;
      }
      try {
        out.add(Enum.valueOf(type, p));
      } catch (IllegalArgumentException e) {
        throw new BadParameterException(name, "unknown value '" + part.strip() + "'");
      }
    }
    return out;
  }

  private static double confidence(String v) {
    double d;
    try {
      d = Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      throw new BadParameterException("min_confidence", "expected a number from 0 to 1, got '" + v + "'");
    }
    if (!(d >= 0 && d <= 1)) {
      throw new BadParameterException("min_confidence", "expected a number from 0 to 1, got '" + v + "'");
    }
    return d;
  }

  private static String text(String name, String v) {
    if (v.length() > MAX_TEXT) {
      throw new BadParameterException(name, "longer than " + MAX_TEXT + " characters");
    }
    return v.strip();
  }

  private static EventFilter.BoundingBox bbox(String v) {
    String[] parts = v.split(",");
    if (parts.length != 4) {
      throw new BadParameterException("bbox", "expected minLon,minLat,maxLon,maxLat, got '" + v + "'");
    }
    double[] d = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        d[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new BadParameterException("bbox", "not a number: '" + parts[i].strip() + "'");
      }
      if (!Double.isFinite(d[i])) {
        throw new BadParameterException("bbox", "not a finite number: '" + parts[i].strip() + "'");
      }
    }
    if (d[0] > d[2] || d[1] > d[3] || d[1] < -90 || d[3] > 90) {
      throw new BadParameterException("bbox", "not a west-south-east-north rectangle: '" + v + "'");
    }
    return new EventFilter.BoundingBox(d[0], d[1], d[2], d[3]);
  }
}
