package org.marsad.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.marsad.core.text.Normalizer;

/**
 * The terms that the full-text index holds and that queries are matched against. Stateless.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>a term is a maximal run of letters and digits (Arabic or Latin);
 *   <li>it is normalised by {@link Normalizer} (alef forms, ى, ة, diacritics, tatweel, digits);
 *   <li>Latin letters are lower-cased;
 *   <li>it is lightly stemmed by Lucene's {@link ArabicStemmer} (the article ال and the
 *       conjunctions و/ف/ب/ك/ل before it, and common suffixes such as ات، ون، ين، ها);
 *   <li>a stem shorter than two characters keeps the normalised form instead.
 * </ol>
 * Snippets are cut from the original text by re-running the same rules over each word, so that
 * highlighted offsets are those of the text the user reads.
 */
final class SearchText {

  /** Characters of context kept on each side of the first match in a snippet. */
  static final int SNIPPET_CONTEXT = 80;
  /** Most terms taken from one query; the rest are ignored. */
  static final int MAX_QUERY_TERMS = 16;

  // ArabicStemmer keeps no state between calls
  private static final ArabicStemmer STEMMER = new ArabicStemmer();

  private SearchText() {}

  /** A word of the original text: {@code [start, end)} and its index term. */
  record Word(int start, int end, String term) {}

  static List<Word> words(String text) {
    return words(text, 0, text.length(), Set.of());
  }

  /**
   * The words of {@code text} between {@code from} and {@code to}; when {@code stopAt} is not empty,
   * the scan ends after the first word whose term it holds.
   */
  static List<Word> words(String text, int from, int to, Set<String> stopAt) {
    List<Word> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      while (i < to && !isWordChar(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && isWordChar(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        String term = term(text.substring(start, i));
        if (!term.isEmpty()) {
          out.add(new Word(start, i, term));
          if (stopAt.contains(term)) {
            break;
          }
        }
      }
    }
    return out;
  }

  /** The index terms of {@code text}, space-separated, in text order. */
  static String terms(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (Word w : words(text)) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w.term());
    }
    return b.toString();
  }

  static String term(String word) {
    String norm = Normalizer.normalize(word).toLowerCase(Locale.ROOT);
    char[] chars = norm.toCharArray();
    int len = STEMMER.stem(chars, chars.length);
    return len >= 2 ? new String(chars, 0, len) : norm;
  }

  /** The distinct terms of a user query, at most {@link #MAX_QUERY_TERMS}. */
  static List<String> queryTerms(String query) {
    Set<String> terms = new LinkedHashSet<>();
    for (Word w : words(query)) {
      if (terms.size() == MAX_QUERY_TERMS) {
        break;
      }
      terms.add(w.term());
    }
    return List.copyOf(terms);
  }

  /**
   * An FTS5 MATCH expression that requires every query term, or empty when the query has no
   * terms. Terms contain only letters and digits, and each is quoted, so no FTS5 syntax can
   * come from the user.
   */
  static Optional<String> matchExpression(String query) {
    List<String> terms = queryTerms(query);
    if (terms.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder();
    for (String t : terms) {
      if (b.length() > 0) {
        b.append(" AND ");
      }
      b.append('"').append(t).append('"');
    }
    return Optional.of(b.toString());
  }

  /**
   * A snippet of {@code text} around the first word matching a query term, with matches wrapped in
   * {@code [[} and {@code ]]} markers (the caller escapes and styles them), and "…" where cut.
   */
  static String snippet(String text, List<String> queryTerms) {
    Set<String> wanted = Set.copyOf(queryTerms);
    // stem only up to the first match, then only the window around it
    List<Word> upToFirst = words(text, 0, text.length(), wanted);
    Word last = upToFirst.isEmpty() ? null : upToFirst.get(upToFirst.size() - 1);
    int first = last != null && wanted.contains(last.term()) ? last.start() : -1;
    int from = first < 0 ? 0 : Math.max(0, first - SNIPPET_CONTEXT);
    int to = Math.min(text.length(), (first < 0 ? 0 : first) + 2 * SNIPPET_CONTEXT);
    from = wordBoundaryBefore(text, from);
    to = wordBoundaryAfter(text, to);
    StringBuilder b = new StringBuilder();
    if (from > 0) {
      b.append('…');
    }
    int at = from;
    for (Word w : words(text, from, to, Set.of())) {
      if (!wanted.contains(w.term())) {
        continue;
      }
      b.append(text, at, w.start()).append("[[").append(text, w.start(), w.end()).append("]]");
      at = w.end();
    }
    b.append(text, at, to);
    if (to < text.length()) {
      b.append('…');
    }
    return b.toString().replace('\n', ' ').strip();
  }

  private static int wordBoundaryBefore(String text, int i) {
    while (i > 0 && isWordChar(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int wordBoundaryAfter(String text, int i) {
    while (i < text.length() && isWordChar(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isWordChar(char c) {
    // diacritics and tatweel are inside words; the normaliser drops them from the term
    return Character.isLetterOrDigit(c) || c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640';
  }
}
