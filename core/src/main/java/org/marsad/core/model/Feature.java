package org.marsad.core.model;

import java.util.Locale;

/** What kind of place a gazetteer entry is. Serialised in lower case. */
public enum Feature {
  COUNTRY, ADMIN1, ADMIN2, CITY, VILLAGE, REGION;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
