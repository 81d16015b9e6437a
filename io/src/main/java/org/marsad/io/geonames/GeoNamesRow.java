package org.marsad.io.geonames;

import java.util.List;

/**
 * One row of a GeoNames dump (cities500.txt, allCountries.txt): the columns marsad keeps.
 *
 * @param latinNames the name, the ASCII name and the alternate names not in Arabic script
 * @param arabicNames the alternate names in Arabic letters ({@code ArabicNames.isArabic})
 */
record GeoNamesRow(long id, String name, List<String> latinNames, List<String> arabicNames, double lat, double lon,
    String featureClass, String featureCode, String country, String admin1, String admin2, long population) {

  boolean populated() {
    return featureClass.equals("P");
  }

  String admin1Code() {
    return admin1.isEmpty() ? "" : country + "." + admin1;
  }

  String admin2Code() {
    return admin1.isEmpty() || admin2.isEmpty() ? "" : country + "." + admin1 + "." + admin2;
  }
}
