package org.marsad.core.ner;

/**
 * The forms of one token that the recogniser's features read. Rules, applied to the normalised form:
 * <ul>
 *   <li>a conjunction و or ف is stripped when at least three letters remain;</li>
 *   <li>then the article: ال, بال, كال, فال, or لل (ل + ال) is stripped when at least two letters remain;</li>
 *   <li>the stem is what remains, the proclitic what was stripped;</li>
 *   <li>the bare form further strips a preposition ب, ل or ك from a stem without article when at least
 *       three letters remain (بلبنان: stem بلبنان, bare لبنان). It is only a second guess: names such as
 *       بغداد or لندن start with these letters, so the model weighs both.</li>
 * </ul>
 * These are feature-level rules: a wrong split costs a feature, never a token.
 *
 * @param word the surface form
 * @param norm the normalised form ({@link NerNormalizer})
 * @param proclitic the stripped prefix letters, or ""
 * @param stem the normalised form without conjunction and article
 * @param bare the stem without a preposition, or the stem
 */
record WordForms(String word, String norm, String proclitic, String stem, String bare) {

  private static final int MIN_AFTER_CONJUNCTION = 3;
  private static final int MIN_AFTER_ARTICLE = 2;
  private static final int MIN_AFTER_PREPOSITION = 3;
  private static final String[] ARTICLES = {"بال", "كال", "فال", "ال"};

  static WordForms of(String word) {
    String norm = NerNormalizer.normalize(word);
    if (norm.isEmpty()) {
      return new WordForms(word, word, "", word, word);
    }
    int cut = 0;
    if (norm.length() - 1 >= MIN_AFTER_CONJUNCTION && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف')) {
      cut = 1;
    }
    int article = articleLength(norm, cut);
    cut += article;
    String stem = cut == 0 ? norm : norm.substring(cut);
    String bare = stem;
    if (article == 0 && stem.length() - 1 >= MIN_AFTER_PREPOSITION && isPreposition(stem.charAt(0))) {
      bare = stem.substring(1);
    }
    return new WordForms(word, norm, cut == 0 ? "" : norm.substring(0, cut), stem, bare);
  }

  private static int articleLength(String norm, int from) {
    if (norm.startsWith("لل", from) && norm.length() - from - 2 >= MIN_AFTER_ARTICLE) {
      return 2;
    }
    for (String a : ARTICLES) {
      if (norm.startsWith(a, from) && norm.length() - from - a.length() >= MIN_AFTER_ARTICLE) {
        return a.length();
      }
    }
    return 0;
  }

  private static boolean isPreposition(char c) {
    return c == 'ب' || c == 'ل' || c == 'ك';
  }
}
