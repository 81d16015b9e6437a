package org.marsad.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The content lines of an editable lexicon: UTF-8 text, {@code #} starts a comment, blank lines are
 * skipped. Each line keeps its number so load errors can name {@code file:line}.
 */
record LexiconLines(String name, List<Line> lines) {

  record Line(int number, String text) {}

  static LexiconLines read(Reader reader, String name) {
    List<Line> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(reader)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        int hash = line.indexOf('#');
        String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!text.isEmpty()) {
          lines.add(new Line(number, text));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + name + ": " + e.getMessage(), e);
    }
    return new LexiconLines(name, List.copyOf(lines));
  }

  /** An error naming {@code file:line} and the offending text. */
  IllegalArgumentException error(Line line, String reason) {
    return new IllegalArgumentException(name + ":" + line.number() + ": " + reason + ": \"" + line.text() + "\"");
  }
}
