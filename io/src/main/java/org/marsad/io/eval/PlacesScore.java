package org.marsad.io.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.marsad.core.model.Feature;
import org.marsad.core.model.Place;
import org.marsad.core.places.ArabicNames;
import org.marsad.core.places.Gazetteer;
import org.marsad.core.places.GazetteerEntry;
import org.marsad.core.places.Geo;

/**
 * Scores places against a gold file, article by article, on unique places (a place named five
 * times counts once). Rules:
 * <ul>
 *   <li>A found place and a gold place match when their names have the same matching form
 *       ({@link ArabicNames#key}, one leading و/ب/ل/لل tolerated, and a leading descriptor:
 *       "إقليم كردستان" matches "كردستان") or they lie within {@link #KM} km.</li>
 *   <li>Found places with the same Arabic name within {@link #SAME_PLACE_KM} km are one place (a town
 *       and the district named after it); so are gold places.</li>
 *   <li>Recall: the share of gold places matched by some found place. Precision: the share of found
 *       places that match some gold place.</li>
 *   <li>Resolution: of the matched gold places, the share whose found place (the one with the same
 *       name, else the nearest) lies within {@link #KM} km, or, when either side is an area, is the
 *       right country (for a country or region) or governorate (for a governorate or district). The gold
 *       point's country and governorate are those of the nearest town in the gazetteer.</li>
 * </ul>
 */
public final class PlacesScore {

  /** The distance within which a resolution is right. */
  public static final double KM = 25;
  /** Found places closer than this are one place (a town and the district named after it). */
  static final double SAME_PLACE_KM = 1;

  /** Counts over a gold file. */
  public record Totals(int articles, int gold, int found, int goldMatched, int foundMatched, int resolvedRight) {
    public double recall() {
      return gold == 0 ? 0 : (double) goldMatched / gold;
    }

    public double precision() {
      return found == 0 ? 0 : (double) foundMatched / found;
    }

    public double resolution() {
      return goldMatched == 0 ? 0 : (double) resolvedRight / goldMatched;
    }

    Totals plus(Totals o) {
      return new Totals(articles + o.articles, gold + o.gold, found + o.found, goldMatched + o.goldMatched,
          foundMatched + o.foundMatched, resolvedRight + o.resolvedRight);
    }
  }

  /** What went wrong in one article, for --verbose. */
  public record Report(String id, Totals totals, List<String> missed, List<String> spurious, List<String> misplaced) {}

  private final Gazetteer gazetteer;
  private final List<GazetteerEntry> towns;

  public PlacesScore(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.towns = gazetteer.entries().stream()
        .filter(e -> (e.feature() == Feature.CITY || e.feature() == Feature.VILLAGE) && e.hasCoordinates()).toList();
  }

  public static Totals empty() {
    return new Totals(0, 0, 0, 0, 0, 0);
  }

  public static Totals sum(List<Report> reports) {
    Totals t = empty();
    for (Report r : reports) {
      t = t.plus(r.totals());
    }
    return t;
  }

  public Report score(PlacesGold.GoldArticle article, List<Place> foundPlaces) {
    List<PlacesGold.GoldPlace> gold = uniqueGold(article.places());
    List<Place> found = uniqueFound(foundPlaces);
    List<String> missed = new ArrayList<>();
    List<String> spurious = new ArrayList<>();
    List<String> misplaced = new ArrayList<>();
    int goldMatched = 0;
    int right = 0;
    for (PlacesGold.GoldPlace g : gold) {
      Optional<Place> byName = found.stream().filter(p -> sameName(g.text(), p.text())).findFirst();
      Optional<Place> nearest = found.stream().min(Comparator.comparingDouble(p -> km(g, p)))
          .filter(p -> km(g, p) <= KM);
      Optional<Place> match = byName.or(() -> nearest);
      if (match.isEmpty()) {
        missed.add(g.text() + " (" + g.lat() + "," + g.lon() + ")");
        continue;
      }
      goldMatched++;
      if (resolvedRight(g, match.get())) {
        right++;
      } else {
        Place p = match.get();
        misplaced.add(g.text() + " -> " + p.name() + " " + p.country() + " " + p.feature().code() + " ("
            + Math.round(km(g, p)) + " km)");
      }
    }
    int foundMatched = 0;
    for (Place p : found) {
      boolean ok = gold.stream().anyMatch(g -> sameName(g.text(), p.text()) || km(g, p) <= KM);
      if (ok) {
        foundMatched++;
      } else {
        spurious.add(p.text() + " -> " + p.name() + " " + p.country() + " " + p.feature().code());
      }
    }
    return new Report(article.id(), new Totals(1, gold.size(), found.size(), goldMatched, foundMatched, right),
        missed, spurious, misplaced);
  }

  private boolean resolvedRight(PlacesGold.GoldPlace g, Place p) {
    if (km(g, p) <= KM) {
      return true;
    }
    boolean area = g.feature().filter(PlacesScore::isArea).isPresent() || isArea(p.feature());
    if (!area) {
      return false;
    }
    Optional<GazetteerEntry> town = nearestTown(g.lat(), g.lon());
    if (town.isEmpty()) {
      return false;
    }
    return switch (p.feature()) {
      case COUNTRY, REGION -> town.get().country().equals(p.country());
      default -> town.get().country().equals(p.country())
          && gazetteer.admin1Of(town.get()).map(GazetteerEntry::name).orElse("").equals(p.admin1());
    };
  }

  private Optional<GazetteerEntry> nearestTown(double lat, double lon) {
    return towns.stream().min(Comparator.comparingDouble(e -> Geo.km(lat, lon, e.lat(), e.lon())));
  }

  private static boolean isArea(Feature f) {
    return f == Feature.COUNTRY || f == Feature.ADMIN1 || f == Feature.ADMIN2 || f == Feature.REGION;
  }

  private static List<PlacesGold.GoldPlace> uniqueGold(List<PlacesGold.GoldPlace> places) {
    List<PlacesGold.GoldPlace> out = new ArrayList<>();
    for (PlacesGold.GoldPlace g : places) {
      if (out.stream().noneMatch(o -> Geo.km(o.lat(), o.lon(), g.lat(), g.lon()) < SAME_PLACE_KM
          && ArabicNames.key(o.text()).equals(ArabicNames.key(g.text())))) {
        out.add(g);
      }
    }
    return out;
  }

  /** One per name and point: "مخمور" the town and "قضاء مخمور" the district (same seat) count once. */
  private static List<Place> uniqueFound(List<Place> places) {
    List<Place> out = new ArrayList<>();
    for (Place p : places) {
      if (out.stream().noneMatch(o -> Geo.km(o.lat(), o.lon(), p.lat(), p.lon()) < SAME_PLACE_KM
          && ArabicNames.key(o.nameAr()).equals(ArabicNames.key(p.nameAr())))) {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean sameName(String gold, String found) {
    if (gold.isEmpty()) {
      return false;
    }
    String g = ArabicNames.key(gold);
    String f = ArabicNames.key(found);
    return g.equals(f) || g.equals(strip(f)) || strip(g).equals(f)
        || g.startsWith("ال") && f.equals(g.substring(1)) || g.endsWith(" " + f) || f.endsWith(" " + g);
  }

  private static String strip(String key) {
    for (String p : new String[] {"وب", "ول", "و", "ب", "ل"}) {
      if (key.startsWith(p) && key.length() > p.length() + 2) {
        return key.substring(p.length());
      }
    }
    return key;
  }

  private static double km(PlacesGold.GoldPlace g, Place p) {
    return Geo.km(g.lat(), g.lon(), p.lat(), p.lon());
  }
}
