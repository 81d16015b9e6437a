package org.marsad.io.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.marsad.core.model.Article;
import org.marsad.core.model.Event;
import org.marsad.core.model.Place;

/**
 * Streams events as one GeoJSON FeatureCollection (RFC 7946): the collection opens at construction,
 * each located event adds a Point feature as it comes, and {@link #close()} ends the collection,
 * so any number of events is written without being held in memory.
 *
 * <p>Each feature's {@code id} is the event id; its geometry is {@code [longitude, latitude]} of
 * the event's location; its properties are flat (map tools style flat properties easily):
 * {@code type mode context status date date_precision actor actor_code recipient recipient_code
 * place place_ar geonames_id country admin1 admin2 precision dead injured arrested
 * acled_event_type acled_sub_event_type confidence evidence trigger article_id article_url
 * article_title source published}. Events without a location are not written.
 */
public final class GeoJsonWriter implements Closeable, Flushable {

  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonGenerator g;
  private final Writer out;
  private long features;

  public GeoJsonWriter(Writer out) {
    this.out = out;
    try {
      this.g = FACTORY.createGenerator(out);
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write GeoJSON", e);
    }
  }

  /**
   * Adds {@code event}, reported by {@code article}, as a feature.
   *
   * @return false, writing nothing, when the event has no location
   */
  public boolean write(Event event, Article article) {
    if (event.location().isEmpty()) {
      return false;
    }
    Place p = event.location().get();
    try {
      g.writeStartObject();
      g.writeStringField("type", "Feature");
      g.writeStringField("id", event.id());
      g.writeObjectFieldStart("geometry");
      g.writeStringField("type", "Point");
      g.writeArrayFieldStart("coordinates");
      g.writeNumber(p.lon());
      g.writeNumber(p.lat());
      g.writeEndArray();
      g.writeEndObject();
      g.writeObjectFieldStart("properties");
      g.writeStringField("type", event.type().name());
      g.writeStringField("mode", event.mode());
      g.writeArrayFieldStart("context");
      for (String c : event.context()) {
        g.writeString(c);
      }
      g.writeEndArray();
      g.writeStringField("status", Exports.status(event.status()));
      Exports.optional(g, "date", event.date().map(Object::toString));
      g.writeStringField("date_precision", event.datePrecision());
      g.writeStringField("actor", event.actor().map(Event.Actor::name).orElse(null));
      g.writeStringField("actor_code", event.actor().map(Event.Actor::code).orElse(null));
      g.writeStringField("recipient", event.recipient().map(Event.Actor::name).orElse(null));
      g.writeStringField("recipient_code", event.recipient().map(Event.Actor::code).orElse(null));
      g.writeStringField("place", p.name());
      g.writeStringField("place_ar", p.nameAr());
      g.writeNumberField("geonames_id", p.geonamesId());
      g.writeStringField("country", p.country());
      g.writeStringField("admin1", p.admin1());
      g.writeStringField("admin2", p.admin2());
      g.writeNumberField("precision", p.precision());
      Exports.integer(g, "dead", event.size().dead());
      Exports.integer(g, "injured", event.size().injured());
      Exports.integer(g, "arrested", event.size().arrested());
      g.writeStringField("acled_event_type", event.acled().map(Event.Acled::eventType).orElse(null));
      g.writeStringField("acled_sub_event_type", event.acled().map(Event.Acled::subEventType).orElse(null));
      g.writeNumberField("confidence", event.confidence());
      g.writeStringField("evidence", event.evidence() == null ? null : event.evidence().sentence());
      g.writeStringField("trigger", event.evidence() == null ? null : event.evidence().trigger());
      g.writeStringField("article_id", article.id());
      g.writeStringField("article_url", article.url());
      g.writeStringField("article_title", article.title());
      g.writeStringField("source", article.source());
      Exports.optional(g, "published", article.published().map(Object::toString));
      g.writeEndObject();
      g.writeEndObject();
      features++;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write GeoJSON", e);
    }
  }

  /** Features written so far. */
  public long features() {
    return features;
  }

  @Override
  public void flush() throws IOException {
    g.flush();
  }

  /** Ends the collection and closes the writer. */
  @Override
  public void close() throws IOException {
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw('\n');
    g.close();
    out.close();
  }
}
