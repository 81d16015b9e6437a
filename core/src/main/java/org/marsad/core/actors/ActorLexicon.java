package org.marsad.core.actors;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.core.events.LexiconLines;
import org.marsad.core.events.Words;
import org.marsad.core.util.StringMap;
import org.marsad.core.util.StringSet;

/**
 * Titles, roles, people, organisations and group words mapped to a canonical name and a CAMEO-style
 * code (country plus sector: IRQGOV, IRQMIL, IRQKRG; ISIS for the insurgent group).
 *
 * <p>File format (UTF-8, {@code #} comments, tab-separated):
 * <pre>kind  phrase  name  code  [from  to]</pre>
 * <ul>
 *   <li>{@code kind}: {@code person}, {@code role}, {@code group}, {@code armed} (a named non-state
 *       armed group), {@code generic} (a word that stands for an actor named earlier: الرئيس،
 *       بارزاني) or {@code generic-armed} (التنظيمات الإرهابية، المسلحون: the article's named
 *       armed group when there is one);
 *   <li>{@code from}/{@code to} ({@code YYYY-MM[-DD]} or {@code -}) date a role: several rows for
 *       one phrase give who held it when; the row whose span holds the event's date wins;
 *   <li>phrases are normalised on load; the first word matches through its clitics (لداعش);
 *   <li>two kinds compose: {@code nationality} rows list a country's adjective forms (phrase: the
 *       forms; name: the country; code: its ISO 3166 alpha-3 code) and {@code institution} rows a
 *       head phrase (name: with {@code %s} for the country; code: a sector such as MIL). An
 *       institution followed by an adjective is a group of that country (الجيش السوري → Syria
 *       military, SYRMIL; طائرات حربية روسية → RUSMIL), or a role when its head names one person
 *       (الرئيس، وزير، نظيره); a listed phrase as long wins.
 * </ul>
 */
public final class ActorLexicon {

  public static final String RESOURCE = "actors.txt";

  /**
   * Words that head a title naming one person (الرئيس، وزير الخارجية، نظيره، ولي العهد), matched
   * without clitics: a composed institution with one of them is a role, and a name may follow it.
   */
  private static final Set<String> TITLES = StringSet.of("رئيس", "وزير", "نائب", "قائد", "مدير", "سفير", "ملك", "امير",
      "عاهل", "ولي", "زعيم", "امين", "نظير", "نظيره", "نظيرها", "نظراء", "مبعوث");

  private static final String NATIONALITY = "nationality";
  private static final String INSTITUTION = "institution";

  /** What a phrase names. */
  public enum Kind { PERSON, ROLE, GROUP, ARMED, GENERIC, GENERIC_ARMED }

  /** One row of the lexicon. */
  public record Entry(Kind kind, List<String> words, String name, String code, Optional<LocalDate> from,
      Optional<LocalDate> to) {
    boolean holds(LocalDate date) {
      return from.map(f -> !date.isBefore(f)).orElse(true) && to.map(t -> date.isBefore(t)).orElse(true);
    }
  }

  /** A phrase found over words {@code [first, last]} with every row it may mean. */
  public record Match(int first, int last, List<Entry> entries) {
    public Kind kind() {
      return entries.get(0).kind();
    }

    /** The row that holds on {@code date}, else the latest-starting undated-or-open row. */
    public Entry on(LocalDate date) {
      for (Entry e : entries) {
        if (e.holds(date)) {
          return e;
        }
      }
      return entries.get(entries.size() - 1);
    }
  }

  /** A country's adjective: the country's name and its ISO 3166 alpha-3 code. */
  private record Nationality(String country, String iso) {}

  /** A head phrase that, followed by a country's adjective, names that country's institution. */
  private record Institution(List<String> words, String nameFormat, String sector) {}

  private final Map<String, List<List<Entry>>> byFirstWord;
  private final Map<String, Nationality> nationalities;
  private final Map<String, List<Institution>> institutions;

  /** The canonical names of the people the lexicon names ({@code person} and {@code role} rows). */
  private final Set<String> individuals;
  /** The canonical names of its organisations and armed groups ({@code group} and {@code armed} rows). */
  private final Set<String> organisations;

  private ActorLexicon(Map<String, List<List<Entry>>> byFirstWord, Map<String, Nationality> nationalities,
      Map<String, List<Institution>> institutions) {
    this.byFirstWord = byFirstWord;
    this.nationalities = nationalities;
    this.institutions = institutions;
    Set<String> people = new HashSet<>();
    Set<String> groups = new HashSet<>();
    for (List<List<Entry>> phrases : byFirstWord.values()) {
      for (List<Entry> rows : phrases) {
        for (Entry e : rows) {
          if (e.kind() == Kind.PERSON || e.kind() == Kind.ROLE) {
            people.add(e.name());
          } else if (e.kind() == Kind.GROUP || e.kind() == Kind.ARMED) {
            groups.add(e.name());
          }
        }
      }
    }
    groups.removeAll(people);
    this.individuals = Set.copyOf(people);
    this.organisations = Set.copyOf(groups);
  }

  /** True when {@code name} is the canonical name of an organisation or armed group of the lexicon. */
  public boolean organisation(String name) {
    return organisations.contains(name);
  }

  /**
   * True when {@code name} is the canonical name of one person of the lexicon (a {@code person} row, or
   * who held a {@code role}): two such names are two people even when their codes agree (King Salman
   * and his foreign minister are both SAUGOV).
   */
  public boolean individual(String name) {
    return individuals.contains(name);
  }

  public static ActorLexicon standard() {
    return of(LexiconLines.resource(ActorLexicon.class, RESOURCE));
  }

  public static ActorLexicon read(Reader reader, String source) {
    return of(LexiconLines.read(reader, source));
  }

  private static ActorLexicon of(List<LexiconLines.Line> lines) {
    Map<List<String>, List<Entry>> byPhrase = new HashMap<>();
    Map<String, Nationality> nationalities = new HashMap<>();
    Map<String, List<Institution>> institutions = new HashMap<>();
    for (LexiconLines.Line line : lines) {
      List<String> f = line.fields();
      if (f.size() != 4 && f.size() != 6) {
        throw line.error("expected 4 or 6 tab-separated fields (kind phrase name code [from to]), got " + f.size());
      }
      if (f.get(0).equals(NATIONALITY)) {
        if (!f.get(3).matches("[A-Z]{3}")) {
          throw line.error("expected a three-letter country code, got '" + f.get(3) + "'");
        }
        for (String form : f.get(1).split(" +")) {
          nationalities.put(Words.key(form), new Nationality(f.get(2), f.get(3)));
        }
        continue;
      }
      if (f.get(0).equals(INSTITUTION)) {
        if (!f.get(2).contains("%s")) {
          throw line.error("the name of an institution needs %s for the country, got '" + f.get(2) + "'");
        }
        List<String> words = Arrays.stream(f.get(1).split(" +")).map(Words::key).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
          throw line.error("empty phrase");
        }
        institutions.computeIfAbsent(words.get(0), k -> new ArrayList<>())
            .add(new Institution(words, f.get(2), f.get(3)));
        continue;
      }
      Kind kind;
      try {
        kind = Kind.valueOf(f.get(0).toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw line.error("unknown kind '" + f.get(0) + "'");
      }
      List<String> words = Arrays.stream(f.get(1).split(" +")).map(Words::key).filter(w -> !w.isEmpty()).toList();
      if (words.isEmpty()) {
        throw line.error("empty phrase");
      }
      Optional<LocalDate> from = f.size() == 6 ? date(line, f.get(4)) : Optional.empty();
      Optional<LocalDate> to = f.size() == 6 ? date(line, f.get(5)) : Optional.empty();
      byPhrase.computeIfAbsent(words, k -> new ArrayList<>()).add(new Entry(kind, words, f.get(2), f.get(3), from, to));
    }
    Map<String, List<List<Entry>>> map = new HashMap<>();
    byPhrase.forEach((words, entries) -> map.computeIfAbsent(words.get(0), k -> new ArrayList<>())
        .add(List.copyOf(entries)));
    Map<String, List<List<Entry>>> frozen = new HashMap<>();
    map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    Map<String, List<Institution>> frozenInstitutions = new HashMap<>();
    institutions.forEach((k, v) -> frozenInstitutions.put(k, List.copyOf(v)));
    return new ActorLexicon(StringMap.copyOf(frozen), StringMap.copyOf(nationalities),
        StringMap.copyOf(frozenInstitutions));
  }

  private static Optional<LocalDate> date(LexiconLines.Line line, String s) {
    if (s.equals("-")) {
      return Optional.empty();
    }
    try {
      return Optional.of(s.length() == 7 ? LocalDate.parse(s + "-01") : LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      throw line.error("bad date '" + s + "' (expected YYYY-MM, YYYY-MM-DD or -)");
    }
  }

  /** True for a word, without clitics ({@link Words#bare}), that heads a person's title. */
  public static boolean isTitle(String bare) {
    return TITLES.contains(bare);
  }

  /** The longest phrase starting at word {@code i}, given each word's {@link Words#candidates}. */
  public Optional<Match> match(List<List<String>> candidates, int i) {
    Match best = null;
    for (String c : candidates.get(i)) {
      List<List<Entry>> groups = byFirstWord.get(c);
      if (groups == null || feminineMisread(candidates.get(i), c)) {
        continue;
      }
      for (List<Entry> g : groups) {
        List<String> words = g.get(0).words();
        int j = i;
        boolean ok = true;
        for (int w = 1; w < words.size() && ok; w++) {
          j++;
          ok = j < candidates.size() && candidates.get(j).contains(words.get(w));
        }
        if (ok && (best == null || j > best.last())) {
          best = new Match(i, j, g);
        }
      }
      if (best != null) {
        break;
      }
    }
    Optional<Match> composed = institution(candidates, i);
    if (composed.isPresent() && (best == null || composed.get().last() > best.last())) {
      return composed;
    }
    return Optional.ofNullable(best);
  }

  /**
   * True when {@code c} is another candidate with its final ه cut off: after normalisation ه is
   * also the feminine ة, so الرئيسة ("the main one") is no الرئيس with a pronoun.
   */
  private static boolean feminineMisread(List<String> candidates, String c) {
    return candidates.contains(c + "ه");
  }

  /** An institution phrase at word {@code i} followed by a country's adjective (الجيش السوري). */
  private Optional<Match> institution(List<List<String>> candidates, int i) {
    Match best = null;
    for (String c : candidates.get(i)) {
      List<Institution> heads = institutions.get(c);
      if (heads == null || feminineMisread(candidates.get(i), c)) {
        continue;
      }
      for (Institution inst : heads) {
        int j = i;
        boolean ok = true;
        for (int w = 1; w < inst.words().size() && ok; w++) {
          j++;
          ok = j < candidates.size() && candidates.get(j).contains(inst.words().get(w));
        }
        if (!ok || j + 1 >= candidates.size() || best != null && j + 1 <= best.last()) {
          continue;
        }
        for (String a : candidates.get(j + 1)) {
          Nationality n = nationalities.get(a);
          if (n != null) {
            List<String> words = new ArrayList<>(inst.words());
            words.add(a);
            Kind kind = isTitle(Words.bare(inst.words().get(0))) ? Kind.ROLE : Kind.GROUP;
            Entry e = new Entry(kind, List.copyOf(words), inst.nameFormat().replace("%s", n.country()),
                n.iso() + inst.sector(), Optional.empty(), Optional.empty());
            best = new Match(i, j + 1, List.of(e));
            break;
          }
        }
      }
      if (best != null) {
        break;
      }
    }
    return Optional.ofNullable(best);
  }
}
