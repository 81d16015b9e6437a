package org.marsad.core.places;

/**
 * Datelines: the place a report was filed from, named at the start of a line and followed by a
 * dash or colon, perhaps with an agency in brackets between (بيروت - ، عمان (أ ف ب) - ، الخرطوم:).
 * Places reads a dateline as a town; events use it only as the article's focus.
 */
public final class Datelines {

  /** How long an agency's name in brackets after a dateline may be (بيروت (أ ف ب) -). */
  public static final int AGENCY_CHARS = 40;

  private Datelines() {}

  /** True when the name over {@code [start, end)} of {@code text} is a dateline. */
  public static boolean at(String text, int start, int end) {
    if (start > 0 && text.charAt(start - 1) != '\n') {
      return false;
    }
    int i = skipSpaces(text, end);
    if (i < text.length() && text.charAt(i) == '(') {
      int close = text.indexOf(')', i);
      if (close < 0 || close - i > AGENCY_CHARS) {
        return false;
      }
      i = skipSpaces(text, close + 1);
    }
    return i < text.length() && "-–—:".indexOf(text.charAt(i)) >= 0;
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
