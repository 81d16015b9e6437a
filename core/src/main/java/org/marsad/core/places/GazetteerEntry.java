package org.marsad.core.places;

import java.util.List;
import org.marsad.core.model.Feature;

/**
 * One place of the gazetteer.
 *
 * @param index position in {@link Gazetteer#entries()}
 * @param geonamesId the GeoNames id, or 0 when the source carries none (first-level divisions and
 *     countries come from code tables without ids)
 * @param feature what kind of place this is
 * @param featureCode the GeoNames feature code (PPLA2, ADM1, PCLI, ...)
 * @param country ISO 3166-1 alpha-2 code
 * @param admin1 the first-level division code within the country ("11"), or ""
 * @param admin2 the second-level division code ("93817"), or ""
 * @param lat latitude; {@code NaN} when the source has no coordinates for the place
 * @param lon longitude; {@code NaN} likewise
 * @param population inhabitants, 0 when unknown
 * @param name the English (or romanised) name
 * @param nameAr the preferred Arabic name, or ""
 * @param arabicKeys every Arabic name and alias in matching form ({@link ArabicNames#key})
 */
public record GazetteerEntry(int index, long geonamesId, Feature feature, String featureCode, String country,
    String admin1, String admin2, double lat, double lon, long population, String name, String nameAr,
    List<String> arabicKeys) {

  public GazetteerEntry {
    arabicKeys = List.copyOf(arabicKeys);
  }

  public boolean hasCoordinates() {
    return !Double.isNaN(lat) && !Double.isNaN(lon);
  }

  /** "IQ.11" for a place in Erbil governorate; "" when the place has no first-level code. */
  public String admin1Code() {
    return admin1.isEmpty() ? "" : country + "." + admin1;
  }

  /** "IQ.11.93817" for a place in Makhmur district; "" when it has no second-level code. */
  public String admin2Code() {
    return admin1.isEmpty() || admin2.isEmpty() ? "" : country + "." + admin1 + "." + admin2;
  }
}
