package org.marsad.io.geonames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.places.ArabicNames;
import org.marsad.core.places.RomanisedNames;

class RomanisedIndexBuilderTest {

  private static String row(long id, String name, String featureClass, String country, long population) {
    return id + "\t" + name + "\t" + name + "\t\t37.4\t34.8\t" + featureClass + "\tPPL\t" + country
        + "\t\t01\t\t\t\t" + population + "\t\t100\tEurope/Istanbul\t2020-01-01";
  }

  @Test
  void populatedPlacesAreIndexedByPatternAndTheTextFormReadsBack(@TempDir Path dir) throws IOException {
    Path cities = dir.resolve("cities500.txt");
    Files.writeString(cities, String.join("\n", row(302482, "Pozanti", "P", "TR", 10517),
        row(9, "Pozanti Dagi", "T", "TR", 0), row(10, "Aya", "P", "TR", 800)) + "\n", StandardCharsets.UTF_8);
    RomanisedNames index = RomanisedIndexBuilder.build(cities);
    assertEquals(1, index.size(), "a mountain (class T) and a one-consonant name are left out");
    StringWriter out = new StringWriter();
    RomanisedIndexBuilder.write(index, out);
    RomanisedNames back = RomanisedNames.read(new StringReader(out.toString()), "written");
    String pattern = RomanisedNames.arabicPattern(ArabicNames.key("بوزانتي"));
    assertEquals(302482L, back.find("TR", pattern).orElseThrow().geonamesId());
    assertEquals(37.4, back.find("TR", pattern).orElseThrow().lat(), 1e-9);
  }

  @Test
  void aMalformedRowIsAnErrorNamingTheFileAndLine(@TempDir Path dir) throws IOException {
    Path cities = dir.resolve("cities500.txt");
    Files.writeString(cities, row(1, "Pozanti", "P", "TR", 10) + "\nbroken\trow\n", StandardCharsets.UTF_8);
    MalformedRowException e = assertThrows(MalformedRowException.class, () -> RomanisedIndexBuilder.build(cities));
    assertTrue(e.getMessage().startsWith(cities + ":2:"), e.getMessage());
  }
}
