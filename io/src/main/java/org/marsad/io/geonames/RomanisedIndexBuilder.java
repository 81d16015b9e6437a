package org.marsad.io.geonames;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.core.places.RomanisedNames;

/**
 * Builds the {@link RomanisedNames} index from a GeoNames dump of populated places (cities500.txt):
 * the pattern of each ASCII name ({@link RomanisedNames#latinPattern}). Names of fewer than two
 * consonants are left out (they would match too much). The output is sorted by country, pattern
 * and id, so one dump always gives the same file.
 */
public final class RomanisedIndexBuilder {

  /** Fewest consonants a skeleton needs to be indexed. */
  static final int MIN_SKELETON = 2;

  private RomanisedIndexBuilder() {}

  /**
   * The index of the populated places of {@code cities}, those with an Arabic name in the gazetteer
   * too (an article may spell a name otherwise: فيرجسون beside the gazetteer's form); a malformed row
   * is an error naming {@code file:line}.
   */
  public static RomanisedNames build(Path cities) throws IOException {
    List<RomanisedNames.Town> towns = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(cities, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 15) {
          throw new MalformedRowException(cities.toString(), n, "expected 19 tab-separated GeoNames columns, got "
              + f.length);
        }
        if (!f[6].equals("P")) {
          continue;
        }
        String pattern = RomanisedNames.latinPattern(f[2].isEmpty() ? f[1] : f[2]);
        if (RomanisedNames.skeleton(pattern).length() < MIN_SKELETON) {
          continue;
        }
        try {
          towns.add(new RomanisedNames.Town(f[8], pattern, Long.parseLong(f[0]), f[1].replace('\t', ' '),
              Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[14].isEmpty() ? 0 : Long.parseLong(f[14]), f[7]));
        } catch (NumberFormatException e) {
          throw new MalformedRowException(cities.toString(), n, e.getMessage());
        }
      }
    }
    return RomanisedNames.of(towns);
  }

  /** Writes the index in its text form, sorted, with a note naming the source. */
  public static void write(RomanisedNames index, Writer out) throws IOException {
    out.write("# marsad romanised town names, built by `marsad gazetteer romanised` from GeoNames cities500 (CC BY 4.0)\n");
    out.write(RomanisedNames.HEADER + "\n");
    List<RomanisedNames.Town> towns = new ArrayList<>(index.towns());
    towns.sort(Comparator.comparing(RomanisedNames.Town::country).thenComparing(RomanisedNames.Town::pattern)
        .thenComparingLong(RomanisedNames.Town::geonamesId));
    for (RomanisedNames.Town t : towns) {
      out.write(t.country() + "\t" + t.pattern() + "\t" + t.geonamesId() + "\t" + t.name() + "\t" + t.lat() + "\t"
          + t.lon() + "\t" + t.population() + "\t" + t.featureCode() + "\n");
    }
  }
}
