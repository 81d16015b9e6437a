package org.marsad.io.export;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import org.marsad.core.model.Article;
import org.marsad.core.model.Event;
import org.marsad.core.model.Place;

/**
 * Writes events as CSV with ACLED's columns, named and ordered exactly as in ACLED's codebook, so
 * analysts can load marsad's events next to ACLED's. The header is written at construction; each
 * {@link #write} adds one row; nothing is buffered beyond the {@link Writer}.
 *
 * <p>Mapping rules:
 * <ul>
 *   <li>only events that map to an ACLED {@code event_type} are written ({@link #write} returns
 *       false for the others: ACLED has no row for a CONSULT);
 *   <li>{@code event_id_cnty}: the ISO alpha-3 country code of the location, a dash, the event id;
 *   <li>{@code event_date}: the event's date, else the article's date; {@code time_precision}: 1 for
 *       a day, 2 for a week, 3 for a month, or for a date taken from the article;
 *   <li>{@code disorder_type}: from the event type as in ACLED (see {@link #disorderType});
 *   <li>{@code actor1}/{@code actor2}: the actor's and the recipient's names (else their text);
 *       {@code inter1}, {@code inter2}, {@code interaction}, {@code assoc_actor_*}, {@code admin3},
 *       {@code source_scale} and {@code tags} are left empty: marsad does not code them;
 *   <li>{@code civilian_targeting}: "Civilian targeting" for violence against civilians;
 *   <li>{@code iso} (numeric), {@code region}: from a small table of the countries marsad
 *       covers (Middle East and North Africa), else empty; {@code country}: the English name;
 *   <li>{@code geo_precision}: the place's precision, capped at 3 (ACLED's coarsest);
 *   <li>{@code source}: the article's source; {@code notes}: the evidence sentence;
 *       {@code fatalities}: the dead, 0 when not reported (as ACLED);
 *   <li>{@code timestamp}: the export time, in Unix seconds, from the clock given.
 * </ul>
 * Fields are quoted as RFC 4180 wants: those holding a comma, a quote or a line break.
 */
public final class AcledCsvWriter implements Closeable, Flushable {

  /** ACLED's columns, in ACLED's order. */
  public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
      "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
      "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
      "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
      "timestamp");

  /** ISO 3166 numeric code and ACLED region of the countries marsad's gazetteer covers first. */
  private static final Map<String, CountryInfo> COUNTRIES = Map.ofEntries(
      Map.entry("IQ", new CountryInfo(368, "Middle East")), Map.entry("SY", new CountryInfo(760, "Middle East")),
      Map.entry("LB", new CountryInfo(422, "Middle East")), Map.entry("JO", new CountryInfo(400, "Middle East")),
      Map.entry("SA", new CountryInfo(682, "Middle East")), Map.entry("YE", new CountryInfo(887, "Middle East")),
      Map.entry("KW", new CountryInfo(414, "Middle East")), Map.entry("IR", new CountryInfo(364, "Middle East")),
      Map.entry("TR", new CountryInfo(792, "Middle East")), Map.entry("PS", new CountryInfo(275, "Middle East")),
      Map.entry("IL", new CountryInfo(376, "Middle East")), Map.entry("AE", new CountryInfo(784, "Middle East")),
      Map.entry("QA", new CountryInfo(634, "Middle East")), Map.entry("BH", new CountryInfo(48, "Middle East")),
      Map.entry("OM", new CountryInfo(512, "Middle East")), Map.entry("EG", new CountryInfo(818, "Northern Africa")),
      Map.entry("LY", new CountryInfo(434, "Northern Africa")), Map.entry("TN", new CountryInfo(788, "Northern Africa")),
      Map.entry("DZ", new CountryInfo(12, "Northern Africa")), Map.entry("MA", new CountryInfo(504, "Northern Africa")));

  private record CountryInfo(int numeric, String region) {}

  private final Writer out;
  private final Clock clock;

  /** A writer stamping rows with the current time. */
  public AcledCsvWriter(Writer out) {
    this(out, Clock.systemUTC());
  }

  public AcledCsvWriter(Writer out, Clock clock) {
    this.out = out;
    this.clock = clock;
    row(COLUMNS);
  }

  /**
   * Writes {@code event}, reported by {@code article}, as one row.
   *
   * @return false, writing nothing, when the event has no ACLED type
   */
  public boolean write(Event event, Article article) {
    if (event.acled().isEmpty() || event.acled().get().eventType() == null) {
      return false;
    }
    Event.Acled acled = event.acled().get();
    Optional<Place> place = event.location();
    String country = place.map(Place::country).orElse("");
    Optional<CountryInfo> info = Optional.ofNullable(COUNTRIES.get(country));
    Optional<LocalDate> date = event.date().or(article::published);
    List<String> row = new ArrayList<>(COLUMNS.size());
    row.add(alpha3(country) + "-" + event.id());
    row.add(date.map(LocalDate::toString).orElse(""));
    row.add(date.map(d -> Integer.toString(d.getYear())).orElse(""));
    row.add(event.date().isPresent() ? Integer.toString(timePrecision(event.datePrecision())) : date.isPresent() ? "3" : "");
    row.add(disorderType(acled));
    row.add(acled.eventType());
    row.add(nullToEmpty(acled.subEventType()));
    row.add(event.actor().map(AcledCsvWriter::actorName).orElse(""));
    row.add("");
    row.add("");
    row.add(event.recipient().map(AcledCsvWriter::actorName).orElse(""));
    row.add("");
    row.add("");
    row.add("");
    row.add(acled.eventType().equals("Violence against civilians") ? "Civilian targeting" : "");
    row.add(info.map(i -> Integer.toString(i.numeric())).orElse(""));
    row.add(info.map(CountryInfo::region).orElse(""));
    row.add(country.isEmpty() ? "" : new Locale("", country).getDisplayCountry(Locale.ENGLISH));
    row.add(place.map(Place::admin1).map(AcledCsvWriter::nullToEmpty).orElse(""));
    row.add(place.map(Place::admin2).map(AcledCsvWriter::nullToEmpty).orElse(""));
    row.add("");
    row.add(place.map(Place::name).orElse(""));
    row.add(place.map(p -> coordinate(p.lat())).orElse(""));
    row.add(place.map(p -> coordinate(p.lon())).orElse(""));
    row.add(place.map(p -> Integer.toString(Math.min(p.precision(), 3))).orElse(""));
    row.add(article.source());
    row.add("");
    row.add(event.evidence() == null ? "" : nullToEmpty(event.evidence().sentence()));
    row.add(Integer.toString(event.size() == null || event.size().dead() == null ? 0 : event.size().dead()));
    row.add("");
    row.add(Long.toString(clock.instant().getEpochSecond()));
    row(row);
    return true;
  }

  /**
   * ACLED's disorder type of an event type: Political violence for Battles, Explosions/Remote
   * violence and Violence against civilians; Demonstrations for Protests and Riots (both for
   * "Excessive force against protesters" and "Mob violence", as ACLED); Strategic developments
   * for Strategic developments.
   */
  static String disorderType(Event.Acled acled) {
    String sub = nullToEmpty(acled.subEventType());
    if (sub.equals("Excessive force against protesters") || sub.equals("Mob violence")) {
      return "Political violence; Demonstrations";
    }
    return switch (acled.eventType()) {
      case "Battles", "Explosions/Remote violence", "Violence against civilians" -> "Political violence";
      case "Protests", "Riots" -> "Demonstrations";
      case "Strategic developments" -> "Strategic developments";
      default -> "";
    };
  }

  private static int timePrecision(String datePrecision) {
    return switch (nullToEmpty(datePrecision)) {
      case "day" -> 1;
      case "week" -> 2;
      default -> 3;
    };
  }

  private static String actorName(Event.Actor a) {
    return a.name() == null || a.name().isBlank() ? nullToEmpty(a.text()) : a.name();
  }

  private static String alpha3(String country) {
    if (country.isEmpty()) {
      return "XXX";
    }
    try {
      return new Locale("", country).getISO3Country();
    } catch (MissingResourceException e) {
      return country;
    }
  }

  private static String coordinate(double v) {
    return String.format(Locale.ROOT, "%.5f", v);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private void row(List<String> fields) {
    try {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(quote(fields.get(i)));
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write ACLED CSV", e);
    }
  }

  static String quote(String field) {
    boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
        || field.indexOf('\r') >= 0;
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
