package org.marsad.core.events;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marsad.core.model.Event;
import org.marsad.core.model.Event.PloverType;
import org.marsad.core.util.StringMap;

/**
 * The trigger words of every PLOVER type: verbs in their tense forms and verbal nouns, each with a
 * mode, contexts and, where one fits, ACLED's event and sub-event type.
 *
 * <p>File format (UTF-8, {@code #} comments, tab-separated):
 * <pre>TYPE  mode  context[,context]  acled-event|acled-sub-event  v|n  form form+word ...</pre>
 * {@code -} leaves a field empty; {@code v} marks verbs, {@code n} nouns; {@code +} joins the words
 * of a multi-word form, and {@code +*+} lets up to {@link #MAX_GAP} words stand between two of its
 * words (توجه+*+الى: يتوجه الرئيس الفلسطيني إلى القاهرة); the words after a gap are a condition, not
 * part of the trigger, so a subject in the gap stays after it. Forms are normalised when loaded. A word matches a form when one of its
 * {@link Words#candidates} equals it; later words of a phrase match by their candidates too.
 */
public final class TriggerLexicon {

  /** The bundled lexicon. */
  public static final String RESOURCE = "triggers.txt";

  /** One trigger form and what it codes. */
  public record Entry(PloverType type, String mode, List<String> context, Optional<Event.Acled> acled, boolean verb,
      List<String> words) {}

  /** A trigger found at tokens {@code [first, last]}. */
  public record Match(Entry entry, int first, int last) {}

  /** A form word that lets up to {@link #MAX_GAP} words stand between its neighbours (توجه+*+الى). */
  static final String GAP = "*";
  /** How many words a gap may hold. */
  static final int MAX_GAP = 5;
  /**
   * A form word for a long gap, of up to {@link #MAX_LONG_GAP} words, for a verb whose subject and asides
   * stand before its complement (تمكنت قوات الجيش والمقاومة، بدعم من التحالف، أمس، من تحرير لودر).
   */
  static final String LONG_GAP = "**";
  /** How many words a long gap may hold. */
  static final int MAX_LONG_GAP = 14;

  private final Map<String, List<Entry>> byFirstWord;

  private TriggerLexicon(Map<String, List<Entry>> byFirstWord) {
    this.byFirstWord = byFirstWord;
  }

  public static TriggerLexicon standard() {
    return of(LexiconLines.resource(TriggerLexicon.class, RESOURCE));
  }

  public static TriggerLexicon read(Reader reader, String source) {
    return of(LexiconLines.read(reader, source));
  }

  private static TriggerLexicon of(List<LexiconLines.Line> lines) {
    Map<String, List<Entry>> map = new HashMap<>();
    for (LexiconLines.Line line : lines) {
      List<String> f = line.fields();
      if (f.size() != 6) {
        throw line.error("expected 6 tab-separated fields (TYPE mode context acled v|n forms), got " + f.size());
      }
      PloverType type;
      try {
        type = PloverType.valueOf(f.get(0).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw line.error("unknown PLOVER type '" + f.get(0) + "'");
      }
      String mode = dash(f.get(1));
      List<String> context = dash(f.get(2)).isEmpty() ? List.of() : List.of(f.get(2).split(","));
      Optional<Event.Acled> acled = Optional.empty();
      if (!dash(f.get(3)).isEmpty()) {
        String[] parts = f.get(3).split("\\|");
        if (parts.length != 2) {
          throw line.error("ACLED field must be 'event type|sub-event type', got '" + f.get(3) + "'");
        }
        acled = Optional.of(new Event.Acled(parts[0].strip(), parts[1].strip()));
      }
      if (!f.get(4).equals("v") && !f.get(4).equals("n")) {
        throw line.error("part of speech must be v or n, got '" + f.get(4) + "'");
      }
      boolean verb = f.get(4).equals("v");
      for (String form : f.get(5).split(" +")) {
        List<String> words = Arrays.stream(form.split("\\+")).map(w -> w.equals(GAP) || w.equals(LONG_GAP) ? w : Words.key(w))
            .filter(w -> !w.isEmpty()).toList();
        if (gap(words.get(0)) || gap(words.get(words.size() - 1))) {
          throw line.error("a gap (* or **) must stand between two words, got '" + form + "'");
        }
        if (words.isEmpty()) {
          throw line.error("empty form in '" + f.get(5) + "'");
        }
        map.computeIfAbsent(words.get(0), k -> new ArrayList<>())
            .add(new Entry(type, mode, context, acled, verb, words));
      }
    }
    Map<String, List<Entry>> frozen = new HashMap<>();
    map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new TriggerLexicon(StringMap.copyOf(frozen));
  }

  private static boolean gap(String word) {
    return word.equals(GAP) || word.equals(LONG_GAP);
  }

  private static String dash(String s) {
    return s.equals("-") ? "" : s;
  }

  /**
   * The longest trigger starting at token {@code i}, given each token's {@link Words#candidates}.
   */
  public Optional<Match> match(List<List<String>> candidates, int i) {
    Match best = null;
    List<String> forms = candidates.get(i);
    for (String c : forms) {
      List<Entry> entries = byFirstWord.get(c);
      if (entries == null || Words.definiteWithPronoun(forms.get(0), c)) {
        continue;
      }
      for (Entry e : entries) {
        int last = matchRest(e.words(), candidates, i);
        if (last >= 0 && (best == null || last > best.last())) {
          best = new Match(e, i, last);
        }
      }
      if (best != null) {
        break;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The verb that a matched noun form may also be (قصف the masdar and قصف "shelled"), over the same
   * words, if the lexicon lists one.
   */
  public Optional<Match> verbReading(List<List<String>> candidates, Match m) {
    return reading(candidates, m, true);
  }


  /**
   * The verbal noun that a matched verb form may also be (تعاون "cooperated" and تعاون
   * "cooperation"), over the same words, if the lexicon lists one.
   */
  public Optional<Match> nounForm(List<List<String>> candidates, Match m) {
    return reading(candidates, m, false);
  }

  /** The entry of the same type over the same words that is a verb (or a noun, {@code verb} false). */
  private Optional<Match> reading(List<List<String>> candidates, Match m, boolean verb) {
    if (m.entry().verb() == verb) {
      return Optional.of(m);
    }
    for (String c : candidates.get(m.first())) {
      for (Entry e : byFirstWord.getOrDefault(c, List.of())) {
        if (e.verb() == verb && e.type() == m.entry().type() && matchRest(e.words(), candidates, m.first()) == m.last()) {
          return Optional.of(new Match(e, m.first(), m.last()));
        }
      }
    }
    return Optional.empty();
  }


  /**
   * The last word of the trigger when {@code words} match from word {@code i}, else -1. After a
   * gap the rest only has to follow within {@link #MAX_GAP} words and is not part of the trigger.
   */
  private static int matchRest(List<String> words, List<List<String>> candidates, int i) {
    int j = i;
    int last = -1;
    for (int w = 1; w < words.size(); w++) {
      if (words.get(w).equals(GAP) || words.get(w).equals(LONG_GAP)) {
        last = last < 0 ? j : last;
        int gap = words.get(w).equals(GAP) ? MAX_GAP : MAX_LONG_GAP;
        String next = words.get(++w);
        int end = Math.min(candidates.size() - 1, j + gap + 1);
        int found = -1;
        for (int k = j + 1; k <= end && found < 0; k++) {
          if (candidates.get(k).contains(next)) {
            found = k;
          }
        }
        if (found < 0) {
          return -1;
        }
        j = found;
        continue;
      }
      j++;
      if (j >= candidates.size() || !candidates.get(j).contains(words.get(w))) {
        return -1;
      }
    }
    return last < 0 ? j : last;
  }
}
