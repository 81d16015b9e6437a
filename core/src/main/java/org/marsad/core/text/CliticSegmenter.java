package org.marsad.core.text;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.core.util.CharTable;
import org.marsad.core.util.StringSet;

/**
 * Splits a normalised word into proclitics, stem and enclitic, for matching ("وبالعراق" →
 * "وبال" + "عراق"; "حكومته" → "حكومه" + "ه").
 *
 * <p>Clitics are data: {@link #PROCLITICS} are every stack of an optional conjunction (و ف), an
 * optional preposition (ب ك ل) or the future marker س (only after و/ف), and an optional article
 * ال (ل + ال is written لل); {@link #ENCLITICS} are the attached pronouns.
 *
 * <p>A split is taken only when the evidence supports it, because many words merely begin or end
 * with a clitic's letters (بغداد، بيروت، لبنان، كركوك، بيان، وزير). The evidence is a table of word
 * counts from news ({@link WordFrequencies}); count(x) below is how often form x occurs there.
 * Rules:
 *
 * <ol>
 *   <li>A word in the exceptions lexicon is never split, and only its conjunction is split off when
 *       it follows و or ف ("وكان" → و + كان).
 *   <li>The stem keeps at least {@link Thresholds#minStemLength} letters, and at least
 *       {@link Thresholds#minEncliticStemLength} when an enclitic is stripped.
 *   <li>No enclitic after the article (a definite noun takes no possessive pronoun).
 *   <li>Not ه when the word is written with ة, not ي when written with ى (the tokeniser passes
 *       these surface facts, which normalisation erases).
 *   <li>The future marker س only before an imperfect prefix ي ت ن ا.
 *   <li>Every split needs its stem to be a word of its own: count(stem) at least
 *       {@link Thresholds#minStemCount}.
 *   <li>The article: the stem must also occur without an article (alone or after و ب ل), at least
 *       {@link Thresholds#minStemCount} times in all; this keeps التزام and friends whole while
 *       العراق → عراق.
 *   <li>The conjunction و alone (and وس): count(stem) at least
 *       {@link Thresholds#conjunctionRatio} × count(word). News is full of "وأضاف" while "أضاف" is
 *       rarer, so the bar is low; it still keeps وزير (count(زير) = 4 against 6,906).
 *   <li>A stack with ف, ب, ك or ل (ف begins many words too): count(stem) at least
 *       {@link Thresholds#prepositionRatio} × count(word): "ببغداد" splits, "فيصل" and "كمال" stay.
 *   <li>A two-letter stem must be {@link Thresholds#shortStemRatio} times as frequent as the word
 *       ("ولم" splits, "وطن" and "ورد" stay).
 *   <li>An enclitic: count(stem) at least {@link Thresholds#encliticRatio} × count(word). When the
 *       stem ends in ت, its ة-form (normalised to ه) is used if more frequent ("حكومته" → "حكومه").
 *   <li>Stripping ي ("my") also needs count(stem + ه) ("his") at least count(word), and the word must
 *       not have a feminine form in ية: nisba adjectives and names (أمني، عربي، سعودي، بارزاني) stay
 *       whole.
 *   <li>A conjunction before another clitic is stripped only when the rest is a word of its own
 *       ("وبالعراق": بالعراق is attested; "فلوله" stays, لوله is not).
 *   <li>Of the splits allowed, the one stripping most letters wins; ties go to the more frequent stem.
 *   <li>A word too rare to be in the table (fewer than {@link Thresholds#minStemCount}) that no rule
 *       splits falls back to stripping the longest of و ف and the article stacks, keeping at least
 *       three letters ("والبيشمركة" → "بيشمركه"): an unknown word beginning with these letters is
 *       more often prefixed than not.
 * </ol>
 *
 * <p>Decisions for every word of the table are made once, at construction; the object is then
 * immutable and thread-safe.
 */
public final class CliticSegmenter {

  /** The bundled exceptions lexicon, in the classpath next to this class. */
  static final String EXCEPTIONS_RESOURCE = "clitic-exceptions.txt";

  static final String ARTICLE = "ال";
  static final String FUTURE = "س";
  static final List<String> CONJUNCTIONS = List.of("", "و", "ف");
  static final List<String> PREPOSITIONS = List.of("", "ب", "ك", "ل");
  /** Every proclitic stack, longest first. */
  static final List<String> PROCLITICS = proclitics();
  /** Attached pronouns, longest first. */
  static final List<String> ENCLITICS = List.of("هما", "ها", "هم", "هن", "كم", "كن", "نا", "ه", "ي");
  private static final List<String> PROCLITICS_AND_NONE = withNone(PROCLITICS);
  private static final List<Proclitic> PROCLITIC_INFO = PROCLITICS_AND_NONE.stream().map(Proclitic::of).toList();
  private static final List<String> ENCLITICS_AND_NONE = withNone(ENCLITICS);
  /** ل + ال is written لل. */
  private static final String LAM_ARTICLE = "لل";
  /** Quick rejection: a word neither starting nor ending with a clitic letter stays whole. */
  private static final String PROCLITIC_FIRST_LETTERS = "وفبكلا";
  private static final String ENCLITIC_LAST_LETTERS = "اهمنيه";
  /** Letters whose proclitic needs the preposition ratio: ب ك ل, and ف, which begins many words. */
  private static final String STRICT_LETTERS = "فبكل";
  /** Letters the imperfect verb starts with; the future marker is only split before them. */
  private static final String IMPERFECT_PREFIXES = "يتنا";
  private static final char TEH = 'ت';
  private static final char HEH = 'ه';
  /** Longest prefix plus suffix assembled around a stem ("ال", "يه"). */
  private static final int MAX_AFFIX = 4;
  private static final String FALLBACK_CONJUNCTIONS = "وف";
  private static final int FALLBACK_MIN_STEM = 3;
  /** Size of the cache-friendly table of the most frequent words. */
  private static final int FREQUENT_WORDS = 8192;

  /**
   * The named thresholds of the decision (see the class rules).
   *
   * @param minStemCount a stem seen fewer times than this is no evidence
   * @param conjunctionRatio count(stem) / count(word) needed to strip و alone
   * @param prepositionRatio count(stem) / count(word) needed to strip a stack with ف ب ك ل
   * @param shortStemRatio count(stem) / count(word) needed when the stem has two letters
   * @param encliticRatio count(stem) / count(word) needed to strip an enclitic
   * @param minStemLength letters left after stripping proclitics
   * @param minEncliticStemLength letters left when an enclitic is stripped
   */
  public record Thresholds(int minStemCount, double conjunctionRatio, double prepositionRatio,
      double shortStemRatio, double encliticRatio, int minStemLength, int minEncliticStemLength) {
    /** Chosen by reading the decisions on SaudiNewsNet's most frequent words (docs/text.md). */
    public static final Thresholds DEFAULT = new Thresholds(5, 0.02, 1.0, 3.0, 0.5, 2, 3);
  }

  /** A segmentation; {@code word} is the whole normalised form. */
  public record Segmentation(String word, String proclitic, String stem, String enclitic) {
    static Segmentation whole(String word) {
      return new Segmentation(word, "", word, "");
    }

    public boolean isSplit() {
      return !proclitic.isEmpty() || !enclitic.isEmpty();
    }
  }

  private final WordFrequencies frequencies;
  private final Set<String> exceptions;
  private final Thresholds thresholds;
  private final CharTable<Segmentation> decided;
  private final CharTable<Segmentation> frequent;
  private final CharTable<Integer> counts;
  private final Map<String, String> clitics;

  public CliticSegmenter(WordFrequencies frequencies, Set<String> exceptions, Thresholds thresholds) {
    this.frequencies = frequencies;
    Set<String> normalised = new HashSet<>();
    exceptions.forEach(e -> normalised.add(Normalizer.normalize(e)));
    this.exceptions = Collections.unmodifiableSet(normalised);
    this.thresholds = thresholds;
    this.counts = new CharTable<>(frequencies.asMap());
    Map<String, String> interned = new HashMap<>();
    PROCLITICS_AND_NONE.forEach(p -> interned.put(p, p));
    ENCLITICS_AND_NONE.forEach(e -> interned.put(e, e));
    this.clitics = Map.copyOf(interned);
    // every word of the table is decided once, here, on all cores
    Map<String, Segmentation> all = frequencies.asMap().keySet().parallelStream()
        .collect(Collectors.toMap(w -> w, w -> decide(w, false, false)));
    this.decided = new CharTable<>(all);
    // the most frequent words cover most tokens: copied one after the other, most frequent first, their
    // decisions and strings share cache lines, and the small table of them stays in the CPU cache
    Map<String, Segmentation> frequentWords = new HashMap<>();
    frequencies.asMap().entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(FREQUENT_WORDS)
        .forEachOrdered(e -> {
          Segmentation d = all.get(e.getKey());
          String word = new String(d.word());
          String stem = d.stem().equals(d.word()) ? word : new String(d.stem());
          frequentWords.put(word, new Segmentation(word, d.proclitic(), stem, d.enclitic()));
          word.hashCode();
        });
    this.frequent = new CharTable<>(frequentWords);
  }

  /** The bundled frequency table and exceptions, with the default thresholds. */
  public static CliticSegmenter standard() {
    return Holder.STANDARD;
  }

  /** No evidence: segments only by the unknown-word fallback. */
  public static CliticSegmenter withoutFrequencies() {
    return new CliticSegmenter(WordFrequencies.empty(), bundledExceptions(), Thresholds.DEFAULT);
  }

  /** Reads an exceptions lexicon: one word per line, {@code #} comments. */
  public static Set<String> readExceptions(Reader reader, String name) {
    LexiconLines lexicon = LexiconLines.read(reader, name);
    Set<String> words = new HashSet<>();
    for (LexiconLines.Line line : lexicon.lines()) {
      if (line.text().chars().anyMatch(Character::isWhitespace)) {
        throw lexicon.error(line, "one word per line expected");
      }
      words.add(line.text());
    }
    return StringSet.copyOf(words);
  }

  static Set<String> bundledExceptions() {
    InputStream in = CliticSegmenter.class.getResourceAsStream(EXCEPTIONS_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing classpath resource " + EXCEPTIONS_RESOURCE);
    }
    return readExceptions(new InputStreamReader(in, StandardCharsets.UTF_8), EXCEPTIONS_RESOURCE);
  }

  /** Segments a word; it is normalised first. */
  public Segmentation segment(String word) {
    String norm = Normalizer.normalize(word);
    char last = word.isEmpty() ? 0 : word.charAt(word.length() - 1);
    char[] buf = norm.toCharArray();
    return segment(buf, buf.length, last == '\u0629', last == '\u0649');
  }

  /**
   * Segments the normalised word {@code buf[0, len)}; the flags say whether the surface ended in ة or
   * ى. Allocation-free for words of the table.
   */
  Segmentation segment(char[] buf, int len, boolean endsWithTaMarbuta, boolean endsWithAlefMaqsura) {
    Segmentation s = lookup(buf, len);
    if (s != null) {
      boolean guarded = endsWithTaMarbuta && s.enclitic().equals("ه")
          || endsWithAlefMaqsura && s.enclitic().equals("ي");
      return guarded ? decide(s.word(), endsWithTaMarbuta, endsWithAlefMaqsura) : s;
    }
    return decide(new String(buf, 0, len), endsWithTaMarbuta, endsWithAlefMaqsura);
  }

  /** Segments {@code buf[0, len)} assuming the surface did not end in ة or ى. */
  Segmentation segment(char[] buf, int len) {
    Segmentation s = lookup(buf, len);
    return s != null ? s : decide(new String(buf, 0, len), false, false);
  }

  /** The decision made at construction, from the small table of frequent words first. */
  private Segmentation lookup(char[] buf, int len) {
    // both tables hash alike: hash the word once for both
    int h = CharTable.hash(buf, 0, len);
    Segmentation s = frequent.get(h, buf, 0, len);
    return s != null ? s : decided.get(h, buf, 0, len);
  }

  /** How often the normalised form occurs in the frequency table. */
  public int count(String norm) {
    return frequencies.count(norm);
  }

  private Segmentation decide(String w, boolean taMarbuta, boolean alefMaqsura) {
    if (exceptions.contains(w) || w.length() <= thresholds.minStemLength() || cannotHaveClitics(w)) {
      return Segmentation.whole(w);
    }
    // works on chars with one scratch buffer: unknown words are decided while tokenising
    char[] wc = w.toCharArray();
    int n = wc.length;
    char[] scratch = new char[n + MAX_AFFIX];
    int wholeCount = count(wc, 0, n);
    Proclitic bestP = null;
    String bestE = "";
    int bestStripped = 0;
    int bestCount = 0;
    boolean bestTa = false;
    // the enclitics the word ends with, found once (most words end with none or one)
    String[] endings = new String[ENCLITICS_AND_NONE.size()];
    int endingCount = 0;
    for (String e : ENCLITICS_AND_NONE) {
      if (w.endsWith(e)) {
        endings[endingCount++] = e;
      }
    }
    for (Proclitic proclitic : PROCLITIC_INFO) {
      String p = proclitic.form();
      if (!p.isEmpty() && p.charAt(0) != wc[0] || !w.startsWith(p)) {
        continue;
      }
      boolean article = proclitic.article();
      for (int ei = 0; ei < endingCount; ei++) {
        String e = endings[ei];
        int stripped = p.length() + e.length();
        if (stripped == 0 || stripped < bestStripped) {
          // the longest allowed split wins, so a shorter one needs no lookups
          continue;
        }
        int off = p.length();
        int len = n - stripped;
        if (len < thresholds.minStemLength()) {
          continue;
        }
        if (!e.isEmpty() && (article || len < thresholds.minEncliticStemLength()
            || taMarbuta && e.equals("ه") || alefMaqsura && e.equals("ي"))) {
          continue;
        }
        if (p.endsWith(FUTURE) && IMPERFECT_PREFIXES.indexOf(wc[off]) < 0) {
          continue;
        }
        Stem stem = new Stem(wc, off, len, false, scratch);
        int stemCount = count(wc, off, len);
        if (!e.isEmpty() && wc[off + len - 1] == TEH) {
          Stem taForm = new Stem(wc, off, len, true, scratch);
          int taCount = count(taForm, "", "");
          if (taCount > stemCount) {
            stem = taForm;
            stemCount = taCount;
          }
        }
        if (!allowed(proclitic, e, stem, stemCount, wholeCount)) {
          continue;
        }
        if (stripped > bestStripped || stripped == bestStripped && stemCount > bestCount) {
          bestP = proclitic;
          bestE = e;
          bestStripped = stripped;
          bestCount = stemCount;
          bestTa = stem.taForm();
        }
      }
    }
    if (bestP != null) {
      int off = bestP.form().length();
      int len = n - bestStripped;
      String stem = bestTa ? new String(wc, off, len - 1) + HEH : new String(wc, off, len);
      return new Segmentation(w, clitics.get(bestP.form()), stem, clitics.get(bestE));
    }
    if (wholeCount < thresholds.minStemCount()) {
      return fallback(w);
    }
    return Segmentation.whole(w);
  }

  /** A candidate stem {@code wc[off, off + len)}, its last letter read as ة when {@code taForm}. */
  private record Stem(char[] wc, int off, int len, boolean taForm, char[] scratch) {
    int length() {
      return len;
    }
  }

  private int count(char[] buf, int off, int len) {
    Integer c = counts.get(buf, off, len);
    return c == null ? 0 : c;
  }

  /** count(prefix + stem + suffix), assembled in the scratch buffer. */
  private int count(Stem s, String prefix, String suffix) {
    char[] b = s.scratch();
    int k = 0;
    for (int i = 0; i < prefix.length(); i++) {
      b[k++] = prefix.charAt(i);
    }
    System.arraycopy(s.wc(), s.off(), b, k, s.len());
    k += s.len();
    if (s.taForm()) {
      b[k - 1] = HEH;
    }
    for (int i = 0; i < suffix.length(); i++) {
      b[k++] = suffix.charAt(i);
    }
    return count(b, 0, k);
  }

  /** Rules 6 to 13 for one candidate split; the cheap ratio test comes before extra lookups. */
  private boolean allowed(Proclitic p, String e, Stem stem, int stemCount, int wholeCount) {
    Thresholds t = thresholds;
    double ratio = p.strict() ? t.prepositionRatio() : p.conjunction() ? t.conjunctionRatio() : 0;
    if (!e.isEmpty()) {
      ratio = Math.max(ratio, t.encliticRatio());
    }
    if (stem.length() == t.minStemLength()) {
      ratio = Math.max(ratio, t.shortStemRatio());
    }
    int evidence = p.article() ? Math.max(stemCount, count(stem, ARTICLE, "")) : stemCount;
    if (evidence < ratio * wholeCount || evidence < t.minStemCount()) {
      return false;
    }
    if (p.article()) {
      int bare = stemCount + count(stem, "و", "") + count(stem, "ب", "") + count(stem, "ل", "");
      if (bare < t.minStemCount()) {
        return false;
      }
    }
    if (p.stacked()) {
      // the word without its conjunction must be a word, and not an exception split inside ("وكان")
      char[] wc = stem.wc();
      int rest = wc.length - 1;
      if (exceptions.contains(new String(wc, 1, rest))) {
        return false;
      }
      if (count(wc, 1, rest) < t.minStemCount() && count(wc, 1, rest - e.length()) < t.minStemCount()) {
        return false;
      }
    }
    return !e.equals("ي")
        || count(stem, "", "ه") >= wholeCount && count(stem, "", "يه") < t.minStemCount();
  }

  private static boolean cannotHaveClitics(String w) {
    return PROCLITIC_FIRST_LETTERS.indexOf(w.charAt(0)) < 0 && ENCLITIC_LAST_LETTERS.indexOf(w.charAt(w.length() - 1)) < 0;
  }

  private Segmentation fallback(String w) {
    for (String p : PROCLITICS) {
      boolean allowed = p.endsWith(ARTICLE) || p.endsWith(LAM_ARTICLE)
          || p.length() == 1 && FALLBACK_CONJUNCTIONS.indexOf(p.charAt(0)) >= 0;
      if (allowed && w.startsWith(p) && w.length() - p.length() >= FALLBACK_MIN_STEM) {
        return new Segmentation(w, p, w.substring(p.length()), "");
      }
    }
    return Segmentation.whole(w);
  }

  private int attested(String stem, boolean article) {
    return frequencies.count(stem) + (article ? frequencies.count(ARTICLE + stem) : 0);
  }

  private static List<String> withNone(List<String> clitics) {
    List<String> all = new ArrayList<>(clitics);
    all.add("");
    return List.copyOf(all);
  }

  private static List<String> proclitics() {
    List<String> all = new ArrayList<>();
    for (String c : CONJUNCTIONS) {
      for (String p : PREPOSITIONS) {
        for (String a : List.of("", ARTICLE)) {
          String stack = c + (p.equals("ل") && !a.isEmpty() ? LAM_ARTICLE : p + a);
          if (!stack.isEmpty()) {
            all.add(stack);
          }
        }
      }
      if (!c.isEmpty()) {
        all.add(c + FUTURE);
      }
    }
    all.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return List.copyOf(all);
  }

  /** What a proclitic stack is made of, worked out once. */
  private record Proclitic(String form, boolean article, boolean strict, boolean conjunction, boolean stacked) {
    static Proclitic of(String form) {
      boolean article = form.endsWith(ARTICLE) || form.endsWith(LAM_ARTICLE);
      String rest = article ? form.substring(0, form.length() - (form.endsWith(LAM_ARTICLE) ? 1 : 2)) : form;
      boolean strict = rest.chars().anyMatch(c -> STRICT_LETTERS.indexOf(c) >= 0);
      boolean stacked = form.length() > 1 && CONJUNCTIONS.contains(form.substring(0, 1));
      return new Proclitic(form, article, strict, !rest.isEmpty() && !strict, stacked);
    }
  }

  /** The bundled segmenter, built on first use (reading the table takes a moment). */
  private static final class Holder {
    static final CliticSegmenter STANDARD =
        new CliticSegmenter(WordFrequencies.bundled(), bundledExceptions(), Thresholds.DEFAULT);
  }
}
