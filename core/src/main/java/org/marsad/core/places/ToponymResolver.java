package org.marsad.core.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 *   <li>inside a PER or ORG entity, or right after a title or given name: a person, not a place;</li>
 *   <li>inside a LOC entity, or right after a descriptor: a place;</li>
 *   <li>a stop word: not a place; a one- or two-letter name: a place only if it is a major place of
 *       the article's focus country (إب in a Yemeni story);</li>
 *   <li>an ambiguous word (صور، الباب): a place only after a relative word or when the article's
 *       focus country is the place's country;</li>
 *   <li>a major place (a country, a governorate, a region, a seat or city of
 *       {@link ResolverWeights#homeMajorPopulation} in the home countries, a capital or city of
 *       {@link ResolverWeights#majorPopulation} anywhere): a place;</li>
 *   <li>a name of several words in the home countries (شرم الشيخ): a place;</li>
 *   <li>any other place needs support: the article names its governorate or district, or another
 *       town of the article lies within {@link ResolverWeights#supportKm}.</li>
 * </ol>
 */
public final class ToponymResolver {

  private final Gazetteer gazetteer;
  private final PlaceLexicon lexicon;
  private final ResolverWeights w;

  public ToponymResolver(Gazetteer gazetteer, PlaceLexicon lexicon, ResolverWeights weights) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.w = weights;
  }

  /** What the article says around its toponyms, gathered in the first pass. */
  private record Context(Optional<String> focus, Set<String> divisions, List<GazetteerEntry> points) {}

  public List<Place> resolve(String text, List<Toponym> toponyms, List<Entity> entities) {
    List<Toponym> kept = new ArrayList<>();
    List<Boolean> loc = new ArrayList<>();
    for (Toponym t : toponyms) {
      Optional<EntityType> type = covering(entities, t);
      if (type.isPresent() && (type.get() == EntityType.PER || type.get() == EntityType.ORG)) {
        continue;
      }
      kept.add(t);
      loc.add(type.isPresent() && type.get() == EntityType.LOC);
    }
    List<GazetteerEntry> first = new ArrayList<>(kept.size());
    for (Toponym t : kept) {
      first.add(best(t, Optional.empty(), -1, List.of(), Set.of()));
    }
    Context context = context(kept, first);
    List<Place> out = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Toponym t = kept.get(i);
      List<GazetteerEntry> others = new ArrayList<>(first);
      others.remove(i);
      GazetteerEntry e = best(t, context.focus(), i, others, divisionsWithout(kept, first, i));
      if (accepted(t, e, loc.get(i), context, others, divisionsWithout(kept, first, i))) {
        out.add(place(text, t, e));
      }
    }
    return out;
  }

  private boolean accepted(Toponym t, GazetteerEntry e, boolean insideLoc, Context context,
      List<GazetteerEntry> others, Set<String> divisions) {
    if (t.personCue() && !insideLoc) {
      return false;
    }
    if (insideLoc) {
      return true;
    }
    boolean namedKind = t.descriptor().filter(k -> k != PlaceLexicon.Kind.ANY).isPresent();
    boolean inFocus = context.focus().filter(e.country()::equals).isPresent();
    if (lexicon.isStop(t.key())) {
      return namedKind;
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
    if (major(e) || t.key().indexOf(' ') > 0 && w.homeCountries().contains(e.country())) {
      return true; // a name of two words or more seldom matches by accident (شرم الشيخ)
    }
    return supported(e, others, divisions);
  }

  private boolean major(GazetteerEntry e) {
    return switch (e.feature()) {
      case COUNTRY, ADMIN1, REGION -> !e.featureCode().isEmpty() && !e.featureCode().equals("L")
          && (e.feature() != Feature.REGION || e.featureCode().equals("RGN"));
      case ADMIN2 -> false;
      case CITY, VILLAGE -> e.featureCode().equals("PPLC") || e.population() >= w.majorPopulation()
          || w.homeCountries().contains(e.country())
          && (seatRank(e) > 0 || e.population() >= w.homeMajorPopulation());
    };
  }

  private boolean supported(GazetteerEntry e, List<GazetteerEntry> others, Set<String> divisions) {
    if (divisions.contains(e.admin1Code()) || divisions.contains(e.admin2Code())) {
      return true;
    }
    return others.stream().anyMatch(o -> o.feature() != Feature.COUNTRY && o.feature() != Feature.ADMIN1
        && o != e && km(o, e) <= w.supportKm() && km(o, e) > 0);
  }

  private GazetteerEntry best(Toponym t, Optional<String> focus, int self, List<GazetteerEntry> others,
      Set<String> divisions) {
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

  private double score(Toponym t, GazetteerEntry e, Optional<String> focus, List<GazetteerEntry> others,
      Set<String> divisions) {
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
    if (w.homeCountries().contains(e.country())) {
      s += w.homeRegion();
    }
    if (focus.isPresent() && focus.get().equals(e.country())) {
      s += w.focusCountry();
    }
    if (e.feature() != Feature.ADMIN1 && e.feature() != Feature.ADMIN2) {
      if (divisions.contains(e.admin2Code())) {
        s += w.hierarchy();
      } else if (divisions.contains(e.admin1Code())) {
        s += w.hierarchy() / 2;
      }
    }
    for (GazetteerEntry o : others) {
      if (o.feature() != Feature.COUNTRY && km(o, e) <= w.nearbyKm()) {
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
      case CITY, VILLAGE -> feature == Feature.CITY || feature == Feature.VILLAGE;
      case REGION -> feature == Feature.REGION || feature == Feature.ADMIN1;
    };
  }

  private Context context(List<Toponym> toponyms, List<GazetteerEntry> first) {
    Map<String, Integer> votes = new HashMap<>();
    for (int i = 0; i < first.size(); i++) {
      GazetteerEntry e = first.get(i);
      if (lexicon.isStop(toponyms.get(i).key()) || toponyms.get(i).personCue()) {
        continue;
      }
      votes.merge(e.country(), e.feature() == Feature.COUNTRY ? 2 : 1, Integer::sum);
    }
    Optional<String> focus = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    return new Context(focus, divisionsWithout(toponyms, first, -1), first);
  }

  /** The governorate and district codes named by the toponyms other than {@code skip}. */
  private Set<String> divisionsWithout(List<Toponym> toponyms, List<GazetteerEntry> first, int skip) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < first.size(); i++) {
      if (i == skip || lexicon.isStop(toponyms.get(i).key())) {
        continue;
      }
      GazetteerEntry e = first.get(i);
      if (e.feature() == Feature.ADMIN1 || e.feature() == Feature.ADMIN2 || major(e)) {
        if (!e.admin1Code().isEmpty()) {
          out.add(e.admin1Code());
        }
        if (!e.admin2Code().isEmpty()) {
          out.add(e.admin2Code());
        }
      }
    }
    return out;
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

  private static Optional<EntityType> covering(List<Entity> entities, Toponym t) {
    for (Entity en : entities) {
      if (en.start() <= t.start() && t.end() <= en.end()) {
        return Optional.of(en.type());
      }
    }
    return Optional.empty();
  }

  private static int seatRank(GazetteerEntry e) {
    return switch (e.featureCode()) {
      case "PPLC" -> 3;
      case "PPLA" -> 2;
      case "PPLA2" -> 1;
      default -> 0;
    };
  }

  private static double round(double d) {
    return Math.round(d * 100_000) / 100_000.0;
  }

  static double km(GazetteerEntry a, GazetteerEntry b) {
    return Geo.km(a.lat(), a.lon(), b.lat(), b.lon());
  }
}
