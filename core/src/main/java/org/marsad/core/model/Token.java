package org.marsad.core.model;

/**
 * A token of the analysed text.
 *
 * @param text the surface form, exactly {@code analysedText.substring(start, end)}
 * @param kind word, number or punctuation
 * @param norm the normalised form used for matching (see {@code ArabicNormalizer} rules)
 * @param proclitic the normalised proclitics stripped from the front (e.g. "وبال"), or ""
 * @param stem the normalised form without clitics; equals {@code norm} when nothing was stripped
 * @param enclitic the normalised enclitic stripped from the end (e.g. "ها"), or ""
 */
public record Token(String text, int start, int end, Kind kind, String norm, String proclitic, String stem,
    String enclitic) {

  public enum Kind { WORD, NUMBER, PUNCT }

  public boolean isWord() {
    return kind == Kind.WORD;
  }
}
