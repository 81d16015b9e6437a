package org.marsad.core.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lines of an editable UTF-8 lexicon: {@code #} starts a comment, blank lines are skipped,
 * fields are separated by tabs. Each kept line remembers its number for {@code file:line} errors.
 */
public final class LexiconLines {

  /** One non-blank, non-comment line split into tab-separated, trimmed fields. */
  public record Line(String source, int number, List<String> fields) {
    public LexiconFormatException error(String reason) {
      return new LexiconFormatException(source, number, reason);
    }

    /** Field {@code index} as a number; fails naming the line when it is none. */
    public double number(int index) {
      try {
        return Double.parseDouble(fields.get(index));
      } catch (NumberFormatException e) {
        throw error("not a number: '" + fields.get(index) + "'");
      }
    }
  }

  private LexiconLines() {}

  public static List<Line> read(Reader reader, String source) {
    List<Line> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(reader)) {
      String text;
      int number = 0;
      while ((text = in.readLine()) != null) {
        number++;
        int hash = text.indexOf('#');
        if (hash >= 0) {
          text = text.substring(0, hash);
        }
        if (text.isBlank()) {
          continue;
        }
        List<String> fields = new ArrayList<>();
        for (String f : text.split("\t+")) {
          if (!f.isBlank()) {
            fields.add(f.strip());
          }
        }
        lines.add(new Line(source, number, List.copyOf(fields)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return lines;
  }

  /** A bundled resource next to {@code anchor}; fails naming the resource when it is missing. */
  public static List<Line> resource(Class<?> anchor, String name) {
    InputStream in = anchor.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + anchor.getPackageName() + "/" + name);
    }
    return read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
  }
}
