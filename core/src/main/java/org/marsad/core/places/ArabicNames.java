package org.marsad.core.places;

import org.marsad.core.text.Normalizer;

/**
 * The matching form of an Arabic place name, shared by the gazetteer builder and the recogniser.
 * Rules, in order:
 * <ol>
 *   <li>{@link Normalizer#normalize}: alef forms to ا, ى to ي, ة to ه, diacritics and tatweel dropped;</li>
 *   <li>Persian letters that Arabic writes otherwise: ی to ي, ک to ك, ۀ and ە to ه;</li>
 *   <li>hyphens, apostrophes, brackets and other punctuation become spaces;</li>
 *   <li>runs of spaces collapse to one, and the ends are trimmed.</li>
 * </ol>
 */
public final class ArabicNames {

  private static final char FARSI_YEH = '\u06CC';
  private static final char KEHEH = '\u06A9';
  private static final char HEH_YEH = '\u06C0';
  private static final char AE = '\u06D5';

  private ArabicNames() {}

  public static String key(CharSequence name) {
    String n = Normalizer.normalize(name);
    if (isPlainWord(n)) {
      return n; // the common case in running text: one word of plain Arabic letters
    }
    StringBuilder b = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      switch (c) {
        case FARSI_YEH -> c = '\u064A';
        case KEHEH -> c = '\u0643';
        case HEH_YEH, AE -> c = '\u0647';
        default -> { }
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(c);
      } else {
        space = true;
      }
    }
    return b.toString();
  }

  private static boolean isPlainWord(String n) {
    if (n.isEmpty()) {
      return false;
    }
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!(c >= '\u0621' && c <= '\u064A')) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code s} is written in Arabic letters only (spaces and punctuation allowed), without
   * the letters that only Persian, Urdu or Kurdish use (پ چ ژ گ ڤ ٹ ڈ ں ے ۆ ێ ڕ ڵ ...). Such names
   * are read as Arabic; others are not Arabic names even in Arabic script.
   */
  public static boolean isArabic(CharSequence s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        boolean arabicBlock = c >= '\u0621' && c <= '\u064A' || c == '\u0671' || c == FARSI_YEH || c == KEHEH
            || c == HEH_YEH;
        if (!arabicBlock) {
          return false;
        }
      }
    }
    return letter;
  }
}
