package org.marsad.io.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;
import org.marsad.core.model.Article;
import org.marsad.core.model.Event;
import org.marsad.core.model.Place;

/**
 * Writes events as PLOVER JSON records, one per line (JSONL, as the PLOVER manual suggests).
 *
 * <p>Field names follow the "JSON Data Fields" chapter of the PLOVER manual (draft 0.7b1):
 * <ul>
 *   <li>{@code id}, {@code date} (YYYY-MM-DD, the event's date else the article's), {@code event}
 *       (a list holding the PLOVER category), {@code mode} and {@code context} (lists);
 *   <li>{@code source} and {@code recipient}: lists of actor objects with {@code code},
 *       {@code actor_text} and {@code identifier_text} (the canonical name); empty lists when unknown;
 *   <li>{@code event_loc}: the location object with GeoNames' field names ({@code geonameid},
 *       {@code name}, {@code latitude}, {@code longitude}, {@code country code}) plus marsad's
 *       {@code name_ar}, {@code admin1}, {@code admin2} (names, not codes), {@code feature} and
 *       {@code precision};
 *   <li>{@code event_text} (a list holding the evidence sentence), {@code quad_code} (1 verbal
 *       cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict),
 *       {@code size} ({@code dead}, {@code injured}, {@code arrested}), {@code text_info}
 *       ({@code start}, {@code end} of the sentence in the analysed text), {@code cite_info}
 *       ({@code url}, {@code title}, {@code publication}, {@code language}), {@code coder};
 *   <li>extensions (PLOVER allows named fields beyond its own): {@code story_id}, {@code story_date},
 *       {@code date_precision}, {@code status}, {@code trigger}, {@code confidence}.
 * </ul>
 */
public final class PloverJsonWriter implements Closeable, Flushable {

  static final String CODER = "marsad 0.1.0";
  private static final JsonFactory FACTORY = new JsonFactory();

  private final Writer out;

  public PloverJsonWriter(Writer out) {
    this.out = out;
  }

  /** Writes {@code event}, reported by {@code article}, as one line. */
  public void write(Event event, Article article) {
    try {
      JsonGenerator g = FACTORY.createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
      g.writeStartObject();
      g.writeStringField("id", event.id());
      Optional<String> date = event.date().or(article::published).map(Object::toString);
      Exports.optional(g, "date", date);
      g.writeArrayFieldStart("source");
      if (event.actor().isPresent()) {
        actor(g, event.actor().get());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("recipient");
      if (event.recipient().isPresent()) {
        actor(g, event.recipient().get());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("event");
      g.writeString(event.type().name());
      g.writeEndArray();
      g.writeArrayFieldStart("mode");
      if (event.mode() != null && !event.mode().isBlank()) {
        g.writeString(event.mode());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("context");
      for (String c : event.context()) {
        g.writeString(c);
      }
      g.writeEndArray();
      g.writeFieldName("event_loc");
      if (event.location().isPresent()) {
        location(g, event.location().get());
      } else {
        g.writeNull();
      }
      g.writeArrayFieldStart("event_text");
      if (event.evidence() != null) {
        g.writeString(event.evidence().sentence());
      }
      g.writeEndArray();
      g.writeNumberField("quad_code", quadCode(event.type()));
      g.writeObjectFieldStart("size");
      Exports.integer(g, "dead", event.size().dead());
      Exports.integer(g, "injured", event.size().injured());
      Exports.integer(g, "arrested", event.size().arrested());
      g.writeEndObject();
      if (event.evidence() != null) {
        g.writeObjectFieldStart("text_info");
        g.writeNumberField("start", event.evidence().start());
        g.writeNumberField("end", event.evidence().end());
        g.writeEndObject();
      }
      g.writeObjectFieldStart("cite_info");
      g.writeStringField("url", article.url());
      g.writeStringField("title", article.title());
      g.writeStringField("publication", article.source());
      g.writeStringField("language", "ar");
      g.writeEndObject();
      g.writeStringField("coder", CODER);
      g.writeStringField("story_id", article.id());
      Exports.optional(g, "story_date", article.published().map(Object::toString));
      g.writeStringField("date_precision", event.datePrecision());
      g.writeStringField("status", Exports.status(event.status()));
      g.writeStringField("trigger", event.evidence() == null ? null : event.evidence().trigger());
      g.writeNumberField("confidence", event.confidence());
      g.writeEndObject();
      g.flush();
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write PLOVER JSON", e);
    }
  }

  /** PLOVER's quad category of a type, from the manual's table of quad categories. */
  static int quadCode(Event.PloverType type) {
    return switch (type) {
      case AGREE, CONSULT, SUPPORT, CONCEDE -> 1;
      case COOPERATE, AID, RETREAT -> 2;
      case REQUEST, ACCUSE, REJECT, SANCTION, THREATEN -> 3;
      case PROTEST, MOBILIZE, COERCE, ASSAULT -> 4;
    };
  }

  private static void actor(JsonGenerator g, Event.Actor a) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", a.code());
    g.writeStringField("actor_text", a.text());
    g.writeStringField("identifier_text", a.name());
    g.writeEndObject();
  }

  private static void location(JsonGenerator g, Place p) throws IOException {
    g.writeStartObject();
    g.writeNumberField("geonameid", p.geonamesId());
    g.writeStringField("name", p.name());
    g.writeStringField("name_ar", p.nameAr());
    g.writeNumberField("latitude", p.lat());
    g.writeNumberField("longitude", p.lon());
    g.writeStringField("country code", p.country());
    g.writeStringField("admin1", p.admin1());
    g.writeStringField("admin2", p.admin2());
    g.writeStringField("feature", p.feature() == null ? null : p.feature().code());
    g.writeNumberField("precision", p.precision());
    g.writeEndObject();
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
