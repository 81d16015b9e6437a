package org.marsad.core.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.core.model.Sentence;

/**
 * Finds gazetteer names in text. Rules:
 * <ul>
 *   <li>Words are runs of letters (diacritics and tatweel included), compared in {@link ArabicNames#key} form.</li>
 *   <li>The longest name wins: multi-word names (صلاح الدين، دير الزور، شرم الشيخ) are tried before single words.</li>
 *   <li>A name's first word may carry proclitics ({@link #PROCLITICS}): و، ب، ل and their pairs; "لل" before a
 *       name in ال (للبصرة) stands for ل + البصرة. The whole word is tried first, so لبنان stays لبنان.</li>
 *   <li>The word before the name may be a descriptor (محافظة، قضاء ...), itself with proclitics (بمحافظة).</li>
 *   <li>A relative word (شمال، جنوب، قرب ...) before the name or its descriptor, or "بالقرب من", marks a
 *       place near the name.</li>
 *   <li>A title or given name right before a one-word name, or "بن" right after it, marks a person's name.</li>
 * </ul>
 * Stateless after construction and safe to share.
 */
public final class ToponymRecognizer {

  /** Proclitics stripped from the first word of a name, shortest first. */
  static final String[] PROCLITICS = {"و", "ب", "ل", "وب", "ول", "فب", "فل"};
  /** A stripped name keeps at least this many letters. */
  static final int MIN_STRIPPED_LETTERS = 3;
  private static final String NEAR_PREFIX = "من";

  private final Gazetteer gazetteer;
  private final PlaceLexicon lexicon;

  public ToponymRecognizer(Gazetteer gazetteer, PlaceLexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  private record Word(int start, int end, String key) {}

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

  /** Tries a name starting at word {@code i}; returns the number of words it spans, 0 if none. */
  private int match(String text, List<Word> words, int i, List<Toponym> out) {
    Word first = words.get(i);
    for (String prefix : prefixesOf(first.key())) {
      String head = headFor(first.key(), prefix);
      if (head.length() < (prefix.isEmpty() ? 2 : MIN_STRIPPED_LETTERS)) {
        continue;
      }
      int n = 1;
      String key = null;
      if (gazetteer.startsMultiWordName(head)) {
        StringBuilder b = new StringBuilder(head);
        String best = null;
        int bestN = 0;
        for (int j = i + 1; j < words.size() && j - i < gazetteer.maxWords(); j++) {
          if (!onlySpaceBetween(text, words.get(j - 1).end(), words.get(j).start())) {
            break;
          }
          b.append(' ').append(words.get(j).key());
          if (gazetteer.containsKey(b.toString())) {
            best = b.toString();
            bestN = j - i + 1;
          }
        }
        if (best != null) {
          key = best;
          n = bestN;
        }
      }
      if (key == null && gazetteer.containsKey(head)) {
        key = head;
      }
      if (key == null) {
        continue;
      }
      List<GazetteerEntry> candidates = gazetteer.lookup(key).stream().filter(GazetteerEntry::hasCoordinates).toList();
      if (candidates.isEmpty()) {
        continue;
      }
      int start = skipLetters(text, first.start(), first.end(), prefix.length());
      int end = words.get(i + n - 1).end();
      Optional<PlaceLexicon.Kind> descriptor = Optional.empty();
      boolean relative = false;
      int before = i - 1;
      if (before >= 0) {
        descriptor = stripped(words.get(before).key()).stream().map(lexicon::descriptor)
            .flatMap(Optional::stream).findFirst();
        if (descriptor.isPresent()) {
          before--;
        }
      }
      if (before >= 0) {
        String w = words.get(before).key();
        relative = stripped(w).stream().anyMatch(lexicon::isRelative);
        if (!relative && w.equals(NEAR_PREFIX) && before >= 1) {
          relative = stripped(words.get(before - 1).key()).stream()
              .anyMatch(k -> lexicon.isRelative(k) || k.equals("القرب") || k.equals("قريبا") || k.equals("مقربه"));
        }
      }
      boolean personCue = false;
      if (n == 1 && descriptor.isEmpty() && prefix.isEmpty() && i >= 1) {
        personCue = lexicon.isPersonCue(words.get(i - 1).key());
      }
      if (i + n < words.size()) {
        String next = words.get(i + n).key();
        personCue |= next.equals("بن") || next.equals("ابن") || next.equals("بنت");
      }
      out.add(new Toponym(start, end, key, candidates, descriptor, relative, personCue));
      return n;
    }
    return 0;
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
    List<Word> out = new ArrayList<>();
    int start = -1;
    for (int i = from; i <= to; i++) {
      boolean inWord = i < to && isWordChar(text.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        String key = ArabicNames.key(text.substring(start, i));
        if (!key.isEmpty()) {
          out.add(new Word(start, i, key));
        }
        start = -1;
      }
    }
    return out;
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
