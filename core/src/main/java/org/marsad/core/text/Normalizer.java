package org.marsad.core.text;

import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * Normalisation for matching: maps spelling variants of one Arabic word to one form. The result
 * may be shorter than the input; it is only ever a key for lookups, never a replacement for the
 * text, whose offsets stay those of the original.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>Alef wasla {@code ٱ} becomes bare alef {@code ا}.
 *   <li>Persian yeh {@code ی} becomes Arabic yeh {@code ي}; Persian kaf {@code ک} becomes {@code ك}.
 *   <li>Arabic-Indic digits {@code ٠-٩} and Persian digits {@code ۰-۹} become ASCII {@code 0-9}; the
 *       Arabic decimal separator {@code ٫} becomes {@code .} and the thousands separator {@code ٬}
 *       becomes {@code ,}.
 *   <li>Zero-width and bidi marks are removed: U+200B-U+200F (ZWSP, ZWNJ, ZWJ, LRM, RLM),
 *       U+202A-U+202E (embeddings and overrides), U+2066-U+2069 (isolates), U+061C (Arabic letter
 *       mark) and U+FEFF (BOM).
 *   <li>Marks Lucene does not know are removed: superscript alef U+0670, the extended harakat
 *       U+0653-U+065F, the Quranic signs U+0610-U+061A and U+06D6-U+06ED.
 *   <li>Latin letters are lower-cased.
 *   <li>Then Lucene's {@link ArabicNormalizer}: hamza alefs {@code أ إ آ} become {@code ا}; {@code ى}
 *       becomes {@code ي}; {@code ة} becomes {@code ه}; tatweel {@code ـ} and the harakat (fathatan,
 *       dammatan, kasratan, fatha, damma, kasra, shadda, sukun) are removed.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class Normalizer {

  static final char ALEF = '\u0627';
  static final char ALEF_WASLA = '\u0671';
  static final char PERSIAN_YEH = '\u06CC';
  static final char PERSIAN_KAF = '\u06A9';
  static final char ARABIC_YEH = '\u064A';
  static final char ARABIC_KAF = '\u0643';
  static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
  static final char SUPERSCRIPT_ALEF = '\u0670';

  /** Lucene's normaliser keeps no state; one instance serves every thread. */
  private static final ArabicNormalizer LUCENE = new ArabicNormalizer();

  private Normalizer() {}

  /** The normalised form of {@code s}; the empty string for empty input. */
  public static String normalize(CharSequence s) {
    char[] buf = new char[s.length()];
    int len = normalize(s, 0, s.length(), buf);
    return new String(buf, 0, len);
  }

  /**
   * Normalises {@code s[start, end)} into {@code dest} (capacity at least {@code end - start}) and
   * returns the length written. The allocation-free form used by the tokeniser.
   */
  static int normalize(CharSequence s, int start, int end, char[] dest) {
    int len = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c >= '\u0621' && c <= '\u064A') {
        // the Arabic letters, tatweel included: only Lucene's rules apply to them
        dest[len++] = c;
        continue;
      }
      if (c < 0x80) {
        dest[len++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        continue;
      }
      if (isIgnorable(c)) {
        continue;
      }
      dest[len++] = map(c);
    }
    return LUCENE.normalize(dest, len);
  }

  /** True for the zero-width, bidi and extra marks that rules 4 and 5 remove. */
  static boolean isIgnorable(char c) {
    return c >= '\u200B' && c <= '\u200F'
        || c >= '\u202A' && c <= '\u202E'
        || c >= '\u2066' && c <= '\u2069'
        || c == '\u061C' || c == '\uFEFF'
        || c == SUPERSCRIPT_ALEF
        || c >= '\u0653' && c <= '\u065F'
        || c >= '\u0610' && c <= '\u061A'
        || c >= '\u06D6' && c <= '\u06ED';
  }

  /** True for the format characters of rule 4 (a subset of {@link #isIgnorable}). */
  static boolean isFormatMark(char c) {
    return c >= '\u200B' && c <= '\u200F'
        || c >= '\u202A' && c <= '\u202E'
        || c >= '\u2066' && c <= '\u2069'
        || c == '\u061C' || c == '\uFEFF';
  }

  private static char map(char c) {
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    switch (c) {
      case ALEF_WASLA:
        return ALEF;
      case PERSIAN_YEH:
        return ARABIC_YEH;
      case PERSIAN_KAF:
        return ARABIC_KAF;
      case ARABIC_DECIMAL_SEPARATOR:
        return '.';
      case ARABIC_THOUSANDS_SEPARATOR:
        return ',';
      default:
        return c < 0x250 ? Character.toLowerCase(c) : c;
    }
  }
}
