package org.marsad.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.io.export.SampleEvents.ARTICLE;
import static org.marsad.io.export.SampleEvents.BOMBING;
import static org.marsad.io.export.SampleEvents.UNPLACED;
import static org.marsad.io.export.SampleEvents.VISIT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.Event;

class PloverJsonWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JsonNode> write(Event... events) throws Exception {
    StringWriter out = new StringWriter();
    PloverJsonWriter w = new PloverJsonWriter(out);
    for (Event e : events) {
      w.write(e, ARTICLE);
    }
    List<String> lines = out.toString().lines().toList();
    assertEquals(events.length, lines.size(), "one line per event");
    return lines.stream().map(l -> {
      try {
        return JSON.readTree(l);
      } catch (Exception ex) {
        throw new AssertionError(ex);
      }
    }).toList();
  }

  @Test
  void visitIsAConsultRecordWithPloversFieldNames() throws Exception {
    JsonNode r = write(VISIT).get(0);
    assertEquals("e1", r.get("id").asText());
    assertEquals("2021-10-27", r.get("date").asText());
    assertEquals("CONSULT", r.at("/event/0").asText());
    assertEquals("visit", r.at("/mode/0").asText());
    assertEquals("military", r.at("/context/0").asText());
    assertEquals("IRQGOV", r.at("/source/0/code").asText());
    assertEquals("رئيس الوزراء العراقي مصطفى الكاظمي", r.at("/source/0/actor_text").asText());
    assertEquals("Mustafa al-Kadhimi", r.at("/source/0/identifier_text").asText());
    assertEquals(0, r.get("recipient").size());
    assertEquals(93818, r.at("/event_loc/geonameid").asLong());
    assertEquals("IQ", r.at("/event_loc/country code").asText());
    assertEquals(35.77622, r.at("/event_loc/latitude").asDouble());
    assertEquals(1, r.get("quad_code").asInt());
    assertEquals("وصل رئيس الوزراء العراقي مصطفى الكاظمي إلى مخمور.", r.at("/event_text/0").asText());
    assertEquals(60, r.at("/text_info/start").asInt());
    assertEquals("https://example.iq/makhmour", r.at("/cite_info/url").asText());
    assertEquals("ar", r.at("/cite_info/language").asText());
    assertEquals("makhmour", r.get("story_id").asText());
    assertEquals("2021-10-27", r.get("story_date").asText());
    assertEquals("occurred", r.get("status").asText());
  }

  @Test
  void bombingCarriesItsSizeAndMaterialConflictQuad() throws Exception {
    JsonNode r = write(BOMBING).get(0);
    assertEquals(4, r.get("quad_code").asInt());
    assertEquals(4, r.at("/size/dead").asInt());
    assertEquals(20, r.at("/size/injured").asInt());
    assertTrue(r.at("/size/arrested").isNull());
    assertEquals("IRQCVL", r.at("/recipient/0/code").asText());
  }

  @Test
  void eventWithoutPlaceHasANullLocationAndTheStoryDate() throws Exception {
    JsonNode r = write(UNPLACED).get(0);
    assertTrue(r.get("event_loc").isNull());
    assertEquals("2021-10-27", r.get("date").asText());
  }

  @Test
  void everyTypeHasAQuadCode() {
    for (Event.PloverType t : Event.PloverType.values()) {
      int q = PloverJsonWriter.quadCode(t);
      assertTrue(q >= 1 && q <= 4, t.name());
    }
  }
}
