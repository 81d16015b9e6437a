package org.marsad.core.model;

/**
 * A toponym in the text resolved to one gazetteer entry.
 *
 * @param precision 1 = the town itself; 2 = near a town, or a district; 3 = a governorate or
 *     province; 4 = the country only
 */
public record Place(String text, int start, int end, String name, String nameAr, long geonamesId, String country,
    String admin1, String admin2, double lat, double lon, Feature feature, int precision) {}
