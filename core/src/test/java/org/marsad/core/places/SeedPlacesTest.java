package org.marsad.core.places;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.Article;
import org.marsad.core.model.Place;
import org.marsad.core.pipeline.Pipeline;

/** The acceptance case of issue 3: the seed article's seven places, and no person as a place. */
class SeedPlacesTest {

  private static Path seed() {
    String data = System.getProperty("marsad.data", "../../shared/data");
    return Path.of(data, "seed", "makhmour.txt");
  }

  private static List<Place> seedPlaces() throws IOException {
    Path file = seed();
    Assumptions.assumeTrue(Files.isRegularFile(file), "seed absent (" + file + "): ../shared/data is not here");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int nl = text.indexOf('\n');
    return Pipeline.standard().analyze(Article.of(text.substring(0, nl).strip(), text.substring(nl + 1))).places();
  }

  private static boolean found(List<Place> places, String nameAr, double lat, double lon, double km) {
    return places.stream().anyMatch(p -> ArabicNames.key(p.nameAr()).equals(ArabicNames.key(nameAr))
        && Geo.km(lat, lon, p.lat(), p.lon()) <= km);
  }

  @Test
  void theSevenPlacesOfTheSeedAreFoundWhereTheyAre() throws IOException {
    List<Place> places = seedPlaces();
    assertTrue(found(places, "مخمور", 35.776, 43.580, 2), "Makhmur");
    assertTrue(found(places, "أربيل", 36.19, 44.01, 25), "Erbil");
    assertTrue(found(places, "كركوك", 35.47, 44.39, 25), "Kirkuk");
    assertTrue(found(places, "البصرة", 30.51, 47.81, 25), "Basra");
    assertTrue(found(places, "بغداد", 33.31, 44.37, 25), "Baghdad");
    // governorates: their own points, within the governorate
    assertTrue(found(places, "نينوى", 36.2, 42.6, 60), "Nineveh");
    assertTrue(found(places, "صلاح الدين", 34.5, 43.6, 60), "Salah ad Din");
  }

  @Test
  void noPersonOfTheSeedIsAPlace() throws IOException {
    for (Place p : seedPlaces()) {
      for (String person : List.of("مسرور", "بارزاني", "الكاظمي", "مصطفى")) {
        assertFalse(p.text().contains(person), p.text() + " is a person");
      }
    }
  }
}
