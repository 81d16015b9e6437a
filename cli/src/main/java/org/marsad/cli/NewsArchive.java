package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads SaudiNewsNet as shipped: a folder of one zip per day, each holding JSON arrays of articles with
 * {@code title} and {@code content}. Used for word clusters and benchmarks, never for evaluation.
 */
final class NewsArchive {

  private static final ObjectMapper JSON = new ObjectMapper();

  private NewsArchive() {}

  /** Title and content of every article, "title\ncontent", in file order; stops after {@code limit}. */
  static List<String> texts(Path dir, int limit) {
    List<String> out = new ArrayList<>();
    List<Path> zips;
    try (Stream<Path> files = Files.list(dir)) {
      zips = files.filter(p -> p.getFileName().toString().endsWith(".zip")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list news folder " + dir + ": " + e.getMessage(), e);
    }
    if (zips.isEmpty()) {
      throw new IllegalArgumentException("no .zip files in news folder " + dir);
    }
    for (Path zip : zips) {
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          if (e.isDirectory() || !e.getName().endsWith(".json")) {
            continue;
          }
          JsonNode array = JSON.readTree(in.readAllBytes());
          for (JsonNode a : array) {
            if (out.size() >= limit) {
              return out;
            }
            out.add(a.path("title").asText("") + "\n" + a.path("content").asText(""));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read news archive " + zip + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /**
   * Splits text into tokens as the NER corpora do: runs of letters, digits and combining marks are
   * words; every other visible character is a token of its own. A line break ends a sentence, and so
   * does a token of periods, '!' or '?'. Sentences are passed to {@code sink} one by one.
   */
  static void sentences(String text, Consumer<List<String>> sink) {
    List<String> sentence = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        flush(sentence, sink);
        i++;
      } else if (Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT) {
        i++;
      } else if (isWordChar(c)) {
        int j = i + 1;
        while (j < n && isWordChar(text.charAt(j))) {
          j++;
        }
        sentence.add(text.substring(i, j));
        i = j;
      } else {
        sentence.add(String.valueOf(c));
        if (c == '.' || c == '!' || c == '?' || c == '؟') {
          flush(sentence, sink);
        }
        i++;
      }
    }
    flush(sentence, sink);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640';
  }

  private static void flush(List<String> sentence, Consumer<List<String>> sink) {
    if (!sentence.isEmpty()) {
      sink.accept(List.copyOf(sentence));
      sentence.clear();
    }
  }
}
