package org.marsad.core.ner;

/**
 * The normalisation the recogniser's features were trained with, frozen here so that a change to the
 * text layer's {@code Normalizer} cannot silently shift the hashed features of a shipped model (retrain
 * the model to adopt new rules). Rules:
 * <ul>
 *   <li>alef with hamza above or below, alef madda and alef wasla become bare alef ا;</li>
 *   <li>alef maqsura ى becomes ي, and ta marbuta ة becomes ه;</li>
 *   <li>tatweel, the harakat U+064B-U+065F and superscript alef U+0670 are removed;</li>
 *   <li>Arabic-Indic and Persian digits become ASCII digits;</li>
 *   <li>zero-width and bidi marks (U+200B-U+200F, U+202A-U+202E, U+2066-U+2069) and the BOM are removed.</li>
 * </ul>
 */
public final class NerNormalizer {

  private NerNormalizer() {}

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
