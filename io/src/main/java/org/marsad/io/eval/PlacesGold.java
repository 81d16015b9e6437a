package org.marsad.io.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.core.model.Article;
import org.marsad.core.model.Feature;

/**
 * A gold file for places: JSONL, one article a line (see docs/places.md):
 * <pre>
 * {"id": "g01", "title": "...", "text": "...", "places": [{"text": "مخمور", "lat": 35.776, "lon": 43.58}]}
 * </pre>
 * The body is {@code text}, {@code content} or {@code body}; the title is optional. Each place has
 * {@code lat} and {@code lon} ({@code latitude}/{@code longitude}/{@code lng} also read), optionally
 * {@code text} (or {@code name}) and {@code feature} (country, admin1, admin2, region, city, village):
 * an area feature lets a resolution to the right governorate or country count as right.
 */
public final class PlacesGold {

  /** One gold place. */
  public record GoldPlace(String text, double lat, double lon, Optional<Feature> feature) {}

  /** One gold article. */
  public record GoldArticle(String id, Article article, List<GoldPlace> places) {
    public GoldArticle {
      places = List.copyOf(places);
    }
  }

  private PlacesGold() {}

  /** Reads a gold file; a bad line is an error naming {@code file:line}. */
  public static List<GoldArticle> read(Path file) throws IOException {
    return GoldLines.read(file, PlacesGold::parse);
  }

  private static GoldArticle parse(JsonNode n, int lineNo) {
    if (!n.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    String id = text(n, "id").orElse("line-" + lineNo);
    String body = text(n, "text").or(() -> text(n, "content")).or(() -> text(n, "body"))
        .orElseThrow(() -> new IllegalArgumentException("no text, content or body"));
    String title = text(n, "title").orElse("");
    JsonNode list = n.has("places") ? n.get("places") : n.has("toponyms") ? n.get("toponyms") : n.get("locations");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException("no places array");
    }
    List<GoldPlace> places = new ArrayList<>();
    for (JsonNode p : list) {
      double lat = number(p, "lat", "latitude");
      double lon = number(p, "lon", "lng", "longitude");
      Optional<Feature> feature = text(p, "feature").map(f -> {
        try {
          return Feature.valueOf(f.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("unknown feature '" + f + "'");
        }
      });
      places.add(new GoldPlace(text(p, "text").or(() -> text(p, "name")).orElse(""), lat, lon, feature));
    }
    return new GoldArticle(id, new Article(id, "", "", title, Optional.empty(), body), places);
  }

  private static Optional<String> text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  private static double number(JsonNode n, String... fields) {
    for (String f : fields) {
      JsonNode v = n.get(f);
      if (v != null && v.isNumber()) {
        return v.asDouble();
      }
      if (v != null && v.isTextual()) {
        try {
          return Double.parseDouble(v.asText());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("bad " + f + " '" + v.asText() + "'");
        }
      }
    }
    throw new IllegalArgumentException("a place lacks " + fields[0] + ": " + n);
  }
}
