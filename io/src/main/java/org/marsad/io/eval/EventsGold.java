package org.marsad.io.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marsad.core.model.Article;
import org.marsad.core.model.Event.PloverType;
import org.marsad.core.model.Event.Status;

/**
 * A gold file for events: JSONL, one article a line (see docs/events.md):
 * <pre>
 * {"id": "...", "published": "2024-03-12", "title": "...", "text": "...",
 *  "events": [{"type": "ASSAULT", "status": "occurred", "place": "Khanaqin", "lat": 34.35, "lon": 45.39,
 *              "date": "2024-03-11", "kind": "required"}]}
 * </pre>
 * An article whose text may not be copied into the project (a licensed corpus) gives
 * {@code "source": {"corpus": "saudinewsnet", "file": "2015-07-21.zip", "url": "..."}} instead of
 * {@code title}/{@code text}; {@link #read(Path, Corpus)} fetches it through a {@link Corpus}.
 * {@code lat}/{@code lon} and {@code date} are optional: without them the event's place or date is
 * not checked. {@code kind} is {@code required} (the default: it counts for recall),
 * {@code optional} (a prediction matching it is neither right nor wrong) or {@code background}
 * (an event the article recalls from long before: like optional, but a prediction dated within a
 * day of publication is wrong). A {@code date} of a background event may be a year or a month.
 */
public final class EventsGold {

  /** How a gold event counts. */
  public enum Kind { REQUIRED, OPTIONAL, BACKGROUND }

  /** One gold event; {@code lat}/{@code lon} are NaN when the place is not checked. */
  public record GoldEvent(PloverType type, Status status, String place, double lat, double lon,
      Optional<LocalDate> date, Kind kind) {

    public boolean hasLocation() {
      return !Double.isNaN(lat);
    }
  }

  /** One gold article. */
  public record GoldArticle(String id, Article article, List<GoldEvent> events) {
    public GoldArticle {
      events = List.copyOf(events);
    }
  }

  /** Where a gold article's text lives: a file of a corpus and the article's URL in it. */
  public record Source(String corpus, String file, String url) {
    @Override
    public String toString() {
      return corpus + ":" + file + " " + url;
    }
  }

  /** Finds the article a {@link Source} names, or says why it cannot. */
  public interface Corpus {
    /**
     * The article, with its title, text and the corpus's own publication date.
     *
     * @throws IllegalArgumentException naming the source and the reason when it cannot be found
     */
    Article find(Source source);
  }

  /** A corpus that has nothing: every gold article must carry its own text. */
  private static final Corpus NONE = s -> {
    throw new IllegalArgumentException("the text of " + s + " is not in the gold file and no corpus was given");
  };

  private EventsGold() {}

  /** Reads a gold file whose articles carry their text; a bad line is an error naming {@code file:line}. */
  public static List<GoldArticle> read(Path file) throws IOException {
    return read(file, NONE);
  }

  /** Reads a gold file, fetching the articles given by {@code source} from {@code corpus}. */
  public static List<GoldArticle> read(Path file, Corpus corpus) throws IOException {
    return GoldLines.read(file, (n, lineNo) -> parse(n, lineNo, corpus));
  }

  private static GoldArticle parse(JsonNode n, int lineNo, Corpus corpus) {
    if (!n.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    String id = text(n, "id").orElse("line-" + lineNo);
    LocalDate published = LocalDate.parse(text(n, "published")
        .orElseThrow(() -> new IllegalArgumentException("no published date")));
    String title = text(n, "title").orElse("");
    String body;
    if (n.has("text")) {
      body = text(n, "text").orElseThrow(() -> new IllegalArgumentException("no text"));
    } else if (n.path("source").isObject()) {
      JsonNode s = n.get("source");
      Source source = new Source(required(s, "corpus"), required(s, "file"), required(s, "url"));
      Article found = corpus.find(source);
      title = found.title();
      body = found.body();
    } else {
      throw new IllegalArgumentException("no text and no source");
    }
    JsonNode list = n.get("events");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException("no events array");
    }
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode e : list) {
      events.add(event(e));
    }
    Article article = new Article(id, "", "", title, Optional.of(published), body);
    return new GoldArticle(id, article, events);
  }

  private static GoldEvent event(JsonNode e) {
    PloverType type = constant(PloverType.class, text(e, "type").orElseThrow(
        () -> new IllegalArgumentException("an event lacks type: " + e)), "type");
    Status status = constant(Status.class, text(e, "status").orElse("occurred"), "status");
    Kind kind = constant(Kind.class, text(e, "kind").orElse("required"), "kind");
    boolean located = e.hasNonNull("lat") || e.hasNonNull("lon");
    if (located && !(e.path("lat").isNumber() && e.path("lon").isNumber())) {
      throw new IllegalArgumentException("an event needs both lat and lon as numbers: " + e);
    }
    Optional<LocalDate> date = text(e, "date").flatMap(d -> kind == Kind.BACKGROUND && d.length() < 10
        ? Optional.empty() : Optional.of(LocalDate.parse(d)));
    return new GoldEvent(type, status, text(e, "place").orElse(""),
        located ? e.get("lat").asDouble() : Double.NaN, located ? e.get("lon").asDouble() : Double.NaN, date, kind);
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException("unknown " + field + " '" + value + "'");
    }
  }

  private static String required(JsonNode n, String field) {
    return text(n, field).filter(v -> !v.isBlank())
        .orElseThrow(() -> new IllegalArgumentException("source lacks " + field + ": " + n));
  }

  private static Optional<String> text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }
}
