package org.marsad.io;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Publication dates as news sources write them, reduced to the calendar date the publisher
 * stated.
 *
 * <p>Accepted forms:
 * <ul>
 *   <li>ISO date: {@code 2021-10-27};
 *   <li>ISO date-time with or without offset, with {@code T} or a space, fractions optional:
 *       {@code 2021-10-27T10:00:00Z}, {@code 2021-10-27T10:00:00+03:00}, {@code 2021-10-27T10:00:00+0300},
 *       SaudiNewsNet's {@code 2015-07-21 02:51:32};
 *   <li>RFC 1123 / RSS: {@code Wed, 27 Oct 2021 10:00:00 GMT}, {@code 27 Oct 2021 10:00:00 +0300}
 *       ({@code UT}, {@code UTC} and {@code Z} read as GMT).
 * </ul>
 * A date-time keeps its own offset's date: {@code 2021-10-27T23:30:00+03:00} is the 27th, as the
 * publisher printed it.
 */
final class Dates {

  private static final Pattern SPACE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2})");
  private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");
  private static final Pattern UTC_NAMES = Pattern.compile(" (UTC|UT|Z)$");

  private static final List<Function<String, LocalDate>> ISO_PARSERS = List.of(
      s -> LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE),
      s -> OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toLocalDate(),
      s -> ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME).toLocalDate(),
      s -> LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toLocalDate());

  private Dates() {}

  /** The calendar date of {@code text}, or empty when it is in none of the accepted forms. */
  static Optional<LocalDate> parse(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (Character.isDigit(s.charAt(0)) && s.length() >= 10 && s.charAt(4) == '-') {
      String iso = SPACE_TIME.matcher(s).replaceFirst("$1T$2");
      iso = COMPACT_OFFSET.matcher(iso).replaceFirst("$1:$2");
      for (Function<String, LocalDate> parser : ISO_PARSERS) {
        try {
          return Optional.of(parser.apply(iso));
        } catch (DateTimeParseException e) {
          // try the next form
        }
      }
      return Optional.empty();
    }
    try {
      String rfc = UTC_NAMES.matcher(s).replaceFirst(" GMT");
      return Optional.of(ZonedDateTime.parse(rfc, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The message for a date that {@link #parse} rejected. */
  static String malformed(String field, String value) {
    return "malformed date '" + value + "' in '" + field
        + "' (expected an ISO date or date-time such as 2021-10-27 or 2021-10-27T10:00:00Z)";
  }
}
