package org.marsad.io.geonames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.model.Feature;
import org.marsad.core.places.Gazetteer;
import org.marsad.core.places.GazetteerEntry;

/** Builds a gazetteer from a handful of rows written in the GeoNames formats. */
class GazetteerBuilderTest {

  @TempDir
  Path dir;

  private static String row(String... columns) {
    return String.join("\t", columns) + "\n";
  }

  private static final String MAKHMUR = row("93818", "Mexmur", "Mexmur", "Makhmur,مخمور,مەخموور", "35.77622",
      "43.57974", "P", "PPLA2", "IQ", "", "11", "93817", "", "", "0", "", "266", "Asia/Baghdad", "2021-12-06");
  private static final String ERBIL = row("95446", "Erbil", "Erbil", "Arbil,Erbil,أربيل", "36.18333", "44.01193", "P",
      "PPLA", "IQ", "", "11", "95444", "", "", "1612700", "", "420", "Asia/Baghdad", "2021-12-06");
  private static final String BONN = row("2946447", "Bonn", "Bonn", "Bonn,بون", "50.73438", "7.09549", "P",
      "PPLA3", "DE", "", "07", "053", "", "", "330579", "", "60", "Europe/Berlin", "2020-01-01");
  private static final String SMALL_FOREIGN = row("1", "Tiny", "Tiny", "", "50.0", "7.0", "P", "PPL", "DE", "",
      "07", "053", "", "", "600", "", "60", "Europe/Berlin", "2020-01-01");

  @BeforeEach
  void sources() throws IOException {
    Files.writeString(dir.resolve("admin1.json"),
        "[{\"code\":\"IQ.11\",\"name\":\"Erbil\"},{\"code\":\"DE.07\",\"name\":\"North Rhine-Westphalia\"}]");
    Files.writeString(dir.resolve("admin2.json"),
        "[{\"code\":\"IQ.11.93817\",\"name\":\"Makhmur District\"},{\"code\":\"IQ.11.95444\",\"name\":\"Arbil\"}]");
    Files.createDirectories(dir.resolve("countries/langs"));
    Files.writeString(dir.resolve("countries/langs/ar.json"),
        "{\"locale\":\"ar\",\"countries\":{\"IQ\":\"العراق\",\"DE\":\"ألمانيا\"}}", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("countries/langs/en.json"),
        "{\"locale\":\"en\",\"countries\":{\"IQ\":\"Iraq\",\"DE\":[\"Germany\",\"Deutschland\"]}}");
    Files.writeString(dir.resolve("countries/package.json"), "{\"name\":\"i18n-iso-countries\",\"version\":\"0\"}");
    Files.writeString(dir.resolve("states.json"), "[{\"name\":\"Erbil\",\"native\":\"أربيل\",\"latitude\":\"36.55\","
        + "\"longitude\":\"44.48\"}]", StandardCharsets.UTF_8);
  }

  private GazetteerSources sources(String cities, boolean lenient) throws IOException {
    Path file = dir.resolve("cities500.txt");
    Files.writeString(file, cities, StandardCharsets.UTF_8);
    return new GazetteerSources(Optional.of(file), Optional.empty(), Optional.empty(), dir.resolve("admin1.json"),
        dir.resolve("admin2.json"), dir.resolve("countries"), Optional.of(dir.resolve("states.json")),
        Optional.empty(), lenient);
  }

  @Test
  void anIraqiDistrictTakesItsSeatsArabicNameAndPoint() throws IOException {
    Gazetteer g = GazetteerBuilder.build(sources(MAKHMUR + ERBIL, false)).gazetteer();
    GazetteerEntry district = g.lookup("مخمور").stream().filter(e -> e.feature() == Feature.ADMIN2).findFirst().get();
    assertEquals("Makhmur District", district.name());
    assertEquals(35.77622, district.lat(), 1e-6);
    assertEquals(93817, district.geonamesId());
  }

  @Test
  void aGovernorateTakesCountrystatecitysNameAndPoint() throws IOException {
    Gazetteer g = GazetteerBuilder.build(sources(MAKHMUR + ERBIL, false)).gazetteer();
    GazetteerEntry erbil = g.lookup("اربيل").stream().filter(e -> e.feature() == Feature.ADMIN1).findFirst().get();
    assertEquals(36.55, erbil.lat(), 1e-6);
  }

  @Test
  void kurdishSpellingsAreLeftOut() throws IOException {
    Gazetteer g = GazetteerBuilder.build(sources(MAKHMUR, false)).gazetteer();
    assertTrue(g.lookup("مهخموور").isEmpty());
  }

  @Test
  void countriesHaveArabicNames() throws IOException {
    Gazetteer g = GazetteerBuilder.build(sources(MAKHMUR + BONN, false)).gazetteer();
    assertEquals("Germany", g.country("DE").get().name());
    assertEquals("ألمانيا", g.country("DE").get().nameAr());
  }

  @Test
  void aSmallForeignPlaceWithoutArabicNameIsLeftOut() throws IOException {
    Gazetteer g = GazetteerBuilder.build(sources(BONN + SMALL_FOREIGN, false)).gazetteer();
    assertTrue(g.entries().stream().noneMatch(e -> e.name().equals("Tiny")));
    assertTrue(g.entries().stream().anyMatch(e -> e.name().equals("Bonn")));
  }

  @Test
  void aMalformedRowIsAnErrorNamingFileAndLine() throws IOException {
    String bad = MAKHMUR + "123\tBroken\trow\n";
    MalformedRowException e = assertThrows(MalformedRowException.class,
        () -> GazetteerBuilder.build(sources(bad, false)));
    assertTrue(e.getMessage().contains("cities500.txt:2: "), e.getMessage());
  }

  @Test
  void aBadLatitudeIsAnError() throws IOException {
    String bad = ERBIL.replace("36.18333", "north");
    MalformedRowException e = assertThrows(MalformedRowException.class,
        () -> GazetteerBuilder.build(sources(bad, false)));
    assertTrue(e.getMessage().contains(":1: bad latitude 'north'"), e.getMessage());
  }

  @Test
  void lenientBuildsSkipAndCountMalformedRows() throws IOException {
    GazetteerBuilder.Result r = GazetteerBuilder.build(sources("x\ty\n" + MAKHMUR + "1\t2\n", true));
    assertEquals(2, r.skippedRows());
    assertTrue(r.gazetteer().containsKey("مخمور"));
  }

  @Test
  void theFullDumpsGiveArabicNamesFromAlternateNamesAndDivisionsFromTheirRows() throws IOException {
    Path all = dir.resolve("allCountries.txt");
    Files.writeString(all, row("99999", "Erbil Governorate", "Erbil Governorate", "", "36.5", "44.3", "A", "ADM1", "IQ",
        "", "11", "", "", "", "1800000", "", "400", "Asia/Baghdad", "2021-01-01")
        + MAKHMUR.replace("مخمور,", ""), StandardCharsets.UTF_8);
    Path alt = dir.resolve("alternateNamesV2.txt");
    Files.writeString(alt, row("1", "93818", "ar", "مخمور", "", "", "", "", "", "")
        + row("2", "99999", "ar", "محافظة أربيل", "", "", "", "", "", "")
        + row("3", "93818", "ku", "Mexmûr", "", "", "", "", "", ""), StandardCharsets.UTF_8);
    GazetteerSources s = new GazetteerSources(Optional.empty(), Optional.of(all), Optional.of(alt),
        dir.resolve("admin1.json"), dir.resolve("admin2.json"), dir.resolve("countries"), Optional.empty(),
        Optional.empty(), false);
    Gazetteer g = GazetteerBuilder.build(s).gazetteer();
    assertTrue(g.lookup("مخمور").stream().anyMatch(e -> e.geonamesId() == 93818));
    GazetteerEntry governorate = g.lookup("محافظه اربيل").get(0);
    assertEquals(Feature.ADMIN1, governorate.feature());
    assertEquals(99999, governorate.geonamesId());
    assertEquals(36.5, governorate.lat(), 1e-6);
  }

  @Test
  void namesThatOnlyDifferALittleAreSimilar() {
    assertTrue(GazetteerBuilder.similar(GazetteerBuilder.latinKey("Salah ad Din"),
        GazetteerBuilder.latinKey("Saladin")));
    assertTrue(GazetteerBuilder.similar(GazetteerBuilder.latinKey("Duhok"), GazetteerBuilder.latinKey("Dohuk")));
    assertTrue(!GazetteerBuilder.similar(GazetteerBuilder.latinKey("Basra"), GazetteerBuilder.latinKey("Najaf")));
  }
}
