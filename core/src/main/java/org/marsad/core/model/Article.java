package org.marsad.core.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news report as it arrived: metadata plus the body text. Strings are never null; an absent
 * value is the empty string, an absent date is {@link Optional#empty()}.
 */
public record Article(String id, String url, String source, String title, Optional<LocalDate> published, String body) {

  public Article {
    id = Objects.requireNonNullElse(id, "");
    url = Objects.requireNonNullElse(url, "");
    source = Objects.requireNonNullElse(source, "");
    title = Objects.requireNonNullElse(title, "");
    published = Objects.requireNonNullElse(published, Optional.empty());
    body = Objects.requireNonNullElse(body, "");
  }

  public static Article of(String title, String body) {
    return new Article("", "", "", title, Optional.empty(), body);
  }

  public Article withId(String newId) {
    return new Article(newId, url, source, title, published, body);
  }

  public Article withPublished(Optional<LocalDate> date) {
    return new Article(id, url, source, title, date, body);
  }

  /** The text every offset refers to: the title, a newline, then the body. */
  public String analysedText() {
    return title + "\n" + body;
  }
}
