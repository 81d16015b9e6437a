package org.marsad.core.places;

import java.util.Set;

/**
 * The named weights and thresholds of {@link ToponymResolver}. A candidate's score is the sum of the
 * terms that apply to it; the highest score wins.
 *
 * @param country prior for a country
 * @param admin1 prior for a first-level division (governorate, province)
 * @param admin2 prior for a second-level division (district); below the town it is named after
 * @param city prior for a town or city
 * @param village prior for a village
 * @param region prior for a region (إقليم كردستان) or a natural feature
 * @param perLog10Population added per power of ten of inhabitants
 * @param seat a capital of a governorate; half of it for a capital of a district
 * @param capital a capital of a country
 * @param homeRegion a place in {@link #homeCountries}, where Arabic news mostly happens
 * @param focusCountry a place in the article's focus country (the country most of its places are in)
 * @param hierarchy the article also names the place's district, or (half of it) its governorate
 *     (قضاء مخمور ... أربيل)
 * @param nearby another place of the article lies within {@link #nearbyKm}
 * @param descriptorFits a descriptor announced this kind of place (محافظة → governorate)
 * @param descriptorClashes a descriptor announced another kind (قضاء before a country name)
 * @param nearbyKm how close "nearby" is
 * @param supportKm how close another town must be to vouch for a small place that is not well known
 * @param majorPopulation a city this large is known without support anywhere in the world
 * @param homeMajorPopulation a city this large is known without support in {@link #homeCountries}
 * @param worldCityPopulation a foreign city this large is a place even without a preposition of place
 * @param homeCountries the Arab League, Western Sahara, Iran, Turkey and Israel
 */
public record ResolverWeights(double country, double admin1, double admin2, double city, double village,
    double region, double perLog10Population, double seat, double capital, double homeRegion, double focusCountry,
    double hierarchy, double nearby, double descriptorFits, double descriptorClashes, double nearbyKm, double supportKm,
    long majorPopulation, long homeMajorPopulation, long worldCityPopulation, Set<String> homeCountries) {

  public ResolverWeights {
    homeCountries = Set.copyOf(homeCountries);
  }

  /** The defaults, chosen by hand on the public gold file and the seed (docs/places.md). */
  public static ResolverWeights standard() {
    return new ResolverWeights(
        6.0,   // country: a country name almost always means the country, even where its capital shares it
        2.0,   // admin1: a governorate shares its name with its capital; the town wins without a descriptor
        0.5,   // admin2: likewise below the town
        2.5,   // city
        0.5,   // village
        2.0,   // region
        0.6,   // perLog10Population: a city of 1M gains 1.8 over one of 1,000
        1.0,   // seat
        2.0,   // capital: Doha the capital, not a village called الدوحة
        1.5,   // homeRegion
        2.5,   // focusCountry: tells Amman (عمان in a Jordanian story) from Oman
        2.0,   // hierarchy
        1.0,   // nearby
        4.0,   // descriptorFits: a descriptor outweighs population and region
        -4.0,  // descriptorClashes
        100.0, // nearbyKm
        30.0,  // supportKm: a village next to a town the article names
        100_000, // majorPopulation
        20_000,  // homeMajorPopulation
        1_000_000, // worldCityPopulation: New York, Munich; smaller foreign towns need "في" or a dateline
        Set.of("SA", "AE", "BH", "DZ", "DJ", "EG", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA",
            "SD", "SO", "SY", "TN", "YE", "EH", "IR", "TR", "IL"));
  }
}
