package org.marsad.core.places;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.marsad.core.model.Feature;
import org.marsad.core.model.Place;

/**
 * Each country's capital (its most populous {@code PPLC} entry), to place what happens "in a
 * country" that by convention happens at its seat of government: a visit to Iran is a visit to
 * Tehran. Immutable and thread-safe.
 */
public final class Capitals {

  /** No capitals: every lookup is empty. */
  public static final Capitals NONE = new Capitals(Map.of(), Map.of());
  /** The precision of a place taken as the capital for its country: approximate, like a governorate. */
  public static final int PRECISION = 3;

  private final Map<String, GazetteerEntry> byCountry;
  private final Map<String, String> admin1;

  private Capitals(Map<String, GazetteerEntry> byCountry, Map<String, String> admin1) {
    this.byCountry = Map.copyOf(byCountry);
    this.admin1 = Map.copyOf(admin1);
  }

  /** The capitals of {@code gazetteer}'s countries. */
  public static Capitals of(Gazetteer gazetteer) {
    Map<String, GazetteerEntry> best = new HashMap<>();
    for (GazetteerEntry e : gazetteer.entries()) {
      if (e.feature() == Feature.CITY && e.featureCode().equals("PPLC")) {
        best.merge(e.country(), e, (a, b) -> b.population() > a.population() ? b : a);
      }
    }
    Map<String, String> admin1 = new HashMap<>();
    for (GazetteerEntry e : best.values()) {
      admin1.put(e.country(), gazetteer.admin1Of(e).map(GazetteerEntry::name).orElse(""));
    }
    return new Capitals(best, admin1);
  }

  /** The capitals of the bundled gazetteer. */
  public static Capitals standard() {
    return Holder.STANDARD;
  }

  /**
   * The capital of the country that {@code place} names, at the country's mention (its text and
   * offsets) with {@link #PRECISION}; empty when {@code place} is no country or its capital is unknown.
   */
  public Optional<Place> of(Place place) {
    if (place.feature() != Feature.COUNTRY) {
      return Optional.empty();
    }
    GazetteerEntry e = byCountry.get(place.country());
    if (e == null) {
      return Optional.empty();
    }
    return Optional.of(new Place(place.text(), place.start(), place.end(), e.name(),
        e.nameAr().isEmpty() ? e.name() : e.nameAr(), e.geonamesId(), e.country(), admin1.get(e.country()), "",
        ToponymResolver.round(e.lat()), ToponymResolver.round(e.lon()), Feature.CITY, PRECISION));
  }

  /**
   * The capital of the country {@code iso2}, at {@code [start, end)} of the text (the words it is
   * inferred from) with {@link #PRECISION}; empty when its capital is unknown.
   */
  public Optional<Place> ofCountry(String iso2, String text, int start, int end) {
    GazetteerEntry e = byCountry.get(iso2);
    if (e == null) {
      return Optional.empty();
    }
    return Optional.of(new Place(text, start, end, e.name(), e.nameAr().isEmpty() ? e.name() : e.nameAr(),
        e.geonamesId(), e.country(), admin1.get(e.country()), "", ToponymResolver.round(e.lat()),
        ToponymResolver.round(e.lon()), Feature.CITY, PRECISION));
  }

  private static final class Holder {
    static final Capitals STANDARD = of(Gazetteer.standard());
  }
}
