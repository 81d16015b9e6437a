package org.marsad.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.core.model.Sentence;
import org.marsad.core.model.Token;
import org.marsad.core.util.StringSet;

/**
 * Splits tokenised text into sentences: trimmed offset ranges from a sentence's first token to its
 * last.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>A line break always ends a sentence (titles, headings and paragraphs are never joined).
 *   <li>{@code . ! ? ؟ ؛ ۔} end a sentence; so does a run of them ("!!", "؟!"). An ellipsis (".." or
 *       "…") does not: Arabic headlines use it as a pause.
 *   <li>Closing quotes and brackets right after the end mark belong to the sentence ({@code .”},
 *       {@code ؟»}, {@code !)}).
 *   <li>Inside a quotation (“ ” « » or ") that closes on the same line within
 *       {@link #MAX_QUOTE_TOKENS} tokens, end marks do not split: the quotation stays in its reporting
 *       sentence. A quotation whose last word is followed by an end mark ({@code .»}) ends the
 *       sentence at its closing quote.
 *   <li>A dot right after a one-letter word is an initial or abbreviation ("د." "أ." "J.") and does
 *       not split, unless that letter is glued to a number ("2015م." ends a sentence); nor after the
 *       abbreviations of {@link #ABBREVIATIONS}.
 *   <li>A dot after a number that opens the sentence is a list marker ("1. ").
 *   <li>Numbers never split: "3.5" and "12.10.2021" are single tokens already.
 * </ol>
 */
public final class SentenceSplitter {

  /** Longest quotation whose inner end marks are kept in the reporting sentence. */
  static final int MAX_QUOTE_TOKENS = 80;
  /** Normalised abbreviations a dot may follow without ending the sentence. */
  static final Set<String> ABBREVIATIONS = StringSet.of("mr", "mrs", "ms", "dr", "prof", "st", "no",
      "vs", "jr", "sr", "inc", "ltd", "co");

  public List<Sentence> split(String text, List<Token> tokens) {
    List<Sentence> sentences = new ArrayList<>();
    int n = tokens.size();
    int first = -1;
    int quoteUntil = -1;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (first >= 0 && hasLineBreak(text, tokens.get(i - 1).end(), t.start())) {
        sentences.add(new Sentence(tokens.get(first).start(), tokens.get(i - 1).end()));
        first = -1;
        quoteUntil = -1;
      }
      if (first < 0) {
        first = i;
      }
      if (t.kind() != Token.Kind.PUNCT) {
        continue;
      }
      char c = t.text().charAt(0);
      if (i > quoteUntil && isOpeningQuote(c)) {
        quoteUntil = closingQuote(text, tokens, i, c);
      }
      boolean quotedEnd = i == quoteUntil && i > first && endsSentence(tokens.get(i - 1), tokens.get(i - 1).text().charAt(0))
          && !isAbbreviation(tokens, first, i - 1);
      if (!quotedEnd && (!endsSentence(t, c) || i < quoteUntil || isAbbreviation(tokens, first, i))) {
        continue;
      }
      int last = i;
      while (last + 1 < n && isTrailer(tokens.get(last + 1))
          && !hasLineBreak(text, tokens.get(last).end(), tokens.get(last + 1).start())) {
        last++;
      }
      sentences.add(new Sentence(tokens.get(first).start(), tokens.get(last).end()));
      first = -1;
      i = last;
    }
    if (first >= 0) {
      sentences.add(new Sentence(tokens.get(first).start(), tokens.get(n - 1).end()));
    }
    return sentences;
  }

  private static boolean endsSentence(Token t, char c) {
    if (c == '.') {
      return t.text().length() == 1;
    }
    return c == '!' || c == '?' || c == '\u061F' || c == '\u061B' || c == '\u06D4';
  }

  /** Closing quotes and brackets, and further end marks, that stay with the sentence. */
  private static boolean isTrailer(Token t) {
    if (t.kind() != Token.Kind.PUNCT) {
      return false;
    }
    char c = t.text().charAt(0);
    return c == '\u201D' || c == '\u00BB' || c == '"' || c == ')' || c == ']' || c == '\u2019' || c == '!' || c == '?'
        || c == '\u061F' || c == '.' || c == '\u2026';
  }

  private static boolean isOpeningQuote(char c) {
    return c == '\u201C' || c == '\u00AB' || c == '"';
  }

  /** The index of the quote closing the one at {@code open} on the same line, or -1. */
  private static int closingQuote(String text, List<Token> tokens, int open, char c) {
    char close = c == '\u201C' ? '\u201D' : c == '\u00AB' ? '\u00BB' : '"';
    int limit = Math.min(tokens.size(), open + MAX_QUOTE_TOKENS);
    for (int j = open + 1; j < limit; j++) {
      Token t = tokens.get(j);
      if (hasLineBreak(text, tokens.get(j - 1).end(), t.start())) {
        return -1;
      }
      if (t.kind() == Token.Kind.PUNCT && t.text().charAt(0) == close) {
        return j;
      }
    }
    return -1;
  }

  private static boolean isAbbreviation(List<Token> tokens, int first, int dot) {
    if (tokens.get(dot).text().charAt(0) != '.' || dot == 0) {
      return false;
    }
    Token prev = tokens.get(dot - 1);
    if (prev.end() != tokens.get(dot).start()) {
      return false;
    }
    if (prev.kind() == Token.Kind.NUMBER) {
      return dot - 1 == first;
    }
    if (prev.kind() != Token.Kind.WORD) {
      return false;
    }
    if (prev.norm().length() == 1) {
      boolean gluedToNumber = dot >= 2 && tokens.get(dot - 2).end() == prev.start()
          && tokens.get(dot - 2).kind() == Token.Kind.NUMBER;
      return !gluedToNumber;
    }
    return ABBREVIATIONS.contains(prev.norm());
  }

  private static boolean hasLineBreak(String text, int from, int to) {
    return DuplicateFinder.hasLineBreak(text, from, to);
  }
}
