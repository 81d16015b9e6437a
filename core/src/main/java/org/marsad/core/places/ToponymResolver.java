package org.marsad.core.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.core.model.Entity;
import org.marsad.core.model.EntityType;
import org.marsad.core.model.Feature;
import org.marsad.core.model.Place;

/**
 * Picks one gazetteer entry per toponym and decides whether the toponym is a place at all.
 *
 * <p>Resolution runs twice. The first pass scores each toponym's candidates without context and
 * takes the article's focus country (the country most toponyms point to; a country name counts
 * double) and the divisions and points it names. The second pass adds the context terms of
 * {@link ResolverWeights}: focus country, hierarchy, nearby places.
 *
 * <p>Acceptance rules, in order:
 * <ol>
 *   <li>inside a longer PER or ORG entity, or right after a title or given name (unless it names
 *       a country: ملك الأردن): a person, not a place; but a PER/ORG span that is exactly the name of a
 *       governorate or country (وصلاح الدين), or that is only a list of two or more toponyms joined
 *       by و or commas (الفاو وأم قصر), does not overrule the gazetteer;</li>
 *   <li>after an organisation or team word, or (unless it names a country) before a club word: part
 *       of an organisation's or club's name, not a place (قوات سوريا الديمقراطية، برشلونة الإسباني);</li>
 *   <li>a stop word: not a place, unless a descriptor of a town, village, governorate or district
 *       precedes it (مدينة الخبر), even inside a LOC entity (the tagger reads السيول and وادي as
 *       places); an ambiguous word (صور، الباب، الشرقية) without a descriptor: a place only after a
 *       relative word or when the article's focus country is the place's country, even inside a LOC
 *       entity (الغوطة الشرقية);</li>
 *   <li>inside a LOC entity: a place;</li>
 *   <li>a one- or two-letter name: a place only after a descriptor of its kind or if it is a major
 *       place of the article's focus country (إب in a Yemeni story); after any other descriptor: a
 *       place;</li>
 *   <li>an ambiguous word (صور، الباب): a place only after a relative word or when the article's
 *       focus country is the place's country;</li>
 *   <li>a major place (a country, a governorate, a region, a seat or city of
 *       {@link ResolverWeights#homeMajorPopulation} in the home countries, a capital or city of
 *       {@link ResolverWeights#majorPopulation} anywhere): a place;</li>
 *   <li>a name of several words in the home countries (شرم الشيخ): a place;</li>
 *   <li>a major place: a place, but a foreign town other than a capital or a city of
 *       {@link ResolverWeights#worldCityPopulation} must follow a preposition of place (في، إلى، من ...),
 *       carry ب/ل, or open a sentence (a dateline);</li>
 *   <li>any other place must follow a preposition of place and needs support: a name of several
 *       words in the article's focus country (في بولي علم in an Afghan story), or the article names
 *       its governorate or district, or another town of the article lies within
 *       {@link ResolverWeights#supportKm}.</li>
 * </ol>
 * Last, a town, village or district followed by its container (حي القابل بمنطقة نجران: ب or في, perhaps
 * a descriptor, then a division or town) is dropped when the gazetteer's entry of that name lies
 * outside the container: the gazetteer lacks the place, and the container stands for it.
 */
public final class ToponymResolver {

  /** The longest proclitic stack written before a name (وبال، فلل). */
  private static final int MAX_PROCLITIC_CHARS = 4;

  private static final double KM_PER_DEGREE = 111.2;
  /** Context-free score within which a candidate of another country contends for a name's vote. */
  private static final double SHARED_NAME_MARGIN = 1.0;

  private final Gazetteer gazetteer;
  private final PlaceLexicon lexicon;
  private final ResolverWeights w;
  /** Per gazetteer entry, computed once: in the home countries? a major place? */
  private final boolean[] home;
  private final boolean[] major;

  public ToponymResolver(Gazetteer gazetteer, PlaceLexicon lexicon, ResolverWeights weights) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.w = weights;
    int n = gazetteer.entries().size();
    this.home = new boolean[n];
    this.major = new boolean[n];
    for (GazetteerEntry e : gazetteer.entries()) {
      home[e.index()] = w.homeCountries().contains(e.country());
      major[e.index()] = computeMajor(e);
    }
  }

  /** What the article says around its toponyms, gathered in the first pass. */
  private record Context(Optional<String> focus) {}

  /**
   * The first-pass entries of an article's toponyms, but the one at {@code skip} and its twins (the
   * same name elsewhere in the article): the other places that a toponym's context is made of. A
   * name is no evidence for its own reading: القنيطرة twice had made Kenitra "near" Kenitra, and
   * its province "named", in a report from Syria. Shared by every toponym, without copies.
   */
  private record Others(List<GazetteerEntry> all, int skip, String[] keys) {
    static final Others NONE = new Others(List.of(), -1, new String[0]);

    int size() {
      return all.size();
    }

    /** The entry at {@code i}, or null for the skipped toponym itself and its twins. */
    GazetteerEntry get(int i) {
      return i == skip || keys[i].equals(keys[skip]) ? null : all.get(i);
    }
  }

  /**
   * The divisions (gazetteer indices) that an article names, each with the toponym that names it;
   * a handful, so plain arrays. {@code skip} leaves one toponym's divisions out, and those of its twins.
   */
  private record Divisions(int[] ids, int[] owners, int skip, String[] keys) {
    static final Divisions NONE = new Divisions(new int[0], new int[0], -1, new String[0]);

    Divisions without(int toponym) {
      return new Divisions(ids, owners, toponym, keys);
    }

    boolean contains(int id) {
      if (id < 0) {
        return false;
      }
      for (int i = 0; i < ids.length; i++) {
        if (ids[i] == id && owners[i] != skip && !(skip >= 0 && keys[owners[i]].equals(keys[skip]))) {
          return true;
        }
      }
      return false;
    }
  }

  public List<Place> resolve(String text, List<Toponym> toponyms, List<Entity> entities) {
    List<Toponym> kept = new ArrayList<>();
    List<Boolean> loc = new ArrayList<>();
    for (Toponym t : toponyms) {
      Optional<Entity> entity = covering(entities, t);
      Optional<EntityType> type = entity.map(Entity::type);
      if (type.isPresent() && (type.get() == EntityType.PER || type.get() == EntityType.ORG)
          && !(onlyThisName(entity.get(), t) && (namesKind(t)
              || isArea(best(t, Optional.empty(), Others.NONE, Divisions.NONE))))
          && !listsPlaces(text, entity.get(), toponyms)) {
        continue;
      }
      boolean insideLoc = type.isPresent() && type.get() == EntityType.LOC;
      if (hopeless(t)) {
        continue;
      }
      kept.add(t);
      loc.add(insideLoc);
    }
    List<GazetteerEntry> first = new ArrayList<>(kept.size());
    boolean[] stop = new boolean[kept.size()];
    int[] shared = new int[kept.size()];
    for (int i = 0; i < kept.size(); i++) {
      // pass 1: each candidate scored once without context; the best, and how many countries contend
      Toponym t = kept.get(i);
      List<GazetteerEntry> candidates = t.candidates();
      double[] scores = new double[candidates.size()];
      int top = -1;
      for (int c = 0; c < scores.length; c++) {
        scores[c] = score(t, candidates.get(c), Optional.empty(), Others.NONE, Divisions.NONE);
        if (top < 0 || scores[c] > scores[top]) {
          top = c;
        }
      }
      first.add(top < 0 ? null : candidates.get(top));
      shared[i] = top < 0 ? 1 : contenders(candidates, scores, top);
      stop[i] = lexicon.isStop(kept.get(i).key());
    }
    Context context = context(kept, first, stop, shared);
    String[] keys = new String[kept.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = kept.get(i).key();
    }
    Divisions named = divisions(first, stop, keys);
    // one sense per article: a name read with a descriptor (العاصمة عمان) or as the dateline (عمان -)
    // gives its entry to the same name's bare mentions (في عمان)
    Map<String, GazetteerEntry> anchored = new HashMap<>();
    GazetteerEntry[] described = new GazetteerEntry[kept.size()];
    GazetteerEntry[] anchors = new GazetteerEntry[kept.size()];
    for (int i = 0; i + 1 < kept.size(); i++) {
      if (first.get(i + 1) != null && first.get(i + 1).feature() != Feature.COUNTRY
          && DIRECTED.matcher(text.substring(kept.get(i).end(), kept.get(i + 1).start())).matches()) {
        anchors[i] = first.get(i + 1);
      }
    }
    // a name a direction places near another (قرية دوما جنوب مدينة نابلس) gives that reading to all its mentions
    Map<String, GazetteerEntry> directed = new HashMap<>();
    for (int i = 0; i < kept.size(); i++) {
      if (anchors[i] != null) {
        Toponym t = kept.get(i);
        Others others = new Others(first, i, keys);
        GazetteerEntry plain = best(t, context.focus(), others, named.without(i));
        GazetteerEntry e = near(t, plain, anchors[i], context.focus(), others, named.without(i));
        if (e != plain) {
          directed.putIfAbsent(t.key(), e);
        }
      }
    }
    for (int i = 0; i < kept.size(); i++) {
      Toponym t = kept.get(i);
      GazetteerEntry e = null;
      if (t.descriptor().isPresent()) {
        e = described[i] = directed.containsKey(t.key()) && fits(t.descriptor().get(), directed.get(t.key()).feature())
            ? directed.get(t.key()) : best(t, context.focus(), new Others(first, i, keys), named.without(i));
      } else if (directed.containsKey(t.key())) {
        e = directed.get(t.key());
      } else if (Datelines.at(text, t.start(), t.end())) {
        e = city(t).orElse(null);
      }
      if (e != null) {
        anchored.putIfAbsent(t.key(), e);
      }
    }
    GazetteerEntry[] chosen = new GazetteerEntry[kept.size()];
    boolean[] ok = new boolean[kept.size()];
    for (int i = 0; i < kept.size(); i++) {
      Toponym t = kept.get(i);
      Others others = new Others(first, i, keys);
      Divisions divisions = named.without(i);
      chosen[i] = described[i] != null ? described[i]
          : anchored.containsKey(t.key()) ? anchored.get(t.key()) : best(t, context.focus(), others, divisions);
      ok[i] = accepted(t, chosen[i], loc.get(i), context, others, divisions) && !outOfReach(chosen[i], anchors[i]);
    }
    List<Place> out = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      if (ok[i] && !(i + 1 < kept.size() && ok[i + 1] && outsideItsContainer(text, kept.get(i), chosen[i],
          kept.get(i + 1), chosen[i + 1]))) {
        out.add(place(text, kept.get(i), chosen[i]));
      }
    }
    return out;
  }

  /**
   * True when a town is named inside a division or town that the next toponym gives (حي القابل
   * بمنطقة نجران، قرية المروة بمحافظة الحرث، الحي الفلاني في مدينة حلب) but the gazetteer's town of
   * that name lies elsewhere: the place named is one the gazetteer lacks, and the container stands
   * for it.
   */
  private boolean outsideItsContainer(String text, Toponym t, GazetteerEntry e, Toponym next, GazetteerEntry c) {
    if (e.feature() != Feature.CITY && e.feature() != Feature.VILLAGE && e.feature() != Feature.ADMIN2) {
      return false;
    }
    if (!next.locative() || c.feature() == Feature.COUNTRY || e.country().equals(c.country()) && c.feature() == e.feature()) {
      return false;
    }
    String between = text.substring(t.end(), next.start()).strip();
    if (between.startsWith("في ")) {
      between = between.substring(3).strip();
    }
    if (between.isEmpty() || between.indexOf(' ') >= 0 || between.startsWith("و")
        || !(between.equals("ب") || next.descriptor().isPresent())) {
      // صنعاء ومدينة مأرب: و joins two places, it does not put one inside the other
      return false;
    }
    return switch (c.feature()) {
      case ADMIN1 -> gazetteer.admin1Index(e) != c.index();
      case ADMIN2 -> gazetteer.admin2Index(e) != c.index();
      default -> km(e, c) > 2 * w.supportKm();
    };
  }

  /**
   * What lies between a town and the place a direction measures it from (دوما جنوب مدينة نابلس، X شمال شرقي بغداد،
   * X بجنوب محافظة Y): a compass point or two, perhaps a descriptor.
   */
  private static final Pattern DIRECTED = Pattern.compile(
      "[\\s،,]*(?:[وب]?(?:ال)?(?:جنوب|شمال|شرق|غرب)(?:ي|ى)?\\s*){1,2}"
          + "(?:(?:مدينة|محافظة|بلدة|قرية|العاصمة|ولاية|منطقة|قضاء|مديرية|ناحية)\\s*)?");

  /**
   * A town a direction measures from another place (قرية دوما جنوب مدينة نابلس) lies within reach of it: when the
   * best reading is farther than {@link ResolverWeights#nearbyKm} from that place's reading, the best reading within
   * reach, if the name has one (Duma by Nablus, not Douma by Damascus).
   */
  private GazetteerEntry near(Toponym t, GazetteerEntry best, GazetteerEntry anchor, Optional<String> focus, Others others,
      Divisions divisions) {
    if (best == null || anchor == null || km(best, anchor) <= w.nearbyKm()) {
      return best;
    }
    GazetteerEntry reached = null;
    double top = Double.NEGATIVE_INFINITY;
    for (GazetteerEntry e : t.candidates()) {
      if (km(e, anchor) <= w.nearbyKm()) {
        double s = score(t, e, focus, others, divisions);
        if (s > top) {
          top = s;
          reached = e;
        }
      }
    }
    return reached == null ? best : reached;
  }

  /**
   * A town or village a direction measures from a place (منطقة الحسينية شمال شرقي بغداد، قرية العين شمالي مدينة أبها)
   * whose reading lies far beyond reach of it (al-Husseiniya in Jordan, Al Ain in the Emirates): the gazetteer lacks
   * the town, and the place it is measured from stands for it.
   */
  private boolean outOfReach(GazetteerEntry e, GazetteerEntry anchor) {
    // a district keeps its reading: news measures one loosely from a far capital (قضاء البعاج شمال غرب بغداد)
    return e != null && anchor != null && (e.feature() == Feature.CITY || e.feature() == Feature.VILLAGE)
        && km(e, anchor) > 2 * w.nearbyKm();
  }

  /** The most populous town among a dateline's readings, if it has one. */
  private static Optional<GazetteerEntry> city(Toponym t) {
    GazetteerEntry best = null;
    for (GazetteerEntry e : t.candidates()) {
      if ((e.feature() == Feature.CITY || e.feature() == Feature.VILLAGE)
          && (best == null || e.population() > best.population())) {
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  /** A city this large is no one's surname when it follows a title (زار الوزير البصرة). */
  static final long BIG_CITY = 500_000;

  private boolean accepted(Toponym t, GazetteerEntry e, boolean insideLoc, Context context,
      Others others, Divisions divisions) {
    if (t.personCue() && !insideLoc && e.feature() != Feature.COUNTRY && e.feature() != Feature.ADMIN1
        && e.population() < BIG_CITY) {
      // but "ملك الأردن", "سلطان عمان": a title before a country is the country's; and "زار الوزير
      // البصرة": a governorate or a big city after a title is the title's object, not a surname
      return false;
    }
    if (t.organisationCue() || t.clubCue() && e.feature() != Feature.COUNTRY) {
      return false; // قوات سوريا الديمقراطية، نادي برشلونة، برشلونة الإسباني
    }
    boolean namedKind = namesKind(t);
    if (lexicon.isStop(t.key())) {
      return namedKind; // the stop list outranks the tagger: سيول، مايو، وادي are words first
    }
    boolean inFocus = context.focus().filter(e.country()::equals).isPresent();
    if (lexicon.isAmbiguous(t.key()) && !t.relative() && !inFocus && t.descriptor().isEmpty()) {
      return false; // even inside a LOC entity: "الشرقية" in الغوطة الشرقية is no Eastern Province
    }
    if (insideLoc) {
      return true;
    }
    if (t.isShort()) {
      return namedKind || inFocus && major(e); // إب in a Yemeni story
    }
    if (t.descriptor().isPresent()) {
      return true;
    }
    if (lexicon.isAmbiguous(t.key())) {
      return t.relative() || inFocus;
    }
    if (t.key().indexOf(' ') > 0 && home[e.index()]) {
      return true; // a name of two words or more seldom matches by accident (شرم الشيخ)
    }
    if (major(e)) {
      // a foreign town that is no capital (Hefei, Surrey) must be spoken of as a place
      return home[e.index()] || e.feature() != Feature.CITY || e.featureCode().equals("PPLC")
          || e.population() >= w.worldCityPopulation() || t.locative();
    }
    if (t.locative() && inFocus && t.key().indexOf(' ') > 0) {
      return true; // في بولي علم in an Afghan story: a name of two words, where the story is
    }
    return t.locative() && supported(e, others, divisions);
  }

  /** A descriptor of a town, village, governorate or district precedes the toponym (مدينة الخبر). */
  private static boolean namesKind(Toponym t) {
    return t.descriptor().filter(PlaceLexicon.Kind::namesPlace).isPresent();
  }

  /**
   * Whether the acceptance rules reject the toponym whatever the rest of the article says: a stop
   * word without a descriptor of its kind. Such toponyms are dropped before resolution, so they do
   * not count as nearby places or divisions (حواره "his dialogue" was Huwwara near Nablus).
   */
  private boolean hopeless(Toponym t) {
    return lexicon.isStop(t.key()) && !namesKind(t);
  }

  /**
   * The entity's text is only toponyms, two or more, each after the first joined to the one before
   * by و or a comma: a list of places that the tagger took for a name (الفاو وأم قصر). Two names
   * side by side are not enough: بروين بولدان and برايس دالاس are people.
   */
  private static boolean listsPlaces(String text, Entity en, List<Toponym> toponyms) {
    int inside = 0;
    int pos = en.start();
    for (Toponym o : toponyms) {
      if (o.start() >= en.start() && o.end() <= en.end()) {
        if (!onlyJoiners(text, pos, o.start()) || inside > 0 && !hasJoiner(text, pos, o.start())) {
          return false;
        }
        pos = o.end();
        inside++;
      }
    }
    return inside >= 2 && onlyJoiners(text, pos, en.end());
  }

  private static boolean hasJoiner(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == 'و' || c == '،' || c == ',') {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyJoiners(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != 'و' && c != '،' && c != ',') {
        return false;
      }
    }
    return true;
  }

  private boolean major(GazetteerEntry e) {
    return major[e.index()];
  }

  private boolean computeMajor(GazetteerEntry e) {
    return switch (e.feature()) {
      case COUNTRY, ADMIN1, REGION -> !e.featureCode().isEmpty() && !e.featureCode().equals("L")
          && (e.feature() != Feature.REGION || e.featureCode().equals("RGN"));
      case ADMIN2 -> false;
      case CITY, VILLAGE -> e.featureCode().equals("PPLC") || e.population() >= w.majorPopulation()
          || w.homeCountries().contains(e.country())
          && (seatRank(e) > 0 || e.population() >= w.homeMajorPopulation());
    };
  }

  private boolean supported(GazetteerEntry e, Others others, Divisions divisions) {
    if (divisions.contains(gazetteer.admin1Index(e)) || divisions.contains(gazetteer.admin2Index(e))) {
      return true;
    }
    for (int j = 0; j < others.size(); j++) {
      GazetteerEntry o = others.get(j);
      if (o != null && o.feature() != Feature.COUNTRY && o.feature() != Feature.ADMIN1 && o != e
          && within(o, e, w.supportKm())
          && km(o, e) > 0) {
        return true;
      }
    }
    return false;
  }

  private GazetteerEntry best(Toponym t, Optional<String> focus, Others others, Divisions divisions) {
    GazetteerEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (GazetteerEntry e : t.candidates()) {
      double s = score(t, e, focus, others, divisions);
      if (s > bestScore) {
        bestScore = s;
        best = e;
      }
    }
    return best;
  }

  private double score(Toponym t, GazetteerEntry e, Optional<String> focus, Others others, Divisions divisions) {
    double s = switch (e.feature()) {
      case COUNTRY -> w.country();
      case ADMIN1 -> w.admin1();
      case ADMIN2 -> w.admin2();
      case CITY -> w.city();
      case VILLAGE -> w.village();
      case REGION -> w.region();
    };
    s += w.perLog10Population() * Math.log10(e.population() + 1.0);
    s += switch (seatRank(e)) {
      case 3 -> w.capital();
      case 2 -> w.seat();
      case 1 -> w.seat() / 2;
      default -> 0;
    };
    if (home[e.index()]) {
      s += w.homeRegion();
    }
    if (focus.isPresent() && focus.get().equals(e.country())) {
      s += w.focusCountry();
    }
    if (e.feature() != Feature.ADMIN1 && e.feature() != Feature.ADMIN2) {
      if (divisions.contains(gazetteer.admin2Index(e))) {
        s += w.hierarchy();
      } else if (divisions.contains(gazetteer.admin1Index(e))) {
        s += w.hierarchy() / 2;
      }
    }
    for (int j = 0; j < others.size(); j++) {
      GazetteerEntry o = others.get(j);
      if (o != null && o.feature() != Feature.COUNTRY && within(o, e, w.nearbyKm())) {
        s += w.nearby();
        break;
      }
    }
    if (t.descriptor().isPresent()) {
      s += fits(t.descriptor().get(), e.feature()) ? w.descriptorFits() : w.descriptorClashes();
    }
    return s;
  }

  private static boolean fits(PlaceLexicon.Kind kind, Feature feature) {
    return switch (kind) {
      case ANY -> true;
      case COUNTRY -> feature == Feature.COUNTRY;
      case ADMIN1 -> feature == Feature.ADMIN1;
      case ADMIN2 -> feature == Feature.ADMIN2;
      case CITY, CAPITAL, VILLAGE -> feature == Feature.CITY || feature == Feature.VILLAGE;
      case REGION -> feature == Feature.REGION || feature == Feature.ADMIN1;
    };
  }

  private Context context(List<Toponym> toponyms, List<GazetteerEntry> first, boolean[] stop, int[] shared) {
    // an ambiguous word without a descriptor or a direction votes only when nothing else does: it is no
    // evidence of its own country beside other places (الطالبة مروة … في جدة made Cameroon the focus)
    Map<String, Double> votes = votes(toponyms, first, stop, shared, false);
    if (votes.isEmpty()) {
      votes = votes(toponyms, first, stop, shared, true);
    }
    Optional<String> focus = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    return new Context(focus);
  }

  private Map<String, Double> votes(List<Toponym> toponyms, List<GazetteerEntry> first, boolean[] stop, int[] shared,
      boolean ambiguous) {
    Map<String, Double> votes = new HashMap<>();
    for (int i = 0; i < first.size(); i++) {
      GazetteerEntry e = first.get(i);
      Toponym t = toponyms.get(i);
      if (stop[i] || t.personCue() || t.organisationCue() || t.clubCue()
          || !ambiguous && lexicon.isAmbiguous(t.key()) && t.descriptor().isEmpty() && !t.relative()) {
        continue;
      }
      double vote = e.feature() == Feature.COUNTRY ? 2 : 1;
      votes.merge(e.country(), vote / shared[i], Double::sum);
    }
    return votes;
  }

  /**
   * How many countries a name's first-pass choice shares it with: its own and those of candidates
   * that score within {@link #SHARED_NAME_MARGIN} of it without context (القنيطرة: Kenitra in
   * Morocco, Quneitra in Syria). Such a name splits its vote for the focus country among them, and
   * the article's other places decide (ريف القنيطرة جنوبي سورية).
   */
  private static int contenders(List<GazetteerEntry> candidates, double[] scores, int chosen) {
    double floor = scores[chosen] - SHARED_NAME_MARGIN;
    Set<String> countries = new HashSet<>();
    countries.add(candidates.get(chosen).country());
    for (int c = 0; c < scores.length; c++) {
      if (scores[c] >= floor) {
        countries.add(candidates.get(c).country());
      }
    }
    return countries.size();
  }

  /** The governorates and districts named by the toponyms, each with the toponym naming it. */
  private Divisions divisions(List<GazetteerEntry> first, boolean[] stop, String[] keys) {
    int[] ids = new int[2 * first.size()];
    int[] owners = new int[ids.length];
    int n = 0;
    for (int i = 0; i < first.size(); i++) {
      if (stop[i]) {
        continue;
      }
      GazetteerEntry e = first.get(i);
      if (e.feature() == Feature.ADMIN1 || e.feature() == Feature.ADMIN2 || major(e)) {
        owners[n] = i;
        ids[n++] = gazetteer.admin1Index(e);
        owners[n] = i;
        ids[n++] = gazetteer.admin2Index(e);
      }
    }
    return new Divisions(java.util.Arrays.copyOf(ids, n), java.util.Arrays.copyOf(owners, n), -1, keys);
  }

  private Place place(String text, Toponym t, GazetteerEntry e) {
    int precision = switch (e.feature()) {
      case COUNTRY -> 4;
      case ADMIN1, REGION -> 3;
      case ADMIN2 -> 2;
      case CITY, VILLAGE -> t.relative() ? 2 : 1;
    };
    String admin1 = e.feature() == Feature.ADMIN1 ? e.name() : gazetteer.admin1Of(e).map(GazetteerEntry::name).orElse("");
    String admin2 = e.feature() == Feature.ADMIN2 ? e.name() : gazetteer.admin2Of(e).map(GazetteerEntry::name).orElse("");
    if (e.feature() == Feature.COUNTRY) {
      admin1 = "";
      admin2 = "";
    }
    return new Place(text.substring(t.start(), t.end()), t.start(), t.end(), e.name(),
        e.nameAr().isEmpty() ? text.substring(t.start(), t.end()) : e.nameAr(), e.geonamesId(), e.country(), admin1,
        admin2, round(e.lat()), round(e.lon()), e.feature(), precision);
  }

  private static Optional<Entity> covering(List<Entity> entities, Toponym t) {
    for (Entity en : entities) {
      if (en.start() <= t.start() && t.end() <= en.end()) {
        return Optional.of(en);
      }
    }
    return Optional.empty();
  }

  /** The entity is the toponym itself, give or take a proclitic (وصلاح الدين), not a longer name. */
  private static boolean onlyThisName(Entity en, Toponym t) {
    return en.end() == t.end() && t.start() - en.start() <= MAX_PROCLITIC_CHARS;
  }

  /**
   * A governorate or a country named exactly by a PER/ORG span is kept as a place: the tagger confuses
   * such names with given names (صلاح الدين), while a person's name that merely contains a place (مسرور
   * بارزاني) makes a longer span and is still dropped. So is any name right after a descriptor of its kind
   * ({@code namesKind}: مديرية «حيس», a quoted name the tagger reads as an organisation).
   */
  private static boolean isArea(GazetteerEntry e) {
    return e != null && (e.feature() == Feature.ADMIN1 || e.feature() == Feature.COUNTRY);
  }

  private static int seatRank(GazetteerEntry e) {
    return switch (e.featureCode()) {
      case "PPLC" -> 3;
      case "PPLA" -> 2;
      case "PPLA2" -> 1;
      default -> 0;
    };
  }

  /** Coordinates as places carry them: five decimals (about a metre). */
  static double round(double d) {
    return Math.round(d * 100_000) / 100_000.0;
  }

  /** Within {@code limit} km; a latitude difference alone rules most pairs out without trigonometry. */
  private static boolean within(GazetteerEntry a, GazetteerEntry b, double limit) {
    if (Math.abs(a.lat() - b.lat()) * KM_PER_DEGREE > limit) {
      return false;
    }
    return km(a, b) <= limit;
  }

  static double km(GazetteerEntry a, GazetteerEntry b) {
    return Geo.km(a.lat(), a.lon(), b.lat(), b.lon());
  }
}
