package org.marsad.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.marsad.core.model.Article;

/**
 * The SaudiNewsNet corpus as {@link Article}s, for benchmarks and for deriving tables: one zip per
 * day, each holding a JSON array of {source, url, date_extracted, title, author, content}. Shared by
 * every {@code bench} and {@code train} command that reads news.
 */
final class NewsCorpus {

  /** Where the corpus lives relative to the data directory. */
  static final String SAUDINEWSNET = "news/saudinewsnet/dataset";
  private static final int DATE_LENGTH = 10;

  private NewsCorpus() {}

  /** The shared data folder: {@code $marsad.data} or {@code ../shared/data}. */
  static Path defaultDataDirectory() {
    return Path.of(System.getProperty("marsad.data", "../shared/data"));
  }

  /** The default corpus directory: {@link #defaultDataDirectory()}, then SaudiNewsNet. */
  static Path defaultDirectory() {
    return defaultDataDirectory().resolve(SAUDINEWSNET);
  }

  /** Every article of every zip in {@code dir}, in file order. Fails naming the bad file. */
  static List<Article> load(Path dir) {
    return load(dir, Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  /** The first {@code maxArticles} articles of the first {@code maxDays} daily zips, in file order. */
  static List<Article> load(Path dir, int maxDays, int maxArticles) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("not a directory: " + dir + " (expected SaudiNewsNet's dataset folder)");
    }
    List<Path> zips;
    try (Stream<Path> files = Files.list(dir)) {
      zips = files.filter(p -> p.getFileName().toString().endsWith(".zip")).sorted().limit(maxDays).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    if (zips.isEmpty()) {
      throw new IllegalArgumentException("no .zip files in " + dir);
    }
    ObjectMapper json = new ObjectMapper();
    List<Article> articles = new ArrayList<>();
    for (Path zip : zips) {
      if (articles.size() >= maxArticles) {
        break;
      }
      readZip(json, zip, articles, maxArticles);
    }
    return articles;
  }

  /** Every article of one daily zip, in file order. Fails naming the file. */
  static List<Article> loadZip(Path zip) {
    List<Article> articles = new ArrayList<>();
    readZip(new ObjectMapper(), zip, articles, Integer.MAX_VALUE);
    return articles;
  }

  private static void readZip(ObjectMapper json, Path zip, List<Article> out, int max) {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null && out.size() < max) {
        if (entry.getName().endsWith(".json")) {
          readArray(json, in, zip + "!" + entry.getName(), out, max);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + zip + ": " + e.getMessage(), e);
    }
  }

  private static void readArray(ObjectMapper json, InputStream in, String name, List<Article> out, int max)
      throws IOException {
    JsonParser parser = json.getFactory().createParser(new NonClosing(in));
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      throw new IOException(name + ": expected a JSON array");
    }
    int index = 0;
    while (out.size() < max && parser.nextToken() == JsonToken.START_OBJECT) {
      JsonNode o = json.readTree(parser);
      String url = o.path("url").asText("");
      out.add(new Article(url.isEmpty() ? name + "#" + index : url, url, o.path("source").asText(""),
          o.path("title").asText(""), date(o.path("date_extracted").asText("")), o.path("content").asText("")));
      index++;
    }
  }

  private static Optional<LocalDate> date(String s) {
    if (s.length() < DATE_LENGTH) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(s.substring(0, DATE_LENGTH)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Lets the JSON parser close its stream without closing the zip. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
