package org.marsad.store.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;
import org.marsad.core.model.Article;
import org.marsad.core.model.Event;
import org.marsad.core.model.Place;

/**
 * Events as PLOVER JSON records, one per line. Fields after the PLOVER manual's JSON data fields:
 * {@code id}, {@code date}, {@code event} (a list holding the type), {@code mode}, {@code context},
 * {@code source} and {@code target} (lists of actors: {@code actor_text}, {@code identifier_text},
 * {@code code}), {@code event_loc} (GeoNames field names), {@code event_text}, {@code size}, and
 * the extensions {@code status}, {@code trigger}, {@code confidence}, {@code story_id},
 * {@code cite_info}.
 */
final class PloverJsonl implements EventWriter {

  private static final JsonFactory FACTORY = new JsonFactory();

  private final Writer out;

  PloverJsonl(Writer out) {
    this.out = out;
  }

  @Override
  public boolean write(Event e, Article a) {
    try {
      JsonGenerator g = FACTORY.createGenerator(out);
      g.writeStartObject();
      g.writeStringField("id", e.id());
      g.writeStringField("date", e.date().or(a::published).map(Object::toString).orElse(null));
      g.writeArrayFieldStart("event");
      g.writeString(e.type().name());
      g.writeEndArray();
      g.writeArrayFieldStart("mode");
      if (e.mode() != null && !e.mode().isEmpty()) {
        g.writeString(e.mode());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("context");
      for (String c : e.context()) {
        g.writeString(c);
      }
      g.writeEndArray();
      actors(g, "source", e.actor());
      actors(g, "target", e.recipient());
      g.writeFieldName("event_loc");
      if (e.location().isPresent()) {
        Place p = e.location().get();
        g.writeStartObject();
        g.writeNumberField("geonameid", p.geonamesId());
        g.writeStringField("name", p.name());
        g.writeStringField("name_ar", p.nameAr());
        g.writeNumberField("latitude", p.lat());
        g.writeNumberField("longitude", p.lon());
        g.writeStringField("country code", p.country());
        g.writeStringField("admin1", p.admin1());
        g.writeStringField("admin2", p.admin2());
        g.writeNumberField("precision", p.precision());
        g.writeEndObject();
      } else {
        g.writeNull();
      }
      g.writeArrayFieldStart("event_text");
      g.writeString(e.evidence().sentence());
      g.writeEndArray();
      g.writeObjectFieldStart("size");
      number(g, "dead", e.size().dead());
      number(g, "injured", e.size().injured());
      number(g, "arrested", e.size().arrested());
      g.writeEndObject();
      g.writeStringField("status", e.status().name().toLowerCase(Locale.ROOT));
      g.writeStringField("trigger", e.evidence().trigger());
      g.writeNumberField("confidence", e.confidence());
      g.writeStringField("story_id", a.id());
      g.writeObjectFieldStart("cite_info");
      g.writeStringField("url", a.url());
      g.writeStringField("title", a.title());
      g.writeStringField("publication", a.source());
      g.writeStringField("language", "ar");
      g.writeEndObject();
      g.writeEndObject();
      g.flush();
      out.write('\n');
      return true;
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write PLOVER JSONL", ex);
    }
  }

  private static void actors(JsonGenerator g, String field, Optional<Event.Actor> actor) throws IOException {
    g.writeArrayFieldStart(field);
    if (actor.isPresent()) {
      g.writeStartObject();
      g.writeStringField("actor_text", actor.get().text());
      g.writeStringField("identifier_text", actor.get().name());
      g.writeStringField("code", actor.get().code());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void number(JsonGenerator g, String field, Integer v) throws IOException {
    if (v == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, v);
    }
  }

  @Override
  public String leftOutBecause() {
    return "none is left out";
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
