package org.marsad.store.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import org.marsad.core.model.Article;
import org.marsad.core.model.Event;
import org.marsad.core.model.Place;

/**
 * Located events as one GeoJSON FeatureCollection (RFC 7946) of points, streamed: the collection
 * opens at construction and ends at {@link #close()}. Properties are flat: type, status, date,
 * actor, place, place_ar, country, admin1, precision, evidence, trigger, article_id, article_url.
 */
final class GeoJson implements EventWriter {

  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonGenerator g;

  GeoJson(Writer out) {
    try {
      g = FACTORY.createGenerator(out);
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write GeoJSON", e);
    }
  }

  @Override
  public boolean write(Event e, Article a) {
    if (e.location().isEmpty()) {
      return false;
    }
    Place p = e.location().get();
    try {
      g.writeStartObject();
      g.writeStringField("type", "Feature");
      g.writeStringField("id", e.id());
      g.writeObjectFieldStart("geometry");
      g.writeStringField("type", "Point");
      g.writeArrayFieldStart("coordinates");
      g.writeNumber(p.lon());
      g.writeNumber(p.lat());
      g.writeEndArray();
      g.writeEndObject();
      g.writeObjectFieldStart("properties");
      g.writeStringField("type", e.type().name());
      g.writeStringField("status", e.status().name().toLowerCase(Locale.ROOT));
      g.writeStringField("date", e.date().or(a::published).map(Object::toString).orElse(null));
      g.writeStringField("actor", e.actor().map(Event.Actor::text).orElse(null));
      g.writeStringField("place", p.name());
      g.writeStringField("place_ar", p.nameAr());
      g.writeStringField("country", p.country());
      g.writeStringField("admin1", p.admin1());
      g.writeNumberField("precision", p.precision());
      g.writeStringField("evidence", e.evidence().sentence());
      g.writeStringField("trigger", e.evidence().trigger());
      g.writeStringField("article_id", a.id());
      g.writeStringField("article_url", a.url());
      g.writeEndObject();
      g.writeEndObject();
      return true;
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write GeoJSON", ex);
    }
  }

  @Override
  public String leftOutBecause() {
    return "no location";
  }

  @Override
  public void close() throws IOException {
    g.writeEndArray();
    g.writeEndObject();
    g.close();
  }
}
