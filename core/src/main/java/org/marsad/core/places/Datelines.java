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

  /** How long a byline before a dateline may be (واس - ، عين اليوم – ، محمد زامل ــ سبق ــ). */
  public static final int BYLINE_CHARS = 40;

  /**
   * True when the name over {@code [start, end)} is where the report was filed: a dateline as
   * {@link #at} reads one, or after a byline of agency or writer names ending in a dash (واس - الرياض :،
   * عين اليوم – بيروت، فهد كاملي - سبق - جازان:), or opening a line before the date (الرياض 25 شوال 1436 هـ).
   * Wider than {@link #at}, which places trusts to read a name as a town.
   */
  public static boolean filed(String text, int start, int end) {
    if (at(text, start, end)) {
      return true;
    }
    int line = start;
    while (line > 0 && text.charAt(line - 1) != '\n') {
      line--;
    }
    int i = skipSpaces(text, end);
    boolean closes = i >= text.length() || "-–—:\n".indexOf(text.charAt(i)) >= 0;
    if (line == start || text.substring(line, start).isBlank()) {
      return i < text.length() && Character.isDigit(text.charAt(i)); // الرياض 25 شوال 1436 هـ
    }
    String byline = text.substring(line, start).strip();
    if (start - line > BYLINE_CHARS || byline.isEmpty() || "-–—ـ".indexOf(byline.charAt(byline.length() - 1)) < 0) {
      return false;
    }
    for (int k = 0; k < byline.length(); k++) {
      char c = byline.charAt(k);
      if (c == '.' || c == '،' || c == ',' || c == ':' || Character.isDigit(c)) {
        return false; // a sentence, not names
      }
    }
    return closes;
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
