package org.marsad.core.text;

/**
 * Normalisation for matching. FIRST CUT: alef forms to bare alef, ى to ي, ة to ه, tatweel and
 * diacritics removed, Arabic-Indic and Persian digits to ASCII, zero-width and bidi marks removed.
 * The result may be shorter than the input; offsets always refer to the original text.
 */
public final class Normalizer {

  private Normalizer() {}

  public static String normalize(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\u0623', '\u0625', '\u0622', '\u0671' -> b.append('\u0627');
        case '\u0649' -> b.append('\u064A');
        case '\u0629' -> b.append('\u0647');
        case '\u0640' -> { }
        default -> {
          if (c >= '\u064B' && c <= '\u065F' || c == '\u0670') {
            continue;
          }
          if (c >= '\u0660' && c <= '\u0669') {
            b.append((char) ('0' + c - '\u0660'));
          } else if (c >= '\u06F0' && c <= '\u06F9') {
            b.append((char) ('0' + c - '\u06F0'));
          } else if (c >= '\u200B' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
              || c == '\uFEFF') {
            continue;
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
