package org.marsad.core.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.marsad.core.model.Sentence;
import org.marsad.core.model.Token;
import org.marsad.core.util.CharTable;
import org.marsad.core.util.StringSet;

/**
 * Finds gazetteer names in text. Rules:
 * <ul>
 *   <li>Words are the text layer's word and number tokens, compared by their normal form
 *       ({@link Token#norm()}), which is {@link ArabicNames#key} form but for ۀ and ە, folded here to ه.
 *       Punctuation tokens separate words; a name of several words is written with only spaces,
 *       hyphens or a ZWNJ between them.</li>
 *   <li>The longest name wins: multi-word names (صلاح الدين، دير الزور، شرم الشيخ) are tried before single words.</li>
 *   <li>A name's first word may carry proclitics ({@link #PROCLITICS}): و، ب، ل and their pairs; "لل" before a
 *       name in ال (للبصرة) stands for ل + البصرة. The whole word is tried first, so لبنان stays لبنان.</li>
 *   <li>The word before the name may be a descriptor (محافظة، قضاء ...), itself with proclitics (بمحافظة),
 *       spelled with its ة (بلده "his country" is no بلدة).</li>
 *   <li>A relative word (شمال، جنوب، قرب ...) before the name or its descriptor, or "بالقرب من", marks a
 *       place near the name.</li>
 *   <li>A title or given name right before a one-word name, or "بن" right after it, marks a person's name.</li>
 *   <li>An organisation or team word right before a name (قوات، حزب، نادي، مدرب، ريال), or, without a
 *       descriptor, a masculine nationality adjective or English club word right after it (برشلونة
 *       الإسباني، مانشستر يونايتد), marks an organisation's or club's name.</li>
 *   <li>A word with tanween fath (ـاً) is an adverb, never a name.</li>
 * </ul>
 * Stateless after construction and safe to share.
 */
public final class ToponymRecognizer {

  /** Proclitics stripped from the first word of a name, shortest first; each starts with و، ب، ل or ف. */
  static final String[] PROCLITICS = {"و", "ب", "ل", "وب", "ول", "فب", "فل"};
  /** A stripped name keeps at least this many letters. */
  static final int MIN_STRIPPED_LETTERS = 3;
  /** How many times larger a stripped reading's place must be to beat the whole word. */
  static final long STRIPPED_POPULATION_RATIO = 2;
  private static final String NEAR_PREFIX = "من";
  private static final char FATHATAN = '\u064B';
  /** Descriptors end in ة; a word ending in a plain ه is another word (بلده، مدينته). */
  private static final char HEH = '\u0647';
  /** Persian and Kurdish letters for ه that the matching form folds. */
  private static final char HEH_YEH = '\u06C0';
  private static final char AE = '\u06D5';
  private static final int SCRATCH_CHARS = 64;
  private static final char LAM = 'ل';
  /**
   * Adjectives that follow a place after its descriptor (مديرية حرض المتاخمة للحدود، مدينة ميدي
   * الساحلية), normalised: then a common word before them is the name, not the head of a construct.
   */
  private static final Set<String> PLACE_ADJECTIVES = StringSet.of("المتاخمه", "المتاخم", "الحدوديه", "الحدودي",
      "الواقعه", "الواقع", "التابعه", "التابع", "الساحليه", "الساحلي", "الجبليه", "الجبلي", "القريبه", "القريب",
      "المجاوره", "المجاور", "المحاذيه", "المحاذي");
  /** Plural descriptors, normalised, with no proclitic: they name the places of an area (قرى جبل صبر). */
  private static final Set<String> PLURAL_DESCRIPTORS = StringSet.of("قري", "مناطق", "بلدات", "مدن", "محافظات",
      "اقضيه", "نواحي", "مخيمات", "موانئ");
  /** "بالقرب من X", "قريبا من X": near X. */
  private static final Set<String> NEAR_WORDS = StringSet.of("القرب", "قريبا", "مقربه", "قريب");
  /** A name followed by one of these is a person's (حمد بن جاسم). */
  private static final Set<String> PATRONYMIC = StringSet.of("بن", "ابن", "بنت");

  private final Gazetteer gazetteer;
  private final PlaceLexicon lexicon;

  public ToponymRecognizer(Gazetteer gazetteer, PlaceLexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  /**
   * The words of one sentence, read off the text layer's tokens: spans and matching forms, in
   * arrays reused from sentence to sentence, and a scratch buffer in which keys are assembled.
   */
  private static final class Words {
    final int[] start;
    final int[] end;
    final String[] key;
    int count;
    char[] scratch = new char[SCRATCH_CHARS];

    Words(int capacity) {
      start = new int[capacity];
      end = new int[capacity];
      key = new String[capacity];
    }

    void add(Token t) {
      start[count] = t.start();
      end[count] = t.end();
      key[count] = t.norm();
      count++;
    }

    /** The scratch buffer with room for {@code len} chars; growing it keeps what it holds. */
    char[] scratch(int len) {
      if (len > scratch.length) {
        scratch = java.util.Arrays.copyOf(scratch, Math.max(len, 2 * scratch.length));
      }
      return scratch;
    }
  }

  /**
   * The toponyms of {@code text} in the words of {@code tokens} (the text layer's) that lie within
   * {@code ranges}; all of them when ranges is empty.
   */
  public List<Toponym> find(String text, List<Token> tokens, List<Sentence> ranges) {
    List<Toponym> out = new ArrayList<>();
    Words words = new Words(tokens.size());
    if (ranges.isEmpty()) {
      collect(tokens, 0, 0, text.length(), words);
      findIn(text, words, out);
      return out;
    }
    int t = 0;
    for (Sentence s : ranges) {
      t = collect(tokens, t, s.start(), s.end(), words);
      findIn(text, words, out);
    }
    return out;
  }

  /** Puts the words of {@code tokens} from index {@code t} that start in {@code [from, to)} into {@code words}. */
  private static int collect(List<Token> tokens, int t, int from, int to, Words words) {
    words.count = 0;
    int n = tokens.size();
    while (t < n && tokens.get(t).start() < from) {
      t++;
    }
    for (; t < n && tokens.get(t).start() < to; t++) {
      Token token = tokens.get(t);
      if (token.kind() != Token.Kind.PUNCT) { // a word's normal form is never empty
        words.add(token);
      }
    }
    return t;
  }

  /**
   * Puts a key assembled from tokens' normal forms into matching form ({@link ArabicNames#key}) in
   * place and returns its {@link CharTable#hash}: the text layer's normaliser already applies every
   * rule but one, the Persian and Kurdish ۀ and ە written for ه.
   */
  static int foldAndHash(char[] buf, int off, int len) {
    for (int i = off; i < off + len; i++) {
      if (buf[i] == HEH_YEH || buf[i] == AE) {
        buf[i] = HEH;
      }
    }
    return CharTable.hash(buf, off, len);
  }

  /** A token's normal form in matching form: what {@link #foldAndHash} makes of it. */
  static String matchingForm(String norm) {
    char[] chars = norm.toCharArray();
    foldAndHash(chars, 0, chars.length);
    return new String(chars);
  }

  private void findIn(String text, Words words, List<Toponym> out) {
    int i = 0;
    while (i < words.count) {
      int consumed = match(text, words, i, out);
      i += Math.max(1, consumed);
    }
  }

  /** One way to read a name at a word: which proclitic was stripped, the key, how many words. */
  private record Reading(String prefix, String key, int words, List<GazetteerEntry> candidates) {
    long population() {
      long max = 0;
      for (GazetteerEntry e : candidates) {
        max = Math.max(max, e.population());
      }
      return max;
    }
  }

  /** Tries a name starting at word {@code i}; returns the number of words it spans, 0 if none. */
  private int match(String text, Words words, int i, List<Toponym> out) {
    String first = words.key[i];
    Reading chosen = null;
    int readings = mayHaveProclitic(first) ? PROCLITICS.length : 0;
    for (int p = -1; p < readings; p++) {
      String prefix = p < 0 ? "" : PROCLITICS[p];
      if (p >= 0 && !hasProclitic(first, prefix)) {
        continue;
      }
      Reading reading = read(text, words, i, prefix);
      if (reading == null) {
        continue;
      }
      if (reading.words() == 1 && !prefix.isEmpty() && (lexicon.isStop(first)
          || first.length() > 2 && (first.charAt(0) == 'و' || first.charAt(0) == 'ف')
          && lexicon.isStop(first.substring(1)))) {
        continue;
      }
      if (chosen == null || preferred(reading, chosen)) {
        chosen = reading;
      }
    }
    if (chosen == null || hasTanween(text, words.start[i], words.end[i])) {
      return 0; // an adverb such as "تاريخًا" or "دوراً": names take no tanween
    }
    Reading r = chosen;
    int space = r.key().indexOf(' ');
    if (space > 0 && lexicon.descriptor(r.key().substring(0, space)).isPresent()
        && gazetteer.containsKey(r.key().substring(space + 1))) {
      return 1; // "محافظة إدلب": the descriptor, then the name it announces
    }
    int start = skipLetters(text, words.start[i], words.end[i], r.prefix().length());
    int end = words.end[i + r.words() - 1];
    Optional<PlaceLexicon.Kind> descriptor = Optional.empty();
    boolean relative = false;
    int before = i - 1;
    if (before >= 0) {
      descriptor = text.charAt(words.end[before] - 1) == HEH ? Optional.empty() // "بلده" (his town) is no "بلدة"
          : descriptorOf(words.key[before]);
      if (descriptor.isPresent()) {
        before--;
      }
    }
    if (r.words() == 1 && lexicon.isStop(r.key()) && descriptor.filter(k -> k == PlaceLexicon.Kind.ANY).isPresent()
        && quoted(text, start, end)) {
      descriptor = Optional.of(PlaceLexicon.Kind.CITY); // ومنطقة «معبر» بمحافظة ذمار: quoted, a name, not "a crossing"
    }
    if (r.words() == 1 && lexicon.isStop(r.key()) && descriptor.filter(PlaceLexicon.Kind::namesPlace).isEmpty()) {
      return 1; // a stop word is a place only after a descriptor of its kind (مدينة الخبر): skip the rest
    }
    if (r.words() == 1 && lexicon.isStop(r.key()) && descriptor.isPresent() && plural(words.key[i - 1])
        && i + 1 < words.count && !words.key[i + 1].startsWith("و")
        && !hasPunctuation(text, words.end[i], words.start[i + 1])) {
      // قرى جبل صبر، قرى الحد الجنوبي: after a plural descriptor a common word heads a phrase (the
      // villages of Mount Sabr, of the southern border); a list goes on with و (مدن الخبر والدمام)
      return 1;
    }
    if (r.key().equals("مسقط") && i + 1 < words.count && words.key[i + 1].startsWith("راس")) {
      return 1; // مسقط رأسه: his birthplace, not Muscat
    }
    if (r.words() == 1 && lexicon.isStop(r.key()) && NAME_HEADS.contains(r.key()) && descriptor.isPresent()
        && i + 1 < words.count && headsName(text, words, i)) {
      // قرية تل شعير، جبل صبر: a common word (hill, mountain) heading a name of two words the gazetteer
      // lacks is not a place of its own (Till, Jabel)
      return 1;
    }
    if (r.words() == 1 && lexicon.isStop(r.key()) && !r.key().startsWith("ال") && i + 1 < words.count
        && (words.key[i + 1].startsWith("ال") && (descriptor.filter(PlaceLexicon.Kind::namesPlace).isEmpty()
            || !PLACE_ADJECTIVES.contains(words.key[i + 1]))
            || anyReading(words.key[i + 1], lexicon::isRelative))) {
      // مديرية أمن القاهرة، مديرية أمن شمال سيناء: a bare common noun heading a construct is no name; but
      // after a descriptor of its kind an adjective may follow the name (مديرية حرض المتاخمة للحدود)
      return 1;
    }
    if (before >= 0) {
      String w = words.key[before];
      relative = anyReading(w, lexicon::isRelative);
      if (!relative && w.equals(NEAR_PREFIX) && before >= 1) {
        relative = anyReading(words.key[before - 1], k -> lexicon.isRelative(k) || NEAR_WORDS.contains(k));
      }
    }
    boolean personCue = false;
    if (r.words() == 1 && descriptor.isEmpty() && r.prefix().isEmpty() && i >= 1) {
      personCue = lexicon.isPersonCue(words.key[i - 1]);
    }
    if (i + r.words() < words.count) {
      personCue |= PATRONYMIC.contains(words.key[i + r.words()]);
    }
    boolean locative = r.prefix().contains("ب") || r.prefix().contains("ل") || relative || descriptor.isPresent()
        || i == 0 // a dateline: "نيويورك - (أ ف ب)"
        || lexicon.isLocative(words.key[i - 1]);
    boolean organisationCue = i >= 1 && anyReading(words.key[i - 1], lexicon::isOrganisationCue);
    boolean clubCue = descriptor.isEmpty() && i + r.words() < words.count
        && lexicon.isClubCue(words.key[i + r.words()]);
    out.add(new Toponym(start, end, r.key(), r.candidates(), descriptor, relative, personCue, locative,
        organisationCue, clubCue));
    return r.words();
  }

  /**
   * A longer name beats a shorter one; between one-word readings, the whole word wins unless the
   * stripped reading names a place {@link #STRIPPED_POPULATION_RATIO} times as large (وجدة: و + جدة).
   */
  private static boolean preferred(Reading a, Reading b) {
    if (a.words() != b.words()) {
      return a.words() > b.words();
    }
    return a.population() > STRIPPED_POPULATION_RATIO * b.population();
  }

  /**
   * The name read at word {@code i} without {@code prefix}, as long as the gazetteer knows it, or
   * null. The key is assembled in the scratch buffer and becomes a string only when it names a place.
   */
  private Reading read(String text, Words words, int i, String prefix) {
    String word = words.key[i];
    char[] buf = words.scratch(word.length() + 1);
    int len = 0;
    int from = prefix.length();
    if (endsInLam(prefix) && word.charAt(from) == LAM) {
      buf[len++] = 'ا'; // "للبصرة": ل + البصرة
    }
    word.getChars(from, word.length(), buf, len);
    len += word.length() - from;
    int headLength = len;
    if (headLength < 2) {
      return null;
    }
    int h = foldAndHash(buf, 0, len);
    if (!gazetteer.mightStartName(h)) {
      return null; // most words: no name starts with them, and the filter stays in the cache
    }
    Gazetteer.KeyInfo info = gazetteer.probe(h, buf, 0, len);
    if (info == null) {
      return null;
    }
    Gazetteer.KeyInfo named = info.names() ? info : null;
    int keyLength = len;
    int n = 1;
    for (int j = i + 1; j < words.count && info.continues(); j++) {
      if (!onlySpaceBetween(text, words.end[j - 1], words.start[j])) {
        break;
      }
      String next = words.key[j];
      buf = words.scratch(len + 1 + next.length());
      buf[len++] = ' ';
      next.getChars(0, next.length(), buf, len);
      len += next.length();
      int phrase = foldAndHash(buf, 0, len);
      info = gazetteer.mightBePhrase(phrase) ? gazetteer.probe(phrase, buf, 0, len) : null;
      if (info == null) {
        break;
      }
      if (info.names()) {
        named = info;
        keyLength = len;
        n = j - i + 1;
      }
    }
    if (named == null || n == 1 && !prefix.isEmpty() && headLength < MIN_STRIPPED_LETTERS) {
      return null; // a stripped one-word name keeps three letters; "وأم قصر" is two words
    }
    if (named.located().isEmpty()) {
      return null;
    }
    return new Reading(prefix, new String(buf, 0, keyLength), n, named.located());
  }

  private static boolean hasTanween(String text, int start, int end) {
    for (int c = start; c < end; c++) {
      if (text.charAt(c) == FATHATAN) {
        return true;
      }
    }
    return false;
  }

  /** The descriptor that {@code word} is, itself or without a proclitic (بمحافظة), if any. */
  private Optional<PlaceLexicon.Kind> descriptorOf(String word) {
    Optional<PlaceLexicon.Kind> kind = lexicon.descriptor(word);
    for (int p = 0; kind.isEmpty() && p < PROCLITICS.length && mayHaveProclitic(word); p++) {
      if (hasProclitic(word, PROCLITICS[p])) {
        kind = lexicon.descriptor(headFor(word, PROCLITICS[p]));
      }
    }
    return kind;
  }

  /** Whether {@code test} holds for {@code word} itself or for the word without a proclitic. */
  private static boolean anyReading(String word, Predicate<String> test) {
    if (test.test(word)) {
      return true;
    }
    for (int p = 0; p < PROCLITICS.length && mayHaveProclitic(word); p++) {
      if (hasProclitic(word, PROCLITICS[p]) && test.test(headFor(word, PROCLITICS[p]))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The word after word {@code i}, with nothing between, continues a name: an indefinite word that is no
   * function word, direction, number, place of the gazetteer, descriptor after ب/ل or list item on و
   * (قرية تل شعير, not مديرية حرض بمحافظة حجة, مديرية حرض في محافظة حجة).
   */
  private boolean headsName(String text, Words words, int i) {
    String next = words.key[i + 1];
    if (next.isEmpty() || next.startsWith("ال") || next.startsWith("و") || Character.isDigit(next.charAt(0))
        || !Character.isLetter(next.charAt(0)) || hasPunctuation(text, words.end[i], words.start[i + 1])
        || NAME_BREAKS.contains(next) || anyReading(next, lexicon::isRelative) || descriptorOf(next).isPresent()
        || gazetteer.containsKey(next)) {
      return false;
    }
    return true;
  }

  /** Common nouns that head names of two words (تل شعير، جبل صبر، عين الحلوة، بئر السبع، وادي حضرموت). */
  private static final Set<String> NAME_HEADS = StringSet.of("تل", "جبل", "عين", "بئر", "راس", "وادي", "سوق", "باب",
      "دير", "كفر", "خان", "قصر", "بيت", "حصن", "برج", "جسر", "نهر", "بحر", "ام", "ابو", "بني");

  /** Function words after which no name goes on (مديرية حرض في محافظة حجة). */
  private static final Set<String> NAME_BREAKS = StringSet.of("في", "من", "على", "علي", "الى", "الي", "عن", "مع",
      "بين", "منذ", "حيث", "بعد", "قبل", "خلال", "عند", "لدى", "لدي", "التي", "الذي", "امس", "اليوم", "ضد", "حتى",
      "حتي", "او", "ثم", "كما", "اذ", "اثر", "عقب", "لكن", "قد", "لا", "لم", "لن", "ما");

  /** A plural descriptor, perhaps after و or ب (وقرى، بمناطق). */
  private static boolean plural(String word) {
    return PLURAL_DESCRIPTORS.contains(word) || word.length() > 3 && (word.charAt(0) == 'و' || word.charAt(0) == 'ب')
        && PLURAL_DESCRIPTORS.contains(word.substring(1));
  }

  /** Whether {@code text} has a character other than a letter, a mark or a space in {@code [from, to)}. */
  /** True when {@code [start, end)} stands alone between quotation marks («معبر»، "معبر"). */
  private static boolean quoted(String text, int start, int end) {
    return start > 0 && end < text.length() && "«\"“".indexOf(text.charAt(start - 1)) >= 0
        && "»\"”".indexOf(text.charAt(end)) >= 0;
  }

  private static boolean hasPunctuation(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (!Character.isLetter(c) && !Character.isWhitespace(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
        return true;
      }
    }
    return false;
  }

  private static boolean mayHaveProclitic(String word) {
    char initial = word.charAt(0);
    return initial == 'و' || initial == 'ب' || initial == 'ل' || initial == 'ف';
  }

  /** The word starts with {@code prefix} and keeps two letters after it. */
  private static boolean hasProclitic(String word, String prefix) {
    if (word.length() <= prefix.length() + 1) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (word.charAt(k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsInLam(String prefix) {
    return !prefix.isEmpty() && prefix.charAt(prefix.length() - 1) == LAM;
  }

  /** The name part of {@code word} after {@code prefix}: "لل" + X stands for ل + "ال" + X. */
  private static String headFor(String word, String prefix) {
    String rest = word.substring(prefix.length());
    if (endsInLam(prefix) && rest.charAt(0) == LAM) {
      return "ا" + rest;
    }
    return rest;
  }

  private static boolean onlySpaceBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '-' && c != '\u200C') {
        return false;
      }
    }
    return to - from <= 3;
  }

  /** The offset after {@code letters} letters from {@code start}, skipping diacritics in between. */
  private static int skipLetters(String text, int start, int end, int letters) {
    int i = start;
    int seen = 0;
    while (i < end && seen < letters) {
      char c = text.charAt(i);
      if (Character.isLetter(c) && c != '\u0640') {
        seen++;
      }
      i++;
    }
    while (i < end && !Character.isLetter(text.charAt(i)) || i < end && text.charAt(i) == '\u0640') {
      i++;
    }
    return i;
  }
}
