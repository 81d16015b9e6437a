package org.marsad.store.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import org.marsad.core.model.Article;
import org.marsad.core.model.Event;
import org.marsad.core.model.Place;

/**
 * Events as CSV with ACLED's columns, named and ordered as in ACLED's export.
 *
 * <p>Rules: only events with an ACLED {@code event_type} are written; {@code event_id_cnty} is the
 * ISO alpha-3 code of the place's country, a dash and the event id; the date is the event's, else
 * the article's ({@code time_precision} 1 for a day, else 3); {@code disorder_type} follows from
 * the event type; {@code actor1}/{@code actor2} are the actor's and recipient's names (else their
 * text); {@code country} is the English name; {@code geo_precision} the place's precision capped at
 * 3; {@code notes} the evidence sentence; {@code fatalities} the dead, 0 when not reported;
 * {@code timestamp} the export time in Unix seconds. Columns marsad does not code are empty.
 * Fields holding a comma, a quote or a line break are quoted (RFC 4180).
 */
final class AcledCsv implements EventWriter {

  static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
      "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
      "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
      "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
      "timestamp");

  private final Writer out;
  private final Clock clock;

  AcledCsv(Writer out, Clock clock) {
    this.out = out;
    this.clock = clock;
    row(COLUMNS);
  }

  @Override
  public boolean write(Event e, Article a) {
    if (e.acled().isEmpty() || e.acled().get().eventType() == null) {
      return false;
    }
    Event.Acled acled = e.acled().get();
    Optional<Place> place = e.location();
    String country = place.map(Place::country).orElse("");
    Optional<LocalDate> date = e.date().or(a::published);
    List<String> r = new ArrayList<>(COLUMNS.size());
    r.add(alpha3(country) + "-" + e.id());
    r.add(date.map(LocalDate::toString).orElse(""));
    r.add(date.map(d -> Integer.toString(d.getYear())).orElse(""));
    r.add(date.isEmpty() ? "" : e.date().isPresent() && "day".equals(e.datePrecision()) ? "1" : "3");
    r.add(disorderType(acled.eventType()));
    r.add(acled.eventType());
    r.add(acled.subEventType() == null ? "" : acled.subEventType());
    r.add(e.actor().map(AcledCsv::name).orElse(""));
    r.add("");
    r.add("");
    r.add(e.recipient().map(AcledCsv::name).orElse(""));
    r.add("");
    r.add("");
    r.add("");
    r.add(acled.eventType().equals("Violence against civilians") ? "Civilian targeting" : "");
    r.add("");
    r.add("");
    r.add(country.isEmpty() ? "" : new Locale("", country).getDisplayCountry(Locale.ENGLISH));
    r.add(place.map(Place::admin1).orElse(""));
    r.add(place.map(Place::admin2).orElse(""));
    r.add("");
    r.add(place.map(Place::name).orElse(""));
    r.add(place.map(p -> String.format(Locale.ROOT, "%.5f", p.lat())).orElse(""));
    r.add(place.map(p -> String.format(Locale.ROOT, "%.5f", p.lon())).orElse(""));
    r.add(place.map(p -> Integer.toString(Math.min(p.precision(), 3))).orElse(""));
    r.add(a.source());
    r.add("");
    r.add(e.evidence().sentence());
    r.add(Integer.toString(e.size().dead() == null ? 0 : e.size().dead()));
    r.add("");
    r.add(Long.toString(clock.instant().getEpochSecond()));
    row(r);
    return true;
  }

  @Override
  public String leftOutBecause() {
    return "no ACLED event type";
  }

  /** ACLED's disorder type of its event types. */
  static String disorderType(String eventType) {
    return switch (eventType) {
      case "Battles", "Explosions/Remote violence", "Violence against civilians" -> "Political violence";
      case "Protests", "Riots" -> "Demonstrations";
      case "Strategic developments" -> "Strategic developments";
      default -> "";
    };
  }

  private static String name(Event.Actor a) {
    return a.name() == null || a.name().isBlank() ? a.text() : a.name();
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

  private void row(List<String> fields) {
    try {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(quote(fields.get(i) == null ? "" : fields.get(i)));
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write ACLED CSV", e);
    }
  }

  static String quote(String f) {
    boolean needs = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0;
    return needs ? '"' + f.replace("\"", "\"\"") + '"' : f;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
