package org.marsad.core.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Entity;
import org.marsad.core.model.EntityType;
import org.marsad.core.model.Feature;
import org.marsad.core.model.Place;
import org.marsad.core.model.Sentence;
import org.marsad.core.model.Token;
import org.marsad.core.pipeline.Stage;
import org.marsad.core.text.TextLayer;
import org.marsad.core.util.StringSet;

/**
 * The places stage: recognises toponyms in the unique sentences (repeated paragraphs count once)
 * and resolves each to one gazetteer entry. It reads the text layer's tokens and sentences; a
 * document without them (the stage used on its own) goes through the standard text layer first.
 * Reads the entities layer when it is there: PER and ORG spans hold no places, LOC spans are
 * places. When the resolver keeps a governorate, region or country that the tagger called a person
 * or organisation over the same words (كركوك وصلاح الدين), the entity becomes LOC, so the layers
 * agree. Thread-safe; its one piece of state after construction, the index of divisions by romanised name,
 * is built once, at first use.
 */
public final class PlacesLayer implements Stage {

  /** Characters of proclitic (و، ب، ل، وب) an entity may have before the place it names. */
  private static final int MAX_PROCLITIC = 2;

  /**
   * Descriptors of a town (normalised, without clitics and article) that a name the gazetteer lacks
   * may follow to be looked up by its romanised form (مدينة بوزانتي، بلدة سيفاري).
   */
  private static final Set<String> TOWN_DESCRIPTORS = StringSet.of("مدينه", "بلده", "قريه", "منطقه",
      "محافظه", "مقاطعه", "ناحيه", "مديريه", "قضاء", "مخيم");
  /** Letters and consonants a name needs to be looked up by its romanised form (short names match too much). */
  private static final int MIN_ROMANISED_LETTERS = 4;
  private static final int MIN_ROMANISED_CONSONANTS = 3;
  /** People in a town found by its romanised name after في alone, when it is no capital or seat. */
  private static final long MAJOR_TOWN = 100_000;

  /**
   * Descriptors of a first- or second-level division (ولاية لوغار، إقليم باداخشان، بولاية تنيسي), after
   * which a name the gazetteer has no Arabic for is looked up among the divisions by its romanised name.
   */
  private static final Set<String> DIVISION_DESCRIPTORS = StringSet.of("ولايه", "اقليم", "مقاطعه", "محافظه",
      "مديريه", "قضاء");
  /**
   * Descriptors of a district (مديرية عتمة، قضاء سنجار) that name a division even when the names layer does not
   * read the name after them as one: the word after them is a name far more often than after محافظة or منطقة.
   */
  private static final Set<String> DISTRICT_DESCRIPTORS = StringSet.of("مديريه", "قضاء");
  /**
   * Adjectives of direction (normalised) that, with the article, make a name after ولاية part of a longer one
   * (كارولاينا الجنوبية); without it they place the division (قضاء أبوغريب غربي بغداد).
   */
  private static final Set<String> COMPASS = StringSet.of("جنوبيه", "شماليه", "شرقيه", "غربيه", "جنوبي", "شمالي",
      "شرقي", "غربي", "وسطي");
  /** Words of direction (normalised stems) that place a town in a country (بشمال الكاميرون، جنوبي تركيا). */
  private static final Set<String> DIRECTIONS = StringSet.of("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي",
      "شرقي", "غربي");
  /** Words of extremity (normalised) before a direction, no town (في أقصى شمال الكاميرون، أعالي). */
  private static final Set<String> EXTREMITIES = StringSet.of("اقصي", "اعالي", "ابعد");
  /** Generic words of a division's romanised name (Maidan Wardak Province, Kurram District). */
  private static final Set<String> DIVISION_WORDS = Set.of("province", "district", "county", "governorate",
      "region", "state", "oblast", "agency", "municipality", "prefecture", "muhafazat", "wilayat", "of");

  private final ToponymRecognizer recognizer;
  private final ToponymResolver resolver;
  private final Optional<RomanisedNames> romanised;
  /**
   * First- and second-level divisions with a point, by romanised name ({@code ADM1}/{@code ADM2}), built at
   * the first division descriptor that needs it: most articles have none, and the index costs about 0.1 s.
   */
  private volatile RomanisedNames divisions;
  private final Gazetteer gazetteer;

  public PlacesLayer(Gazetteer gazetteer, PlaceLexicon lexicon, ResolverWeights weights) {
    this(gazetteer, lexicon, weights, Optional.empty());
  }

  /** With {@code romanised}, a town the gazetteer lacks is found by its romanised name ({@link RomanisedNames}). */
  public PlacesLayer(Gazetteer gazetteer, PlaceLexicon lexicon, ResolverWeights weights,
      Optional<RomanisedNames> romanised) {
    this.recognizer = new ToponymRecognizer(gazetteer, lexicon);
    this.resolver = new ToponymResolver(gazetteer, lexicon, weights);
    this.romanised = romanised;
    this.gazetteer = gazetteer;
  }

  /** The divisions index ({@link #divisions(Gazetteer)}), built once, on first use. */
  private RomanisedNames divisionIndex() {
    RomanisedNames d = divisions;
    if (d == null) {
      synchronized (this) {
        d = divisions;
        if (d == null) {
          divisions = d = divisions(gazetteer);
        }
      }
    }
    return d;
  }

  /**
   * The gazetteer's divisions that have a point, indexed by their romanised names without generic words;
   * each one's {@code geonamesId} holds its index in {@link Gazetteer#entries()} (first-level divisions
   * have no GeoNames id), and a first-level division outranks any second-level one of the same pattern.
   */
  static RomanisedNames divisions(Gazetteer gazetteer) {
    List<RomanisedNames.Town> towns = new ArrayList<>();
    for (GazetteerEntry e : gazetteer.entries()) {
      if (e.feature() != Feature.ADMIN1 && e.feature() != Feature.ADMIN2 || Double.isNaN(e.lat()) || Double.isNaN(e.lon())) {
        continue;
      }
      StringBuilder bare = new StringBuilder();
      for (String w : e.name().split("[\\s-]+")) {
        if (!DIVISION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
          bare.append(w);
        }
      }
      String pattern = RomanisedNames.latinPattern(bare.toString());
      if (!pattern.isEmpty()) {
        towns.add(new RomanisedNames.Town(e.country(), pattern, e.index(), e.name(), e.lat(), e.lon(),
            e.feature() == Feature.ADMIN1 ? Long.MAX_VALUE : e.population(), e.featureCode()));
      }
    }
    return RomanisedNames.of(towns);
  }

  /** The layer with the bundled gazetteer, lexicon, weights and romanised names. */
  public static PlacesLayer standard() {
    return new PlacesLayer(Gazetteer.standard(), PlaceLexicon.standard(), ResolverWeights.standard(),
        Optional.of(RomanisedNames.standard()));
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument doc) {
    AnalyzedDocument text = doc.tokens().isEmpty() && !doc.text().isBlank() ? TextLayer.standard().apply(doc) : doc;
    List<Toponym> toponyms = recognizer.find(text.text(), text.tokens(), text.uniqueSentences());
    List<Place> places = resolver.resolve(doc.text(), toponyms, doc.entities());
    if (romanised.isPresent() && !places.isEmpty()) {
      places = withRomanised(text, places, doc.entities(), romanised.get(), this::divisionIndex, gazetteer);
    }
    return agreeing(doc.entities(), places).map(doc::withEntities).orElse(doc).withPlaces(places);
  }

  /**
   * The places plus each name after an indefinite town descriptor (مدينة، بلدة، منطقة …, not
   * المنطقة), or after في when the names layer reads that one word as a location (في بوجمبورا), that no
   * place covers, that the names layer reads as one name of its own (a LOC, ORG or
   * MISC span of exactly those words: the tagger knows a name where the gazetteer does not; a
   * PER span rules it out) and that names, by its romanised form, a town of the country the
   * sentence's places lie in (the one the article mentions most), or else of the article's most
   * mentioned country. Names of fewer than {@link #MIN_ROMANISED_LETTERS} letters or
   * {@link #MIN_ROMANISED_CONSONANTS} consonants are not looked up: short names match too much.
   */
  private static List<Place> withRomanised(AnalyzedDocument doc, List<Place> places, List<Entity> entities,
      RomanisedNames index, Supplier<RomanisedNames> divisions, Gazetteer gazetteer) {
    Map<String, Integer> counts = new HashMap<>();
    for (Place p : places) {
      if (!p.country().isEmpty()) {
        counts.merge(p.country(), 1, Integer::sum);
      }
    }
    // the most mentioned country; ties go to the first code in alphabetical order, as for a sentence's
    Comparator<String> mentions = Comparator.<String>comparingInt(counts::get).thenComparing(Comparator.reverseOrder());
    Optional<String> articleCountry = counts.keySet().stream().max(mentions);
    List<Place> out = new ArrayList<>(places);
    List<Token> tokens = doc.tokens();
    List<Sentence> sentences = doc.uniqueSentences();
    Map<Sentence, Optional<String>> countries = new HashMap<>();
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Token descriptor = tokens.get(i - 1);
      // after في, a name the tagger reads as a location, and only that word (اغتيل في بوجمبورا)
      boolean located = descriptor.isWord() && descriptor.text().equals("في") && t.isWord()
          && located(entities, t.start(), t.end());
      boolean division = descriptor.isWord() && DIVISION_DESCRIPTORS.contains(descriptor.stem())
          && !descriptor.proclitic().contains("ال");
      // في غومبيه بشمال شرق نيجيريا: a town placed by a direction in a country is of that country
      Optional<String> directed = descriptor.isWord() && (descriptor.text().equals("في")
          || TOWN_DESCRIPTORS.contains(descriptor.stem()) && !descriptor.proclitic().contains("ال"))
          ? directedCountry(tokens, i + 1, out) : Optional.empty();
      if (directed.isPresent() && t.isWord() && !t.text().startsWith("ال") && t.text().length() >= MIN_ROMANISED_LETTERS
          && !EXTREMITIES.contains(t.stem())
          && ArabicNames.isArabic(t.text()) && !covered(out, entities, t.start(), t.end())) {
        Optional<Place> town = town(doc.text(), t.start(), t.end(), directed.get(), index, false);
        if (town.isPresent()) {
          out.add(town.get());
          continue;
        }
      }
      if (!located && !division && (!descriptor.isWord() || !TOWN_DESCRIPTORS.contains(descriptor.stem())
          || descriptor.proclitic().contains("ال"))
          || !t.isWord() || t.text().startsWith("ال") || t.text().length() < MIN_ROMANISED_LETTERS
          || !ArabicNames.isArabic(t.text()) || covered(out, entities, t.start(), t.end())) {
        continue;
      }
      Optional<Sentence> sentence = sentences.stream().filter(x -> x.contains(t.start())).findFirst();
      if (sentence.isEmpty()) {
        continue; // a repeated paragraph
      }
      // one country: the sentence's most mentioned in the article, or else the article's
      Optional<String> country = countries.computeIfAbsent(sentence.get(), x -> places.stream()
          .filter(p -> x.contains(p.start()) && !p.country().isEmpty()).map(Place::country)
          .max(mentions).or(() -> articleCountry));
      if (country.isEmpty()) {
        continue;
      }
      Optional<Place> found = Optional.empty();
      // after ولاية or إقليم nothing but a division
      boolean townDescriptor = TOWN_DESCRIPTORS.contains(descriptor.stem()) && !descriptor.proclitic().contains("ال");
      if (located) {
        // with no descriptor only a seat or a city: في كشمير is Kashmir, not Kashmor (Pakistan, 34,000)
        found = town(doc.text(), t.start(), t.end(), country.get(), index, true);
      } else if (!townDescriptor) {
        found = Optional.empty();
      } else if (i + 1 < tokens.size() && tokens.get(i + 1).isWord() && sentence.get().contains(tokens.get(i + 1).start())
          && named(entities, t.start(), tokens.get(i + 1).end())
          && !covered(out, entities, tokens.get(i + 1).start(), tokens.get(i + 1).end())) {
        found = town(doc.text(), t.start(), tokens.get(i + 1).end(), country.get(), index, false);
      } else if (named(entities, t.start(), t.end())) {
        found = town(doc.text(), t.start(), t.end(), country.get(), index, false);
      }
      if (found.isEmpty() && division && (!townDescriptor || within(entities, t.start(), t.end())
          || DISTRICT_DESCRIPTORS.contains(descriptor.stem()))
          && !(i + 1 < tokens.size() && tokens.get(i + 1).isWord() && COMPASS.contains(tokens.get(i + 1).stem())
          && tokens.get(i + 1).proclitic().contains("ال"))) {
        // ولاية لوغار، إقليم باداخشان: a division the gazetteer knows by its romanised name only; after ولاية
        // or إقليم a first-level one (not ولاية كارولاينا الجنوبية, which is no Caroline County), whether or
        // not the tagger knows the name (بولاية تنيسي); after the others, a name the tagger reads as one
        found = division(doc.text(), t.start(), t.end(), country.get(), divisions.get(), gazetteer, !townDescriptor);
      }
      found.ifPresent(out::add);
    }
    out.sort(Comparator.comparingInt(Place::start));
    return out;
  }

  /**
   * The country that the words from token {@code i} place a town in by a direction (بشمال الكاميرون، في شمال
   * شرق نيجيريا، جنوبي تركيا), or empty when they do not.
   */
  private static Optional<String> directedCountry(List<Token> tokens, int i, List<Place> places) {
    int j = i;
    if (j < tokens.size() && tokens.get(j).isWord() && tokens.get(j).text().equals("في")) {
      j++;
    }
    int directions = 0;
    while (j < tokens.size() && tokens.get(j).isWord() && DIRECTIONS.contains(tokens.get(j).stem()) && directions < 2) {
      j++;
      directions++;
    }
    if (directions == 0 || j >= tokens.size()) {
      return Optional.empty();
    }
    Token next = tokens.get(j);
    for (Place p : places) {
      if (p.feature() == Feature.COUNTRY && p.start() >= next.start() && p.start() < next.end()) {
        return p.country().isEmpty() ? Optional.empty() : Optional.of(p.country());
      }
    }
    return Optional.empty();
  }

  /** A LOC span of exactly {@code [start, end)}. */
  private static boolean located(List<Entity> entities, int start, int end) {
    for (Entity e : entities) {
      if (e.type() == EntityType.LOC && e.start() == start && e.end() == end) {
        return true;
      }
    }
    return false;
  }

  /** A LOC, ORG or MISC span of exactly {@code [start, end)}, give or take a proclitic before it. */
  private static boolean named(List<Entity> entities, int start, int end) {
    for (Entity e : entities) {
      if (e.type() != EntityType.PER && e.end() == end && e.start() <= start && start - e.start() <= MAX_PROCLITIC) {
        return true;
      }
    }
    return false;
  }

  /** A span of the names layer, not PER, over part of {@code [start, end)}. */
  private static boolean within(List<Entity> entities, int start, int end) {
    for (Entity e : entities) {
      if (e.type() != EntityType.PER && e.start() < end && start < e.end()) {
        return true;
      }
    }
    return false;
  }

  /** The division of {@code country} that the Arabic name over {@code [start, end)} writes, as a place. */
  private static Optional<Place> division(String text, int start, int end, String country, RomanisedNames index,
      Gazetteer gazetteer, boolean firstLevel) {
    String surface = text.substring(start, end);
    String pattern = RomanisedNames.arabicPattern(ArabicNames.key(surface));
    if (RomanisedNames.skeleton(pattern).length() < MIN_ROMANISED_CONSONANTS) {
      return Optional.empty();
    }
    return index.find(country, pattern).filter(d -> !firstLevel || d.featureCode().equals("ADM1")).map(d -> {
      GazetteerEntry e = gazetteer.entries().get((int) d.geonamesId());
      boolean first = e.feature() == Feature.ADMIN1;
      String admin1 = first ? e.name() : gazetteer.admin1Of(e).map(GazetteerEntry::name).orElse("");
      return new Place(surface, start, end, e.name(), e.nameAr().isEmpty() ? surface : e.nameAr(), e.geonamesId(),
          country, admin1, first ? "" : e.name(), ToponymResolver.round(e.lat()), ToponymResolver.round(e.lon()),
          e.feature(), first ? 3 : 2);
    });
  }

  /** With {@code major}, only a capital, a governorate's seat or a town of {@link #MAJOR_TOWN} people. */
  private static Optional<Place> town(String text, int start, int end, String country, RomanisedNames index,
      boolean major) {
    String surface = text.substring(start, end);
    String pattern = RomanisedNames.arabicPattern(ArabicNames.key(surface));
    if (RomanisedNames.skeleton(pattern).length() < MIN_ROMANISED_CONSONANTS) {
      return Optional.empty();
    }
    return index.find(country, pattern)
        .filter(town -> !major || town.population() >= MAJOR_TOWN || town.featureCode().equals("PPLC")
            || town.featureCode().equals("PPLA"))
        .map(town -> new Place(surface, start, end, town.name(), surface, town.geonamesId(), country, "", "",
            ToponymResolver.round(town.lat()), ToponymResolver.round(town.lon()), Feature.CITY, 1));
  }

  private static boolean covered(List<Place> places, List<Entity> entities, int start, int end) {
    for (Place p : places) {
      if (p.start() < end && start < p.end()) {
        return true;
      }
    }
    for (Entity e : entities) {
      if (e.type() == EntityType.PER && e.start() < end && start < e.end()) {
        return true;
      }
    }
    return false;
  }

  /** The entities with PER/ORG spans over an area place turned LOC, or empty when none changes. */
  private static Optional<List<Entity>> agreeing(List<Entity> entities, List<Place> places) {
    List<Entity> out = new ArrayList<>(entities);
    boolean changed = false;
    for (int i = 0; i < out.size(); i++) {
      Entity e = out.get(i);
      if (e.type() != EntityType.PER && e.type() != EntityType.ORG) {
        continue;
      }
      for (Place p : places) {
        boolean area = p.feature() == Feature.COUNTRY || p.feature() == Feature.ADMIN1 || p.feature() == Feature.REGION;
        if (area && p.end() == e.end() && p.start() >= e.start() && p.start() - e.start() <= MAX_PROCLITIC) {
          out.set(i, new Entity(e.text(), EntityType.LOC, e.start(), e.end()));
          changed = true;
          break;
        }
      }
    }
    return changed ? Optional.of(out) : Optional.empty();
  }
}
