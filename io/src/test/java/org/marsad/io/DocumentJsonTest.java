package org.marsad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.core.model.Duplicate;
import org.marsad.core.model.Entity;
import org.marsad.core.model.EntityType;
import org.marsad.core.model.Event;
import org.marsad.core.model.Feature;
import org.marsad.core.model.Place;
import org.marsad.core.model.Sentence;

/** The JSON of one analysed article has exactly the keys of CONTRACT.md. */
class DocumentJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static AnalyzedDocument makhmour() {
    Article a = new Article("makhmour", "https://example.iq/1", "rudaw", "الكاظمي في مخمور",
        Optional.of(LocalDate.of(2021, 10, 27)), "وصل رئيس الوزراء مصطفى الكاظمي إلى مخمور.");
    Place makhmur = new Place("مخمور", 38, 43, "Makhmur", "مخمور", 93818, "IQ", "Erbil", "Makhmur District", 35.77622,
        43.57974, Feature.CITY, 1);
    Event visit = new Event("e1", Event.PloverType.CONSULT, "visit", List.of("military"), Event.Status.OCCURRED,
        Optional.of(LocalDate.of(2021, 10, 27)), "day",
        Optional.of(new Event.Actor("رئيس الوزراء مصطفى الكاظمي", "Mustafa al-Kadhimi", "IRQGOV")), Optional.empty(),
        Optional.of(makhmur), Event.Size.UNKNOWN, Optional.empty(),
        new Event.Evidence("وصل رئيس الوزراء مصطفى الكاظمي إلى مخمور.", 17, 59, "وصل"), 0.9);
    return AnalyzedDocument.of(a)
        .withText(List.of(new Sentence(0, 16), new Sentence(17, 59)), List.of(), List.of(), List.of(new Duplicate(17, 59, 0)))
        .withEntities(List.of(new Entity("مصطفى الكاظمي", EntityType.PER, 35, 48)))
        .withPlaces(List.of(makhmur))
        .withEvents(List.of(visit));
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void topLevelAndLayerKeysAreThoseOfTheContract() throws Exception {
    JsonNode doc = JSON.readTree(DocumentJson.toJson(makhmour(), false, false));
    assertEquals(List.of("article", "language", "text_length", "sentences", "duplicates", "entities", "places", "events"),
        keys(doc));
    assertEquals(List.of("id", "url", "source", "title", "published"), keys(doc.get("article")));
    assertEquals(List.of("start", "end"), keys(doc.at("/sentences/0")));
    assertEquals(List.of("start", "end", "same_as_start"), keys(doc.at("/duplicates/0")));
    assertEquals(List.of("text", "type", "start", "end"), keys(doc.at("/entities/0")));
    assertEquals(List.of("text", "start", "end", "name", "name_ar", "geonames_id", "country", "admin1", "admin2", "lat", "lon",
        "feature", "precision"), keys(doc.at("/places/0")));
    assertEquals(List.of("id", "type", "mode", "context", "status", "date", "date_precision", "actor", "recipient", "location",
        "size", "acled", "evidence", "confidence"), keys(doc.at("/events/0")));
    assertEquals(List.of("dead", "injured", "arrested"), keys(doc.at("/events/0/size")));
    assertEquals(List.of("event_type", "sub_event_type"), keys(doc.at("/events/0/acled")));
    assertEquals(List.of("sentence", "start", "end", "trigger"), keys(doc.at("/events/0/evidence")));
  }

  @Test
  void valuesAreWrittenAsTheContractShows() throws Exception {
    JsonNode doc = JSON.readTree(DocumentJson.toJson(makhmour(), false, false));
    assertEquals("2021-10-27", doc.at("/article/published").asText());
    assertEquals("ar", doc.get("language").asText());
    assertEquals(makhmour().text().length(), doc.get("text_length").asInt());
    assertEquals("city", doc.at("/places/0/feature").asText());
    assertEquals("occurred", doc.at("/events/0/status").asText());
    assertTrue(doc.at("/events/0/recipient").isNull());
    assertTrue(doc.at("/events/0/acled/event_type").isNull());
    assertTrue(doc.at("/events/0/size/dead").isNull());
    assertEquals("Makhmur", doc.at("/events/0/location/name").asText());
  }

  @Test
  void textOnlyWithTheOptionAndOneLineUnlessPretty() throws Exception {
    String line = DocumentJson.toJson(makhmour(), true, false);
    assertFalse(line.contains("\n"), "one JSON object per line");
    assertEquals("الكاظمي في مخمور\nوصل رئيس الوزراء مصطفى الكاظمي إلى مخمور.", JSON.readTree(line).get("text").asText());
    assertTrue(DocumentJson.toJson(makhmour(), false, true).contains("\n"));
  }

  @Test
  void missingDateIsNull() throws Exception {
    AnalyzedDocument doc = AnalyzedDocument.of(Article.of("عنوان", "نص"));
    assertTrue(JSON.readTree(DocumentJson.toJson(doc, false, false)).at("/article/published").isNull());
  }
}
