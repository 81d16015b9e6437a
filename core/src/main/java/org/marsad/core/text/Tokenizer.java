package org.marsad.core.text;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.model.Token;

/**
 * Splits text into word, number and punctuation tokens with their offsets, and fills each word's
 * normalised form and clitic segmentation.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>Whitespace separates tokens and is never part of one; so do zero-width and bidi marks,
 *       except between two word characters, where they stay inside the word.
 *   <li>A word is a run of letters, combining marks (harakat), tatweel and digits that starts with a
 *       letter ("داعش", "كوفيد19", "لـ").
 *   <li>A number starts with a digit (ASCII, Arabic-Indic or Persian) and continues over digits and
 *       over {@code . , ٫ ٬} between two digits: "30", "٣٠", "3.5", "1,000", "12.10.2021" are one
 *       NUMBER token each; letters after it start a new word ("2015م" is "2015" + "م").
 *   <li>Every other character is punctuation; a run of the same character is one token ("...", "!!"),
 *       so quotes come off words ("“فيديو" is "“" + "فيديو", "وصور”" is "وصور" + "”").
 *   <li>A word whose normal form is empty (a lone tatweel) is punctuation.
 * </ol>
 *
 * <p>Immutable and thread-safe; each call uses its own scratch buffer.
 */
public final class Tokenizer {

  private static final char TA_MARBUTA = '\u0629';
  private static final char ALEF_MAQSURA = '\u0649';
  private static final int INITIAL_BUFFER = 64;
  /** Shared strings for one-character punctuation up to U+2100 (quotes, dashes, Arabic marks). */
  private static final String[] SINGLE_CHARS = singleChars('\u2100');

  private final CliticSegmenter segmenter;

  public Tokenizer(CliticSegmenter segmenter) {
    this.segmenter = segmenter;
  }

  /** The tokeniser with the bundled clitic segmenter. */
  public static Tokenizer standard() {
    return new Tokenizer(CliticSegmenter.standard());
  }

  public List<Token> tokenize(String text) {
    int n = text.length();
    List<Token> tokens = new ArrayList<>(n / 5 + 4);
    char[] buf = new char[INITIAL_BUFFER];
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c) || Normalizer.isFormatMark(c)) {
        i++;
        continue;
      }
      int end;
      if (isDigit(c)) {
        end = scanNumber(text, i);
        String surface = text.substring(i, end);
        String norm = Normalizer.normalize(surface);
        tokens.add(new Token(surface, i, end, Token.Kind.NUMBER, norm, "", norm, ""));
      } else if (isWordChar(c)) {
        end = scanWord(text, i);
        if (end - i > buf.length) {
          buf = new char[Math.max(end - i, buf.length * 2)];
        }
        tokens.add(word(text, i, end, buf));
      } else {
        end = i + 1;
        while (end < n && text.charAt(end) == c) {
          end++;
        }
        String surface = end == i + 1 && c < SINGLE_CHARS.length ? SINGLE_CHARS[c] : text.substring(i, end);
        tokens.add(new Token(surface, i, end, Token.Kind.PUNCT, surface, "", surface, ""));
      }
      i = end;
    }
    return tokens;
  }

  private static String[] singleChars(char limit) {
    String[] strings = new String[limit];
    for (char c = 0; c < limit; c++) {
      strings[c] = String.valueOf(c).intern();
    }
    return strings;
  }

  private Token word(String text, int start, int end, char[] buf) {
    int len = Normalizer.normalize(text, start, end, buf);
    if (len > 0 && isArabicLetter(buf[0])) {
      CliticSegmenter.Segmentation s = segmenter.segment(buf, len);
      if (s.enclitic().length() == 1) {
        // ه and ي are enclitics only if the surface did not end in ة or ى, which normalisation erased
        char last = lastLetter(text, start, end);
        if (last == TA_MARBUTA || last == ALEF_MAQSURA) {
          s = segmenter.segment(buf, len, last == TA_MARBUTA, last == ALEF_MAQSURA);
        }
      }
      // most words are written in their normal form: share the table's string instead of copying
      String surface = len == end - start && sameChars(text, start, buf, len) ? s.word() : text.substring(start, end);
      return new Token(surface, start, end, Token.Kind.WORD, s.word(), s.proclitic(), s.stem(), s.enclitic());
    }
    String surface = text.substring(start, end);
    if (len == 0) {
      return new Token(surface, start, end, Token.Kind.PUNCT, surface, "", surface, "");
    }
    String norm = new String(buf, 0, len);
    return new Token(surface, start, end, Token.Kind.WORD, norm, "", norm, "");
  }

  private static boolean sameChars(String text, int start, char[] buf, int len) {
    for (int i = 0; i < len; i++) {
      if (text.charAt(start + i) != buf[i]) {
        return false;
      }
    }
    return true;
  }

  private static int scanWord(String text, int start) {
    int n = text.length();
    int j = start + 1;
    while (j < n) {
      char c = text.charAt(j);
      if (isWordChar(c)) {
        j++;
      } else if (Normalizer.isFormatMark(c) && j + 1 < n && isWordChar(text.charAt(j + 1))) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  private static int scanNumber(String text, int start) {
    int n = text.length();
    int j = start + 1;
    while (j < n) {
      char c = text.charAt(j);
      if (isDigit(c)) {
        j++;
      } else if (isNumberSeparator(c) && j + 1 < n && isDigit(text.charAt(j + 1))) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  /** The last letter of the surface, skipping harakat, tatweel and format marks. */
  private static char lastLetter(String text, int start, int end) {
    for (int j = end - 1; j >= start; j--) {
      char c = text.charAt(j);
      if (!isMark(c) && c != '\u0640' && !Normalizer.isIgnorable(c)) {
        return c;
      }
    }
    return 0;
  }

  static boolean isSpace(char c) {
    if (c >= '\u0600' && c <= '\u06FF') {
      return false;
    }
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || Character.isWhitespace(c)
        || Character.isSpaceChar(c);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c >= '\u0660' && c <= '\u0669' || c >= '\u06F0' && c <= '\u06F9';
  }

  static boolean isNumberSeparator(char c) {
    return c == '.' || c == ',' || c == Normalizer.ARABIC_DECIMAL_SEPARATOR || c == Normalizer.ARABIC_THOUSANDS_SEPARATOR;
  }

  static boolean isArabicLetter(char c) {
    return c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3' || c == '\u06D5' || c >= '\u06FA' && c <= '\u06FC';
  }

  private static boolean isMark(char c) {
    return c >= '\u064B' && c <= '\u065F' || c == '\u0670';
  }

  /** Letters, digits and combining marks of any script. */
  static boolean isWordChar(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    if (c >= '\u0621' && c <= '\u065F') {
      return true;
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return true;
    }
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
