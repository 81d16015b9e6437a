package org.marsad.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.marsad.io.DocumentJson;
import org.marsad.store.ArticleHit;
import org.marsad.store.BadParameterException;
import org.marsad.store.EventFilter;
import org.marsad.store.EventPage;
import org.marsad.store.EventStore;
import org.marsad.store.FilterParams;
import org.marsad.store.MapPoint;
import org.marsad.store.PageRequest;
import org.marsad.store.Stats;
import org.marsad.store.StoredArticle;
import org.marsad.store.StoredEvent;

/**
 * The JSON endpoints under {@code /api/}, described by {@code openapi.json}. Events are written in
 * the shape of CONTRACT.md's {@code events} layer, plus {@code article_id} and {@code day}.
 */
final class Api {

  /** Map points given when {@code limit} is absent. */
  static final int DEFAULT_MAP_POINTS = 2000;
  /** Search hits given when {@code limit} is absent. */
  static final int DEFAULT_HITS = 20;

  private static final ObjectMapper MAPPER = Reply.mapper();

  private final EventStore store;
  private final byte[] openApi;

  Api(EventStore store) {
    this.store = store;
    try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
      this.openApi = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled openapi.json", e);
    }
  }

  Reply events(Request r) {
    EventFilter filter = FilterParams.filter(r::param);
    PageRequest page = FilterParams.page(r::param);
    EventPage p = store.events(filter, page);
    // streamed: the one endpoint a dashboard and a benchmark call most
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + 800 * p.events().size());
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("events");
      for (StoredEvent e : p.events()) {
        writeEvent(g, e);
      }
      g.writeEndArray();
      g.writeNumberField("limit", page.limit());
      if (p.next().isPresent()) {
        g.writeStringField("next_cursor", p.next().get().token());
      } else {
        g.writeNullField("next_cursor");
      }
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return new Reply(200, Reply.JSON, out.toByteArray(), 0);
  }

  /** The event as CONTRACT.md writes it, with {@code article_id} added as its last field. */
  static void writeEvent(JsonGenerator g, StoredEvent e) throws IOException {
    DocumentJson.writeEvent(new JsonGeneratorDelegate(g, false) {
      private int depth;

      @Override
      public void writeStartObject() throws IOException {
        depth++;
        super.writeStartObject();
      }

      @Override
      public void writeEndObject() throws IOException {
        if (--depth == 0) {
          super.writeNumberField("article_id", e.articleId());
        }
        super.writeEndObject();
      }
    }, e.event());
  }

  Reply event(String id) {
    Optional<StoredEvent> e = store.event(id);
    if (e.isEmpty()) {
      return Reply.error(404, "no event with id '" + id + "'", null);
    }
    ObjectNode o = eventNode(e.get());
    store.article(e.get().articleId()).ifPresent(a -> o.set("article", articleNode(a, false)));
    return Reply.json(o);
  }

  Reply article(String id) {
    Optional<StoredArticle> a = parseId(id).flatMap(store::article);
    if (a.isEmpty()) {
      return Reply.error(404, "no article with id '" + id + "'", null);
    }
    return Reply.json(articleNode(a.get(), true));
  }

  Reply articles(Request r) {
    String q = r.param("q").orElseThrow(() -> new BadParameterException("q", "is required"));
    if (q.length() > FilterParams.MAX_TEXT) {
      throw new BadParameterException("q", "longer than " + FilterParams.MAX_TEXT + " characters");
    }
    int limit = FilterParams.page(n -> n.equals("limit") ? r.param(n) : Optional.empty()).limit();
    if (r.param("limit").isEmpty()) {
      limit = DEFAULT_HITS;
    }
    ObjectNode o = MAPPER.createObjectNode();
    o.put("q", q);
    ArrayNode arr = o.putArray("articles");
    for (ArticleHit h : store.searchArticles(q, limit)) {
      ObjectNode a = arr.addObject();
      a.put("id", h.id());
      a.put("key", h.key());
      a.put("title", h.title());
      a.put("url", h.url());
      a.put("source", h.source());
      a.put("published", h.published().map(Object::toString).orElse(null));
      a.put("snippet", h.snippet().replace("[[", "").replace("]]", ""));
      a.put("snippet_html", Html.escape(h.snippet()).replace("[[", "<mark>").replace("]]", "</mark>"));
      a.put("score", h.score());
    }
    return Reply.json(o);
  }

  Reply stats(Request r) {
    Stats s = store.stats(FilterParams.filter(r::param));
    ObjectNode o = MAPPER.createObjectNode();
    o.put("total", s.total());
    counts(o.putArray("by_day"), s.byDay());
    counts(o.putArray("by_type"), s.byType());
    counts(o.putArray("by_admin1"), s.byAdmin1());
    return Reply.json(o);
  }

  Reply geojson(Request r) {
    EventFilter filter = FilterParams.filter(r::param);
    int limit = r.param("limit").map(v -> {
      try {
        return Integer.parseInt(v.strip());
      } catch (NumberFormatException e) {
        throw new BadParameterException("limit", "expected an integer, got '" + v + "'");
      }
    }).orElse(DEFAULT_MAP_POINTS);
    List<MapPoint> points = store.mapPoints(filter, limit);
    ObjectNode o = MAPPER.createObjectNode();
    o.put("type", "FeatureCollection");
    ArrayNode features = o.putArray("features");
    for (MapPoint p : points) {
      ObjectNode f = features.addObject();
      f.put("type", "Feature");
      f.put("id", p.id());
      ObjectNode g = f.putObject("geometry");
      g.put("type", "Point");
      g.putArray("coordinates").add(p.lon()).add(p.lat());
      ObjectNode props = f.putObject("properties");
      props.put("type", p.type());
      props.put("status", p.status());
      props.put("day", p.day());
      props.put("place", p.place());
      props.put("actor", p.actor());
    }
    Reply json = Reply.json(o);
    return new Reply(200, Reply.GEOJSON, json.body(), 0);
  }

  Reply openApi(Request r) {
    return new Reply(200, Reply.JSON, openApi, 0);
  }

  private static void counts(ArrayNode arr, List<Stats.Count> counts) {
    for (Stats.Count c : counts) {
      arr.addObject().put("key", c.key()).put("count", c.count());
    }
  }

  static ObjectNode eventNode(StoredEvent e) {
    try (TokenBuffer buf = new TokenBuffer(MAPPER, false)) {
      DocumentJson.writeEvent(buf, e.event());
      ObjectNode o = (ObjectNode) MAPPER.readTree(buf.asParser());
      o.put("article_id", e.articleId());
      return o;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static JsonNode articleNode(StoredArticle a, boolean withText) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.id());
    o.put("key", a.key());
    o.put("url", a.article().url());
    o.put("source", a.article().source());
    o.put("title", a.article().title());
    o.put("published", a.article().published().map(Object::toString).orElse(null));
    o.put("page", "/articles/" + a.id());
    if (withText) {
      o.put("text", a.article().analysedText());
    }
    return o;
  }

  static Optional<Long> parseId(String id) {
    try {
      return Optional.of(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
