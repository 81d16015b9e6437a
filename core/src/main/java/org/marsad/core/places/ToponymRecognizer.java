package org.marsad.core.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.core.model.Sentence;

/**
 * Finds gazetteer names in text. Rules:
 * <ul>
 *   <li>Words are runs of letters (diacritics and tatweel included), compared in {@link ArabicNames#key} form.</li>
 *   <li>The longest name wins: multi-word names (صلاح الدين، دير الزور، شرم الشيخ) are tried before single words.</li>
 *   <li>A name's first word may carry proclitics ({@link #PROCLITICS}): و، ب، ل and their pairs; "لل" before a
 *       name in ال (للبصرة) stands for ل + البصرة. The whole word is tried first, so لبنان stays لبنان.</li>
 *   <li>The word before the name may be a descriptor (محافظة، قضاء ...), itself with proclitics (بمحافظة),
 *       spelled with its ة (بلده "his country" is no بلدة).</li>
 *   <li>A relative word (شمال، جنوب، قرب ...) before the name or its descriptor, or "بالقرب من", marks a
 *       place near the name.</li>
 *   <li>A title or given name right before a one-word name, or "بن" right after it, marks a person's name.</li>
 *   <li>A word with tanween fath (ـاً) is an adverb, never a name.</li>
 * </ul>
 * Stateless after construction and safe to share.
 */
public final class ToponymRecognizer {

  /** Proclitics stripped from the first word of a name, shortest first. */
  static final String[] PROCLITICS = {"و", "ب", "ل", "وب", "ول", "فب", "فل"};
  /** A stripped name keeps at least this many letters. */
  static final int MIN_STRIPPED_LETTERS = 3;
  /** How many times larger a stripped reading's place must be to beat the whole word. */
  static final long STRIPPED_POPULATION_RATIO = 2;
  private static final String NEAR_PREFIX = "من";
  private static final char FATHATAN = '\u064B';
  /** Descriptors end in ة; a word ending in a plain ه is another word (بلده، مدينته). */
  private static final char HEH = '\u0647';
  /** "بالقرب من X", "قريبا من X": near X. */
  private static final Set<String> NEAR_WORDS = Set.of("القرب", "قريبا", "مقربه", "قريب");
  /** A name followed by one of these is a person's (حمد بن جاسم). */
  private static final Set<String> PATRONYMIC = Set.of("بن", "ابن", "بنت");

  private final Gazetteer gazetteer;
  private final PlaceLexicon lexicon;

  public ToponymRecognizer(Gazetteer gazetteer, PlaceLexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  /** A word: its span, and its letters in matching form in a buffer shared by the sentence. */
  private static final class Word {
    final int start;
    final int end;
    final char[] buf;
    final int from;
    final int to;
    private String key;

    Word(int start, int end, char[] buf, int from, int to) {
      this.start = start;
      this.end = end;
      this.buf = buf;
      this.from = from;
      this.to = to;
    }

    int start() {
      return start;
    }

    int end() {
      return end;
    }

    /** The word in matching form; equals {@code ArabicNames.key} of its text. */
    String key() {
      if (key == null) {
        key = new String(buf, from, to - from);
      }
      return key;
    }

    boolean startsWith(String prefix) {
      if (to - from < prefix.length()) {
        return false;
      }
      for (int i = 0; i < prefix.length(); i++) {
        if (buf[from + i] != prefix.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    char at(int i) {
      return buf[from + i];
    }

    int length() {
      return to - from;
    }
  }

  /** The toponyms of {@code text} within {@code ranges} (all of it when ranges is empty). */
  public List<Toponym> find(String text, List<Sentence> ranges) {
    List<Toponym> out = new ArrayList<>();
    if (ranges.isEmpty()) {
      findIn(text, 0, text.length(), out);
    } else {
      for (Sentence s : ranges) {
        findIn(text, s.start(), s.end(), out);
      }
    }
    return out;
  }

  private void findIn(String text, int from, int to, List<Toponym> out) {
    List<Word> words = words(text, from, to);
    int i = 0;
    while (i < words.size()) {
      int consumed = match(text, words, i, out);
      i += Math.max(1, consumed);
    }
  }

  /** One way to read a name at a word: which proclitic was stripped, the key, how many words. */
  private record Reading(String prefix, String key, int words, List<GazetteerEntry> candidates) {
    long population() {
      return candidates.stream().mapToLong(GazetteerEntry::population).max().orElse(0);
    }
  }

  /** Tries a name starting at word {@code i}; returns the number of words it spans, 0 if none. */
  private int match(String text, List<Word> words, int i, List<Toponym> out) {
    Word first = words.get(i);
    for (int c = first.start(); c < first.end(); c++) {
      if (text.charAt(c) == FATHATAN) {
        return 0; // an adverb such as "تاريخًا" or "دوراً": names take no tanween
      }
    }
    Optional<Reading> chosen = Optional.empty();
    for (int p = -1; p < PROCLITICS.length; p++) {
      String prefix = p < 0 ? "" : PROCLITICS[p];
      if (p >= 0 && !(first.length() > prefix.length() + 1 && first.startsWith(prefix))) {
        continue;
      }
      if (!known(first, prefix)) {
        continue;
      }
      Optional<Reading> r = read(text, words, i, prefix);
      if (r.isEmpty()) {
        continue;
      }
      Reading reading = r.get();
      if (reading.words() == 1 && !prefix.isEmpty() && (lexicon.isStop(first.key())
          || first.length() > 2 && (first.at(0) == 'و' || first.at(0) == 'ف')
          && lexicon.isStop(first.key().substring(1)))) {
        continue;
      }
      if (chosen.isEmpty() || preferred(reading, chosen.get())) {
        chosen = r;
      }
    }
    if (chosen.isEmpty()) {
      return 0;
    }
    Reading r = chosen.get();
    int space = r.key().indexOf(' ');
    if (space > 0 && lexicon.descriptor(r.key().substring(0, space)).isPresent()
        && gazetteer.containsKey(r.key().substring(space + 1))) {
      return 1; // "محافظة إدلب": the descriptor, then the name it announces
    }
    int start = skipLetters(text, first.start(), first.end(), r.prefix().length());
    int end = words.get(i + r.words() - 1).end();
    Optional<PlaceLexicon.Kind> descriptor = Optional.empty();
    boolean relative = false;
    int before = i - 1;
    if (before >= 0) {
      Word w = words.get(before);
      descriptor = text.charAt(w.end() - 1) == HEH ? Optional.empty() // "بلده" (his town) is no "بلدة"
          : stripped(w.key()).stream().map(lexicon::descriptor).flatMap(Optional::stream).findFirst();
      if (descriptor.isPresent()) {
        before--;
      }
    }
    if (before >= 0) {
      String w = words.get(before).key();
      relative = stripped(w).stream().anyMatch(lexicon::isRelative);
      if (!relative && w.equals(NEAR_PREFIX) && before >= 1) {
        relative = stripped(words.get(before - 1).key()).stream()
            .anyMatch(k -> lexicon.isRelative(k) || NEAR_WORDS.contains(k));
      }
    }
    boolean personCue = false;
    if (r.words() == 1 && descriptor.isEmpty() && r.prefix().isEmpty() && i >= 1) {
      personCue = lexicon.isPersonCue(words.get(i - 1).key());
    }
    if (i + r.words() < words.size()) {
      personCue |= PATRONYMIC.contains(words.get(i + r.words()).key());
    }
    boolean locative = r.prefix().contains("ب") || r.prefix().contains("ل") || relative || descriptor.isPresent()
        || i == 0 // a dateline: "نيويورك - (أ ف ب)"
        || lexicon.isLocative(words.get(i - 1).key());
    out.add(new Toponym(start, end, r.key(), r.candidates(), descriptor, relative, personCue, locative));
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

  private Optional<Reading> read(String text, List<Word> words, int i, String prefix) {
    Word first = words.get(i);
    String head = headFor(first.key(), prefix);
    if (head.length() < 2) {
      return Optional.empty();
    }
    Gazetteer.KeyInfo info = gazetteer.probe(head);
    if (info == null) {
      return Optional.empty();
    }
    String key = info.ids().length > 0 ? head : null;
    int n = 1;
    String prefixSoFar = head;
    for (int j = i + 1; j < words.size() && info != null && info.continues(); j++) {
      if (!onlySpaceBetween(text, words.get(j - 1).end(), words.get(j).start())) {
        break;
      }
      prefixSoFar = prefixSoFar + ' ' + words.get(j).key();
      info = gazetteer.probe(prefixSoFar);
      if (info != null && info.ids().length > 0) {
        key = prefixSoFar;
        n = j - i + 1;
      }
    }
    if (key == null || n == 1 && !prefix.isEmpty() && head.length() < MIN_STRIPPED_LETTERS) {
      return Optional.empty(); // a stripped one-word name keeps three letters; "وأم قصر" is two words
    }
    List<GazetteerEntry> candidates = gazetteer.lookup(key).stream().filter(GazetteerEntry::hasCoordinates).toList();
    return candidates.isEmpty() ? Optional.empty() : Optional.of(new Reading(prefix, key, n, candidates));
  }

  /** Whether the gazetteer may know the word without {@code prefix}; no string is built. */
  private boolean known(Word w, String prefix) {
    int h = KeyFilter.SEED;
    int i = prefix.length();
    if (!prefix.isEmpty() && prefix.endsWith("ل") && w.length() > i + 1 && w.at(i) == 'ل'
        && !(w.at(i) == 'ا' && w.at(i + 1) == 'ل')) {
      h = KeyFilter.mix(h, 'ا'); // "للبصرة": ل + البصرة
    }
    for (; i < w.length(); i++) {
      h = KeyFilter.mix(h, w.at(i));
    }
    return gazetteer.filter().mightContain(h);
  }

  /** The word itself, then the word without each proclitic that it starts with. */
  private static List<String> prefixesOf(String word) {
    List<String> out = new ArrayList<>(4);
    out.add("");
    for (String p : PROCLITICS) {
      if (word.length() > p.length() + 1 && word.startsWith(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /** The name part of {@code word} after {@code prefix}: "لل" + X stands for ل + "ال" + X. */
  private static String headFor(String word, String prefix) {
    String rest = word.substring(prefix.length());
    if (!prefix.isEmpty() && prefix.endsWith("ل") && rest.startsWith("ل") && !rest.startsWith("ال")) {
      return "ا" + rest;
    }
    return rest;
  }

  private static List<String> stripped(String word) {
    List<String> out = new ArrayList<>(4);
    for (String p : prefixesOf(word)) {
      out.add(headFor(word, p));
    }
    return out;
  }

  private static List<Word> words(String text, int from, int to) {
    List<Word> out = new ArrayList<>(1 + (to - from) / 5);
    char[] buf = new char[to - from];
    int n = 0;
    int start = -1;
    int folded = 0;
    for (int i = from; i <= to; i++) {
      char c = i < to ? text.charAt(i) : ' ';
      boolean inWord = i < to && isWordChar(c);
      if (inWord) {
        if (start < 0) {
          start = i;
          folded = n;
        }
        char f = fold(c);
        if (f != 0) {
          buf[n++] = f;
        }
      } else if (start >= 0) {
        if (n > folded) {
          out.add(new Word(start, i, buf, folded, n));
        }
        start = -1;
      }
    }
    return out;
  }

  /**
   * One char in matching form, 0 to drop it: the rules of {@link ArabicNames#key} for the chars of
   * a word (a test checks that both agree).
   */
  static char fold(char c) {
    return switch (c) {
      case '\u0623', '\u0625', '\u0622', '\u0671' -> '\u0627';
      case '\u0649', '\u06CC' -> '\u064A';
      case '\u0629', '\u06C0', '\u06D5' -> '\u0647';
      case '\u06A9' -> '\u0643';
      case '\u0640', '\u0670' -> 0;
      default -> {
        if (c >= '\u064B' && c <= '\u065F' || c >= '\u0610' && c <= '\u061A' || c >= '\u06D6' && c <= '\u06ED') {
          yield 0; // harakat and Quranic marks, as the text layer's Normalizer drops them
        }
        if (c >= '\u0660' && c <= '\u0669') {
          yield (char) ('0' + c - '\u0660');
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
          yield (char) ('0' + c - '\u06F0');
        }
        yield c;
      }
    };
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640';
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
