package org.marsad.core.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.core.model.Event.PloverType;
import org.marsad.core.util.StringSet;

/**
 * The features the learned classifiers see in one sentence, given as its words' surface forms.
 *
 * <p>Rules:
 * <ul>
 *   <li>{@code w:} each word without proclitics ({@link Words#bare}); {@code s:} its stem without one
 *       suffix when that differs; {@code b:} each pair of neighbouring bare words;
 *   <li>{@code T} and {@code T:mode} for a trigger of the classifier's type, {@code O:TYPE} for
 *       triggers of other types;
 *   <li>cues within {@link #CUE_WINDOW} words before a trigger of the type: {@code T:neg} (لم، لن،
 *       لا، نفى، ما), {@code T:fut} (سوف، من المقرر، يعتزم, or the trigger itself with سـ),
 *       {@code T:foil} (احبط، منع، تفكيك), {@code T:cond} (ادان، ندد، استنكر);
 *   <li>{@code cas} when a number stands next to a casualty word; {@code recent} for أمس، اليوم،
 *       الليله، صباح، مساء; {@code past} for منذ، عام followed by a year; {@code quote} for a quotation mark.
 * </ul>
 */
final class SentenceFeatures {

  /** A trigger among the first this many words leads the sentence. */
  static final int EARLY = 4;

  private static final Set<String> CROWD = StringSet.of("الاف", "مئات", "عشرات", "حشود", "الالاف", "نحو", "حوالي",
      "متظاهرون", "متظاهرين", "محتجون", "محتجين");

  /** How many words before a trigger its cues may stand. */
  static final int CUE_WINDOW = 4;

  private static final Set<String> NEGATION = StringSet.of("لم", "لن", "لا", "نفي", "ينفي", "نفت", "تنفي", "ما", "عدم");
  private static final Set<String> FUTURE = StringSet.of("سوف", "المقرر", "يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي",
      "سيتم", "سيقوم", "ستقوم", "يرتقب", "المرتقب", "المزمع");
  private static final Set<String> FOILED = StringSet.of("احبط", "احبطت", "احباط", "منع", "منعت", "تفكيك", "فكك",
      "ابطال", "احبطوا", "افشال");
  private static final Set<String> CONDEMN = StringSet.of("ادان", "ادانت", "ندد", "نددت", "استنكر", "استنكرت", "ادانه",
      "تنديد", "يدين", "تدين");
  private static final Set<String> CASUALTY = StringSet.of("قتيل", "قتلي", "قتيلا", "جريح", "جرحي", "جريحا", "مصاب",
      "مصابين", "شخصا", "اشخاص", "شهيد", "شهداء", "مدنيين", "جنود", "عناصر", "مقتل", "اصابه");
  private static final Set<String> RECENT = StringSet.of("امس", "اليوم", "الليله", "صباح", "مساء", "الاحد", "الاثنين",
      "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "فجر", "ظهر");
  private static final Set<String> NUMBER_WORDS = StringSet.of("اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه",
      "ثمانيه", "تسعه", "عشره", "عشرات", "مئات", "عشرين", "ثلاثين", "اربعين", "خمسين", "مئه", "الف");

  private static final Set<String> SPEECH = StringSet.of("قال", "قالت", "اعلن", "اعلنت", "افاد", "افادت", "ذكر", "ذكرت",
      "اكد", "اكدت", "اوضح", "اوضحت", "اضاف", "اضافت", "صرح", "صرحت", "يقول", "تقول", "حذر", "حذرت", "اعتبر",
      "اعتبرت", "راي", "يري", "تري", "راى");
  private static final Set<String> GENERIC = StringSet.of("عمليات", "هجمات", "اعمال", "سلسله", "موجه", "ظاهره",
      "اعتداءات", "تفجيرات", "احتجاجات", "مظاهرات", "تظاهرات", "اي", "كل", "مثل");
  /** Words within this distance of a trigger are its neighbourhood for the {@code T:near:} cues. */
  static final int NEAR = 6;

  private SentenceFeatures() {}

  /**
   * Per-word keys, lookup candidates and stems of one sentence; {@code stems} are the text layer's
   * clitic-segmented stems where the words come from it, else the last lookup candidate.
   */
  record SentenceWords(List<String> keys, List<List<String>> candidates, List<String> stems) {
    static SentenceWords of(List<String> surfaces) {
      List<String> keys = new ArrayList<>(surfaces.size());
      List<List<String>> cands = new ArrayList<>(surfaces.size());
      List<String> stems = new ArrayList<>(surfaces.size());
      for (String s : surfaces) {
        Words.Keys keyed = Words.of(s);
        String k = keyed.key();
        if (k.isEmpty()) {
          continue;
        }
        List<String> c = keyed.candidates();
        keys.add(k);
        cands.add(c);
        stems.add(c.get(c.size() - 1));
      }
      return new SentenceWords(keys, cands, stems);
    }
  }

  static List<String> of(List<String> surfaces, PloverType type, TriggerLexicon lexicon) {
    SentenceWords w = SentenceWords.of(surfaces);
    boolean quote = false;
    for (String s : surfaces) {
      if (s.indexOf('"') >= 0 || s.indexOf('«') >= 0 || s.indexOf('“') >= 0 || s.indexOf('”') >= 0) {
        quote = true;
        break;
      }
    }
    return of(w, quote, type, lexicon);
  }

  static List<String> of(SentenceWords w, boolean quote, PloverType type, TriggerLexicon lexicon) {
    List<String> keys = w.keys();
    List<String> f = new ArrayList<>(keys.size() * 3 + 8);
    Set<String> seen = new HashSet<>();
    String prev = null;
    for (int i = 0; i < Math.min(EARLY, keys.size()); i++) {
      add(f, seen, "f:" + Words.bare(keys.get(i)));
    }
    for (int i = 0; i < keys.size(); i++) {
      List<String> c = w.candidates().get(i);
      String bare = Words.bare(keys.get(i));
      String stem = c.get(c.size() - 1);
      add(f, seen, "w:" + bare);
      if (!stem.equals(bare)) {
        add(f, seen, "s:" + stem);
      }
      String tokenStem = w.stems().get(i);
      if (!tokenStem.equals(stem) && !tokenStem.equals(bare)) {
        add(f, seen, "s:" + tokenStem);
      }
      if (SPEECH.contains(bare)) {
        add(f, seen, "say");
      }
      if (CONDEMN.contains(bare)) {
        add(f, seen, "cond");
      }
      if (prev != null) {
        add(f, seen, "b:" + prev + " " + bare);
      }
      prev = bare;
      if (RECENT.contains(keys.get(i)) || RECENT.contains(bare)) {
        add(f, seen, "recent");
      }
      if (bare.equals("منذ") || (bare.equals("عام") && i + 1 < keys.size() && isYear(keys.get(i + 1)))) {
        add(f, seen, "past");
      }
      if (CASUALTY.contains(bare) && i > 0 && isNumber(keys.get(i - 1))) {
        add(f, seen, "cas");
      }
    }
    int count = 0;
    boolean said = false;
    for (int i = 0; i < keys.size(); i++) {
      String bareHere = Words.bare(keys.get(i));
      if (SPEECH.contains(bareHere)) {
        said = true;
      }
      var m = lexicon.match(w.candidates(), i);
      if (m.isEmpty()) {
        continue;
      }
      var e = m.get().entry();
      if (e.type() != type) {
        add(f, seen, "O:" + e.type());
        continue;
      }
      count++;
      add(f, seen, "T");
      add(f, seen, "T:form:" + e.words().get(0));
      if (said) {
        add(f, seen, "T:said");
      }
      for (int j = Math.max(0, i - NEAR); j < Math.min(keys.size(), m.get().last() + 1 + NEAR); j++) {
        String k = keys.get(j);
        String b = Words.bare(k);
        if (RECENT.contains(k) || RECENT.contains(b)) {
          add(f, seen, "T:near:recent");
        }
        if (isNumber(k)) {
          add(f, seen, "T:near:num");
        }
        if (CASUALTY.contains(b)) {
          add(f, seen, "T:near:cas");
        }
        if (Math.abs(j - i) <= 2 && GENERIC.contains(b)) {
          add(f, seen, "T:gen");
        }
      }
      add(f, seen, "T:" + e.mode());
      add(f, seen, e.verb() ? "T:verb" : "T:noun");
      if (i < EARLY) {
        add(f, seen, "T:early");
        add(f, seen, "T:early:" + (e.verb() ? "v" : "n"));
      }
      int after = m.get().last() + 1;
      if (after < keys.size()) {
        String next = Words.bare(keys.get(after));
        add(f, seen, "T:next:" + next);
        if (isNumber(keys.get(after)) || CROWD.contains(next)) {
          add(f, seen, "T:crowd");
        }
      }
      if (i > 0) {
        add(f, seen, "T:prev:" + Words.bare(keys.get(i - 1)));
      }
      if (Words.futurePrefixed(keys.get(i), e.words().get(0))) {
        add(f, seen, "T:fut");
      }
      for (int j = Math.max(0, i - CUE_WINDOW); j < i; j++) {
        String b = Words.bare(keys.get(j));
        if (NEGATION.contains(keys.get(j))) {
          add(f, seen, "T:neg");
        }
        if (FUTURE.contains(b) || FUTURE.contains(keys.get(j))) {
          add(f, seen, "T:fut");
        }
        if (FOILED.contains(b)) {
          add(f, seen, "T:foil");
        }
        if (CONDEMN.contains(b)) {
          add(f, seen, "T:cond");
        }
      }
    }
    if (count > 0) {
      add(f, seen, "T:n" + Math.min(count, 3));
    }
    add(f, seen, "len:" + (keys.size() < 15 ? "s" : keys.size() < 30 ? "m" : "l"));
    if (quote) {
      add(f, seen, "quote");
    }
    return f;
  }

  /**
   * True for features that name words ({@code w:}, {@code s:}, {@code b:}, {@code f:}, the trigger's
   * form and neighbours); the others are structural cues shared across event types.
   */
  static boolean lexical(String feature) {
    return feature.startsWith("w:") || feature.startsWith("s:") || feature.startsWith("b:") || feature.startsWith("f:")
        || feature.startsWith("T:form:") || feature.startsWith("T:next:") || feature.startsWith("T:prev:");
  }

  private static void add(List<String> f, Set<String> seen, String feature) {
    if (seen.add(feature)) {
      f.add(feature);
    }
  }

  static boolean isYear(String k) {
    return k.length() == 4 && Words.allDigits(k) && (k.startsWith("19") || k.startsWith("20"));
  }

  static boolean isNumber(String k) {
    if (NUMBER_WORDS.contains(Words.bare(k))) {
      return true;
    }
    return !k.isEmpty() && Words.allDigits(k);
  }
}
