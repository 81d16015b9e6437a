package org.marsad.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.core.model.Duplicate;
import org.marsad.core.model.Entity;
import org.marsad.core.model.Event;
import org.marsad.core.model.Place;
import org.marsad.core.model.Sentence;

/** Writes an {@link AnalyzedDocument} as the JSON object of CONTRACT.md (snake_case keys). */
public final class DocumentJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private DocumentJson() {}

  /** One document as a single line of JSON, without a trailing newline. */
  public static String toJson(AnalyzedDocument doc, boolean withText, boolean pretty) {
    StringWriter out = new StringWriter(doc.text().length() + 1024);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      write(g, doc, withText);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  public static void write(JsonGenerator g, AnalyzedDocument doc, boolean withText) throws IOException {
    g.writeStartObject();
    Article a = doc.article();
    g.writeObjectFieldStart("article");
    g.writeStringField("id", a.id());
    g.writeStringField("url", a.url());
    g.writeStringField("source", a.source());
    g.writeStringField("title", a.title());
    writeOptional(g, "published", a.published().map(Object::toString));
    g.writeEndObject();
    g.writeStringField("language", "ar");
    g.writeNumberField("text_length", doc.text().length());
    if (withText) {
      g.writeStringField("text", doc.text());
    }
    g.writeArrayFieldStart("sentences");
    for (Sentence s : doc.sentences()) {
      g.writeStartObject();
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("duplicates");
    for (Duplicate d : doc.duplicates()) {
      g.writeStartObject();
      g.writeNumberField("start", d.start());
      g.writeNumberField("end", d.end());
      g.writeNumberField("same_as_start", d.sameAsStart());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("entities");
    for (Entity e : doc.entities()) {
      g.writeStartObject();
      g.writeStringField("text", e.text());
      g.writeStringField("type", e.type().name());
      g.writeNumberField("start", e.start());
      g.writeNumberField("end", e.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("places");
    for (Place p : doc.places()) {
      writePlace(g, p);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("events");
    for (Event e : doc.events()) {
      writeEvent(g, e);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  public static void writePlace(JsonGenerator g, Place p) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", p.text());
    g.writeNumberField("start", p.start());
    g.writeNumberField("end", p.end());
    g.writeStringField("name", p.name());
    g.writeStringField("name_ar", p.nameAr());
    g.writeNumberField("geonames_id", p.geonamesId());
    g.writeStringField("country", p.country());
    g.writeStringField("admin1", p.admin1());
    g.writeStringField("admin2", p.admin2());
    g.writeNumberField("lat", p.lat());
    g.writeNumberField("lon", p.lon());
    g.writeStringField("feature", p.feature().code());
    g.writeNumberField("precision", p.precision());
    g.writeEndObject();
  }

  public static void writeEvent(JsonGenerator g, Event e) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id());
    g.writeStringField("type", e.type().name());
    g.writeStringField("mode", e.mode());
    g.writeArrayFieldStart("context");
    for (String c : e.context()) {
      g.writeString(c);
    }
    g.writeEndArray();
    g.writeStringField("status", e.status().name().toLowerCase(Locale.ROOT));
    writeOptional(g, "date", e.date().map(Object::toString));
    g.writeStringField("date_precision", e.datePrecision());
    writeActor(g, "actor", e.actor());
    writeActor(g, "recipient", e.recipient());
    g.writeFieldName("location");
    if (e.location().isPresent()) {
      writePlace(g, e.location().get());
    } else {
      g.writeNull();
    }
    g.writeObjectFieldStart("size");
    writeInteger(g, "dead", e.size().dead());
    writeInteger(g, "injured", e.size().injured());
    writeInteger(g, "arrested", e.size().arrested());
    g.writeEndObject();
    g.writeObjectFieldStart("acled");
    writeOptional(g, "event_type", e.acled().map(Event.Acled::eventType));
    writeOptional(g, "sub_event_type", e.acled().map(Event.Acled::subEventType));
    g.writeEndObject();
    g.writeObjectFieldStart("evidence");
    g.writeStringField("sentence", e.evidence().sentence());
    g.writeNumberField("start", e.evidence().start());
    g.writeNumberField("end", e.evidence().end());
    g.writeStringField("trigger", e.evidence().trigger());
    g.writeEndObject();
    g.writeNumberField("confidence", e.confidence());
    g.writeEndObject();
  }

  private static void writeActor(JsonGenerator g, String field, Optional<Event.Actor> actor) throws IOException {
    g.writeFieldName(field);
    if (actor.isEmpty()) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("text", actor.get().text());
    g.writeStringField("name", actor.get().name());
    g.writeStringField("code", actor.get().code());
    g.writeEndObject();
  }

  private static void writeInteger(JsonGenerator g, String field, Integer value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, value);
    }
  }

  private static void writeOptional(JsonGenerator g, String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    } else {
      g.writeNullField(field);
    }
  }
}
