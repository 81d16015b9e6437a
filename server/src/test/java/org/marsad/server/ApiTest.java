package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.EventStore;

class ApiTest {

  @TempDir
  static Path dir;
  static EventStore store;
  static MarsadServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    store = EventStore.open(dir.resolve("api.db"));
    Demo.ingestSamples(store, TestEvents::withEvents);
    server = MarsadServer.start(store, 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery.substring(1))).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonNode json(String pathAndQuery) throws Exception {
    HttpResponse<String> r = get(pathAndQuery);
    assertEquals(200, r.statusCode(), pathAndQuery + " -> " + r.body());
    return Reply.mapper().readTree(r.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void eventsAreListedNewestFirstInTheContractShape() throws Exception {
    JsonNode page = json("/api/events");
    JsonNode events = page.get("events");
    assertTrue(events.size() >= 10, "the samples give events: " + events.size());
    JsonNode first = events.get(0);
    for (String field : new String[] {"id", "type", "status", "date", "location", "evidence", "acled", "size", "article_id"}) {
      assertTrue(first.has(field), "event has " + field);
    }
    assertEquals("2025-03-19", first.get("date").asText());
  }

  @Test
  void cursorPagesCoverAllEventsOnce() throws Exception {
    int total = json("/api/stats").get("total").asInt();
    Set<String> ids = new HashSet<>();
    String cursor = null;
    do {
      JsonNode page = json("/api/events?limit=4" + (cursor == null ? "" : "&cursor=" + cursor));
      page.get("events").forEach(e -> assertTrue(ids.add(e.get("id").asText())));
      cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
    } while (cursor != null);
    assertEquals(total, ids.size());
  }

  @Test
  void filtersNarrowTheEvents() throws Exception {
    JsonNode assaults = json("/api/events?type=ASSAULT").get("events");
    assertFalse(assaults.isEmpty());
    assaults.forEach(e -> assertEquals("ASSAULT", e.get("type").asText()));
    json("/api/events?country=sy").get("events").forEach(e -> assertEquals("SY", e.at("/location/country").asText()));
    json("/api/events?admin1=Erbil").get("events").forEach(e -> assertEquals("Erbil", e.at("/location/admin1").asText()));
    JsonNode basra = json("/api/events?q=" + enc("البصره")).get("events");
    assertEquals(1, basra.size());
    assertEquals(0, json("/api/events?from=2025-03-20").get("events").size());
    assertEquals(3, json("/api/events?bbox=43,30,48,37&type=consult,assault").get("events").size());
  }

  @Test
  void anEventComesWithEvidenceAndItsArticle() throws Exception {
    String id = json("/api/events?q=" + enc("مخمور") + "&type=CONSULT").at("/events/0/id").asText();
    JsonNode e = json("/api/events/" + id);
    assertTrue(e.at("/evidence/sentence").asText().contains("وصل رئيس الوزراء"));
    assertEquals("رئيس الوزراء يزور قضاء مخمور بعد هجمات على قرى المنطقة", e.at("/article/title").asText());
    HttpResponse<String> page = get(e.at("/article/page").asText() + "?start=" + e.at("/evidence/start").asInt()
        + "&end=" + e.at("/evidence/end").asInt());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<mark id=\"evidence\">وصل رئيس الوزراء"), page.body());
    assertEquals(404, get("/api/events/nope").statusCode());
  }

  @Test
  void articleSearchGivesHighlightedSnippets() throws Exception {
    JsonNode hits = json("/api/articles?q=" + enc("مساعدات إنسانية")).get("articles");
    assertEquals("sample-06-idlib", hits.get(0).get("key").asText().replace("marsad-sample/", ""));
    assertTrue(hits.get(0).get("snippet_html").asText().contains("<mark>مساعدات</mark>"));
    assertEquals(400, get("/api/articles").statusCode());
  }

  @Test
  void statsCountByDayTypeAndAdmin1ForTheFilters() throws Exception {
    JsonNode all = json("/api/stats");
    JsonNode iraq = json("/api/stats?country=IQ");
    assertTrue(iraq.get("total").asInt() < all.get("total").asInt());
    assertEquals("Erbil", iraq.at("/by_admin1/0/key").asText());
    long sum = 0;
    for (JsonNode c : all.get("by_type")) {
      sum += c.get("count").asLong();
    }
    assertEquals(all.get("total").asLong(), sum);
    assertEquals("2025-03-02", all.at("/by_day/0/key").asText());
  }

  @Test
  void geojsonHasOnePointPerLocatedEvent() throws Exception {
    HttpResponse<String> r = get("/api/events.geojson?type=ASSAULT");
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
    JsonNode fc = Reply.mapper().readTree(r.body());
    assertEquals("FeatureCollection", fc.get("type").asText());
    assertEquals(json("/api/stats?type=ASSAULT").get("total").asInt(), fc.get("features").size());
    JsonNode coords = fc.at("/features/0/geometry/coordinates");
    assertTrue(coords.get(0).asDouble() > 30 && coords.get(1).asDouble() > 10, "lon, lat order");
  }

  @Test
  void invalidParametersGet400NamingTheParameter() throws Exception {
    for (String[] c : new String[][] {{"type=BOMBING", "type"}, {"from=yesterday", "from"}, {"bbox=1,2", "bbox"},
        {"limit=many", "limit"}, {"cursor=xyz", "cursor"}, {"country=Iraq", "country"}, {"status=done", "status"}}) {
      HttpResponse<String> r = get("/api/events?" + c[0]);
      assertEquals(400, r.statusCode(), c[0]);
      assertEquals(c[1], Reply.mapper().readTree(r.body()).get("parameter").asText(), c[0]);
    }
    assertEquals(400, get("/api/stats?to=2020-01-01&from=2021-01-01").statusCode());
  }

  @Test
  void textParametersAreBoundNotInterpreted() throws Exception {
    String injection = enc("x' OR 1=1 --");
    assertEquals(0, json("/api/events?actor=" + injection).get("events").size());
    assertEquals(0, json("/api/events?admin1=" + injection).get("events").size());
    assertEquals(0, json("/api/events?q=" + enc("\" OR NEAR(a b) *")).get("events").size());
  }

  @Test
  void limitIsClamped() throws Exception {
    assertEquals(500, json("/api/events?limit=100000").get("limit").asInt());
  }

  @Test
  void openApiDescribesEveryEndpoint() throws Exception {
    JsonNode doc = json("/api/openapi.json");
    assertTrue(doc.get("openapi").asText().startsWith("3."));
    for (String p : new String[] {"/api/events", "/api/events/{id}", "/api/articles", "/api/stats", "/api/events.geojson"}) {
      assertTrue(doc.get("paths").has(p), p);
    }
  }

  @Test
  void theDashboardAndItsLibrariesAreServed() throws Exception {
    HttpResponse<String> index = get("/");
    assertEquals(200, index.statusCode());
    assertTrue(index.body().contains("dir=\"rtl\""));
    assertEquals(200, get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode());
    assertEquals(200, get("/webjars/leaflet-markercluster/1.4.1/leaflet.markercluster.js").statusCode());
    assertEquals(200, get("/basemap.geojson").statusCode());
    assertEquals(404, get("/../pom.xml").statusCode());
    assertEquals(404, get("/api/nothing").statusCode());
  }
}
