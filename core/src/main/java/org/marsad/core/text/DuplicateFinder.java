package org.marsad.core.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.model.Duplicate;

/**
 * Finds paragraphs repeated inside one article, so that a repeat does not feed later stages twice.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>A paragraph is a line of the text, trimmed of surrounding whitespace.
 *   <li>Two paragraphs are the same when their {@link Normalizer normalised} forms are equal after
 *       collapsing every run of whitespace to one space: so whitespace, diacritics, tatweel, alef and
 *       ya forms may differ.
 *   <li>Only paragraphs of at least {@link #MIN_PARAGRAPH_CHARS} normalised characters count: short
 *       lines (datelines, "فيديو", subheadings) legitimately repeat.
 *   <li>Each later occurrence is reported against the first one.
 * </ol>
 */
public final class DuplicateFinder {

  /** Shorter paragraphs are not reported. */
  static final int MIN_PARAGRAPH_CHARS = 40;

  public List<Duplicate> find(String text) {
    List<Duplicate> duplicates = new ArrayList<>();
    Map<String, Integer> firstStart = new HashMap<>();
    int n = text.length();
    char[] buf = new char[0];
    int lineStart = 0;
    while (lineStart < n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      int start = lineStart;
      int end = lineEnd;
      while (start < end && Tokenizer.isSpace(text.charAt(start))) {
        start++;
      }
      while (end > start && Tokenizer.isSpace(text.charAt(end - 1))) {
        end--;
      }
      if (end - start >= MIN_PARAGRAPH_CHARS) {
        if (buf.length < end - start) {
          buf = new char[end - start];
        }
        String key = key(text, start, end, buf);
        if (key.length() >= MIN_PARAGRAPH_CHARS) {
          Integer first = firstStart.putIfAbsent(key, start);
          if (first != null) {
            duplicates.add(new Duplicate(start, end, first));
          }
        }
      }
      lineStart = lineEnd + 1;
    }
    return duplicates;
  }

  /** The normalised paragraph with whitespace runs collapsed to one space. */
  private static String key(String text, int start, int end, char[] buf) {
    int len = Normalizer.normalize(text, start, end, buf);
    int out = 0;
    boolean space = false;
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      if (Tokenizer.isSpace(c)) {
        space = true;
        continue;
      }
      if (space && out > 0) {
        buf[out++] = ' ';
      }
      space = false;
      buf[out++] = c;
    }
    return new String(buf, 0, out);
  }
}
