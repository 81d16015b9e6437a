package org.marsad.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.io.export.SampleEvents.ARTICLE;
import static org.marsad.io.export.SampleEvents.BOMBING;
import static org.marsad.io.export.SampleEvents.UNPLACED;
import static org.marsad.io.export.SampleEvents.VISIT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class GeoJsonWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void locatedEventsBecomePointFeaturesWithLongitudeFirst() throws Exception {
    StringWriter out = new StringWriter();
    try (GeoJsonWriter w = new GeoJsonWriter(out)) {
      assertTrue(w.write(VISIT, ARTICLE));
      assertTrue(w.write(BOMBING, ARTICLE));
      assertFalse(w.write(UNPLACED, ARTICLE), "no location, no feature");
      assertEquals(2, w.features());
    }
    JsonNode fc = JSON.readTree(out.toString());
    assertEquals("FeatureCollection", fc.get("type").asText());
    assertEquals(2, fc.get("features").size());
    JsonNode visit = fc.at("/features/0");
    assertEquals("Feature", visit.get("type").asText());
    assertEquals("e1", visit.get("id").asText());
    assertEquals("Point", visit.at("/geometry/type").asText());
    assertEquals(43.57974, visit.at("/geometry/coordinates/0").asDouble());
    assertEquals(35.77622, visit.at("/geometry/coordinates/1").asDouble());
    assertEquals("CONSULT", visit.at("/properties/type").asText());
    assertEquals("Makhmur", visit.at("/properties/place").asText());
    assertEquals("مخمور", visit.at("/properties/place_ar").asText());
    assertEquals("Mustafa al-Kadhimi", visit.at("/properties/actor").asText());
    assertEquals("makhmour", visit.at("/properties/article_id").asText());
    JsonNode bombing = fc.at("/features/1");
    assertEquals(4, bombing.at("/properties/dead").asInt());
    assertEquals("Explosions/Remote violence", bombing.at("/properties/acled_event_type").asText());
  }

  @Test
  void emptyCollectionIsStillValid() throws Exception {
    StringWriter out = new StringWriter();
    new GeoJsonWriter(out).close();
    JsonNode fc = JSON.readTree(out.toString());
    assertEquals(0, fc.get("features").size());
  }
}
