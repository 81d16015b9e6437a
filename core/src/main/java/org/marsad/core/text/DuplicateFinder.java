package org.marsad.core.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.model.Duplicate;
import org.marsad.core.model.Token;

/**
 * Finds paragraphs repeated inside one article, so that a repeat does not feed later stages twice.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>A paragraph is a line of the text, from its first token to its last.
 *   <li>Two paragraphs are the same when their tokens have the same {@link Normalizer normal forms}
 *       in the same order: whitespace, diacritics, tatweel, alef and ya forms may differ.
 *   <li>Only paragraphs spanning at least {@link #MIN_PARAGRAPH_CHARS} characters count: short
 *       lines (datelines, "فيديو", subheadings) legitimately repeat.
 *   <li>Each later occurrence is reported against the first one.
 * </ol>
 */
public final class DuplicateFinder {

  /** Shorter paragraphs are not reported. */
  static final int MIN_PARAGRAPH_CHARS = 40;

  /** A paragraph as a range of token indexes {@code [from, to)}. */
  private record Paragraph(int from, int to) {}

  public List<Duplicate> find(String text, List<Token> tokens) {
    List<Duplicate> duplicates = new ArrayList<>();
    Map<Long, List<Paragraph>> seen = new HashMap<>();
    int n = tokens.size();
    int from = 0;
    while (from < n) {
      int to = from + 1;
      long hash = tokens.get(from).norm().hashCode();
      while (to < n && !hasLineBreak(text, tokens.get(to - 1).end(), tokens.get(to).start())) {
        hash = hash * 1_000_003L + tokens.get(to).norm().hashCode();
        to++;
      }
      int start = tokens.get(from).start();
      int end = tokens.get(to - 1).end();
      if (end - start >= MIN_PARAGRAPH_CHARS) {
        Paragraph here = new Paragraph(from, to);
        List<Paragraph> same = seen.computeIfAbsent(hash, h -> new ArrayList<>(1));
        Paragraph first = same.stream().filter(p -> sameNorms(tokens, p, here)).findFirst().orElse(null);
        if (first == null) {
          same.add(here);
        } else {
          duplicates.add(new Duplicate(start, end, tokens.get(first.from()).start()));
        }
      }
      from = to;
    }
    return duplicates;
  }

  private static boolean sameNorms(List<Token> tokens, Paragraph a, Paragraph b) {
    if (a.to() - a.from() != b.to() - b.from()) {
      return false;
    }
    for (int i = 0; i < a.to() - a.from(); i++) {
      if (!tokens.get(a.from() + i).norm().equals(tokens.get(b.from() + i).norm())) {
        return false;
      }
    }
    return true;
  }

  static boolean hasLineBreak(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }
}
