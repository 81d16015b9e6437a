package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.core.model.Article;

/**
 * The twelve sample reports bundled for {@code marsad demo}: Arabic news-style texts written for
 * the project (see {@code samples/README.txt}), not real news.
 */
public final class Samples {

  static final String RESOURCE = "samples/samples.jsonl";

  private Samples() {}

  public static List<Article> articles() {
    List<Article> out = new ArrayList<>();
    try (InputStream in = Samples.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the samples are missing from the jar: " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode o = Reply.mapper().readTree(line);
        if (!o.hasNonNull("id") || !o.hasNonNull("title") || !o.hasNonNull("content")) {
          throw new IllegalStateException(RESOURCE + ":" + n + ": a sample needs id, title and content");
        }
        out.add(new Article(o.get("id").asText(), o.path("url").asText(""), o.path("source").asText(""),
            o.get("title").asText(), Optional.ofNullable(o.get("date")).map(JsonNode::asText).map(LocalDate::parse),
            o.get("content").asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return out;
  }
}
