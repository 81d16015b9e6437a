package org.marsad.core.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.marsad.core.text.Normalizer;
import org.marsad.core.util.Memos;
import org.marsad.core.util.StringSet;

/**
 * Word-level matching keys shared by the event coder, the actor lexicon and the time expressions.
 *
 * <p>Rules:
 * <ul>
 *   <li>{@link #key}: the {@link Normalizer} form with punctuation and quotes trimmed from both ends;
 *   <li>{@link #candidates}: the key, then the key without a conjunction (و، ف), a preposition or the
 *       article (ب، ل، ك، ال، لل), the future prefix س on an imperfect verb, and without one common
 *       suffix (pronouns ه، ها، هم، هما، كم، نا and verb endings ت، وا، ون، ان). Each stripping
 *       keeps at least {@link #MIN_STEM} letters.
 * </ul>
 * Tokens from the text layer may already carry a stem; these keys do not depend on it so the coder
 * behaves the same with the whitespace tokens of the first-cut text layer.
 */
public final class Words {

  /** Shortest stem left after stripping a clitic. */
  public static final int MIN_STEM = 2;

  private static final String[] SUFFIXES = {"هما", "ها", "هم", "كم", "نا", "ه", "ت", "وا", "ون", "ان", "ين"};

  /** Words whose first letter و is a root letter, not the conjunction (وزارة، وصل، وقع). */
  private static final String[] ROOT_WAW = {"وزار", "وزير", "وزراء", "وصل", "وصول", "وقع", "وقف", "وضع", "وفد", "وكيل",
      "وطن", "وسط", "وقت", "وكال", "وحد", "ولاي", "واشنطن", "وثيق", "ورد", "وعد", "وجه", "وجود", "وافق", "وصف",
      "ولد", "وراء", "وفا", "وقوع", "والي", "وسائل", "وسيل", "وفق", "واجه", "واصل", "وارد"};

  private Words() {}

  private static boolean strippable(String key) {
    if (key.length() <= MIN_STEM + 1 || key.charAt(0) != 'و' && key.charAt(0) != 'ف') {
      return false;
    }
    if (key.charAt(0) == 'و') {
      for (String r : ROOT_WAW) {
        if (key.startsWith(r)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The normalised word with leading and trailing non-letters (quotes, commas, dots) removed. */
  public static String key(String surface) {
    String n = Normalizer.normalize(surface);
    int s = 0;
    int e = n.length();
    while (s < e && !Character.isLetterOrDigit(n.charAt(s))) {
      s++;
    }
    while (e > s && !Character.isLetterOrDigit(n.charAt(e - 1))) {
      e--;
    }
    return n.substring(s, e);
  }

  /**
   * True when every char of {@code s} is a digit ({@link Character#isDigit}), so also for the empty
   * string: {@code s.chars().allMatch(Character::isDigit)} without a stream, for the checks run per word.
   */
  public static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** True when the surface ends with a clause or sentence mark (، , ؛ ; : . ! ? ؟). */
  public static boolean endsClause(String surface) {
    for (int i = surface.length() - 1; i >= 0; i--) {
      char c = surface.charAt(i);
      if (c == '،' || c == ',' || c == '؛' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?'
          || c == '؟') {
        return true;
      }
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return false;
  }

  /** The key without proclitics: conjunction, then preposition and/or article. */
  public static String bare(String key) {
    String w = key;
    if (strippable(w)) {
      w = w.substring(1);
    }
    if (w.length() > MIN_STEM + 2 && w.startsWith("لل")) {
      return w.substring(2);
    }
    if (w.length() > MIN_STEM + 1 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل' || w.charAt(0) == 'ك')
        && w.startsWith("ال", 1)) {
      w = w.substring(1);
    }
    if (w.length() > MIN_STEM + 2 && w.startsWith("ال")) {
      w = w.substring(2);
    }
    return w;
  }

  private static final Set<String> PRONOUN_SUFFIXES = StringSet.of("هما", "ها", "هم", "كم", "نا", "ه");

  /**
   * True when {@code candidate} is {@code key} without its article and a pronoun suffix (القرضه read
   * as قرض + ه): a definite noun takes no possessive pronoun, so that reading is never the word.
   */
  public static boolean definiteWithPronoun(String key, String candidate) {
    String bare = bare(key);
    String w = strippable(key) ? key.substring(1) : key;
    boolean definite = w.startsWith("ال") || w.startsWith("لل")
        || w.length() > 2 && "بلكف".indexOf(w.charAt(0)) >= 0 && w.startsWith("ال", 1);
    return definite && candidate.length() < bare.length() && bare.startsWith(candidate)
        && PRONOUN_SUFFIXES.contains(bare.substring(candidate.length()));
  }

  /**
   * A surface word's {@link #key} and the {@link #candidates} of that key (immutable).
   *
   * @param key the key, maybe empty
   * @param candidates its lookup keys, empty when the key is
   */
  public record Keys(String key, List<String> candidates) {}

  /**
   * Surface words memoised by {@link #of} at most (2^17, about 320 bytes each, fewer on a small heap:
   * {@link Memos}); later new words are computed each time.
   */
  static final int MEMO_CAPACITY = Memos.capacity(1 << 17, 320);
  private static final ConcurrentHashMap<String, Keys> MEMO = new ConcurrentHashMap<>();
  /** Set once {@link #MEMO} is full; spares counting it on every later miss. */
  private static volatile boolean memoFull;

  /**
   * The key and candidates of a surface word, as {@link #key} and {@link #candidates} give them. The
   * stages that read every word (names, events) ask for the same words again and again, so the first
   * {@link #MEMO_CAPACITY} surface words are memoised; the answer never depends on the memo.
   */
  public static Keys of(String surface) {
    Keys k = MEMO.get(surface);
    if (k == null) {
      String key = key(surface);
      k = new Keys(key, List.copyOf(candidates(key)));
      if (!memoFull) {
        if (MEMO.size() < MEMO_CAPACITY) {
          MEMO.putIfAbsent(surface, k);
        } else {
          memoFull = true; // entries are never removed, so the memo stays full
        }
      }
    }
    return k;
  }

  /** Keys to look a word up by, most specific first (see class rules). */
  public static List<String> candidates(String key) {
    List<String> out = new ArrayList<>(8);
    if (key.isEmpty()) {
      return out;
    }
    out.add(key);
    String noConj = key;
    if (strippable(key)) {
      noConj = key.substring(1);
      out.add(noConj);
    }
    if (noConj.length() > MIN_STEM + 2 && noConj.startsWith("لل")) {
      addOnce(out, "ا" + noConj.substring(1));
    }
    String bare = bare(key);
    addOnce(out, bare);
    if (noConj.length() > MIN_STEM + 1 && (noConj.charAt(0) == 'ب' || noConj.charAt(0) == 'ل')) {
      addOnce(out, noConj.substring(1));
    }
    if (noConj.length() > MIN_STEM + 2 && noConj.charAt(0) == 'س'
        && "يتنا".indexOf(noConj.charAt(1)) >= 0) {
      addOnce(out, noConj.substring(1));
    }
    int n = out.size();
    for (int i = 0; i < n; i++) {
      String w = out.get(i);
      for (String suffix : SUFFIXES) {
        if (w.length() >= suffix.length() + MIN_STEM + 1 && w.endsWith(suffix)) {
          String stem = w.substring(0, w.length() - suffix.length());
          addOnce(out, stem);
          if (stem.length() > MIN_STEM + 1 && stem.endsWith("ت") && (suffix.equals("ان") || suffix.equals("ين"))) {
            // the dual of a feminine noun writes its ة as ت (غارتين، مظاهرتان); not before a pronoun, where
            // the noun refers back far more often than it reports (زيارته، جولته)
            addOnce(out, stem.substring(0, stem.length() - 1) + "ه");
          }
          break;
        }
      }
    }
    return out;
  }

  /**
   * True when {@code key} is an imperfect verb with the future prefix سـ (سيزور، وستعقد) and the
   * matched lexicon form {@code form} does not itself begin with س (so سيارة is no future).
   */
  public static boolean futurePrefixed(String key, String form) {
    String w = key;
    if (w.length() > MIN_STEM + 2 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
      w = w.substring(1);
    }
    return w.length() > MIN_STEM + 2 && w.charAt(0) == 'س' && "يتن".indexOf(w.charAt(1)) >= 0
        && !form.startsWith("س") && w.startsWith(form, 1);
  }

  private static void addOnce(List<String> out, String w) {
    if (!w.isEmpty() && !out.contains(w)) {
      out.add(w);
    }
  }
}
