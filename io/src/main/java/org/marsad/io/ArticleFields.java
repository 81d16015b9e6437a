package org.marsad.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marsad.core.model.Article;

/**
 * Maps one JSON object to an {@link Article}.
 *
 * <p>Fields, first present one wins:
 * <ul>
 *   <li>{@code id}, {@code url}, {@code source}, {@code title}: strings (numbers are taken as text);
 *   <li>the date: {@code date}, {@code published}, then SaudiNewsNet's {@code date_extracted}, in a
 *       form {@link Dates} accepts; a present but malformed date is an error, not a missing date;
 *   <li>the body: {@code content}, {@code text}, then {@code body}; an article without a non-blank
 *       body is an error.
 * </ul>
 * An object without {@code id} gets {@code fallbackId} (the file name and line or position).
 */
final class ArticleFields {

  static final List<String> DATE_FIELDS = List.of("date", "published", "date_extracted");
  static final List<String> BODY_FIELDS = List.of("content", "text", "body");

  private ArticleFields() {}

  static ReadResult toResult(JsonNode node, String input, long line, String fallbackId) {
    if (!node.isObject()) {
      return new ReadResult.Failed(input, line, "expected a JSON object, found " + node.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    Optional<String> body = first(node, BODY_FIELDS).filter(s -> !s.isBlank());
    if (body.isEmpty()) {
      return new ReadResult.Failed(input, line, "no body (expected a non-empty 'content', 'text' or 'body' field)");
    }
    Optional<LocalDate> date = Optional.empty();
    for (String field : DATE_FIELDS) {
      Optional<String> value = text(node, field).filter(s -> !s.isBlank());
      if (value.isPresent()) {
        date = Dates.parse(value.get());
        if (date.isEmpty()) {
          return new ReadResult.Failed(input, line, Dates.malformed(field, value.get()));
        }
        break;
      }
    }
    String id = text(node, "id").filter(s -> !s.isBlank()).orElse(fallbackId);
    Article article = new Article(id, text(node, "url").orElse(""), text(node, "source").orElse(""),
        text(node, "title").orElse("").strip(), date, body.get());
    return new ReadResult.Ok(input, line, article);
  }

  private static Optional<String> first(JsonNode node, List<String> fields) {
    for (String field : fields) {
      Optional<String> value = text(node, field);
      if (value.isPresent() && !value.get().isBlank()) {
        return value;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return Optional.empty();
    }
    return Optional.of(value.asText());
  }
}
