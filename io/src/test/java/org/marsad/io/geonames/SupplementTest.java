package org.marsad.io.geonames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.Feature;
import org.marsad.core.places.Gazetteer;
import org.marsad.core.places.GazetteerEntry;

/** The supplement's rules, and the bundled supplement against the bundled gazetteer. */
class SupplementTest {

  private static final List<GazetteerEntry> ENTRIES = List.of(
      new GazetteerEntry(0, 0, Feature.COUNTRY, "PCLI", "AF", "", "", 33.9, 67.7, 0, "Afghanistan", "أفغانستان",
          List.of("افغانستان")),
      new GazetteerEntry(1, 0, Feature.ADMIN1, "ADM1", "AF", "26", "", 36.7, 69.5, 0, "Takhar", "تالقان",
          List.of("تالقان")),
      new GazetteerEntry(2, 1123004, Feature.CITY, "PPLA", "AF", "26", "", 36.7, 69.5, 64256, "Taloqan", "تالقان",
          List.of("تالقان")),
      new GazetteerEntry(3, 0, Feature.ADMIN1, "ADM1", "AF", "17", "", 34.0, 69.0, 0, "Logar", "", List.of()));

  private static Supplement read(String text) throws IOException {
    return Supplement.read(new StringReader(text), "test.tsv");
  }

  @Test
  void anAliasAddsKeysAndGivesANameWhereThereWasNone() throws IOException {
    List<GazetteerEntry> out = read("alias\tadmin1:AF.17\tلوغر|لوجر\n").apply(ENTRIES);
    assertEquals("لوغر", out.get(3).nameAr());
    assertEquals(List.of("لوغر", "لوجر"), out.get(3).arabicKeys());
    assertEquals(ENTRIES.get(1), out.get(1));
  }

  @Test
  void anAliasKeepsTheExistingNameAndKeys() throws IOException {
    List<GazetteerEntry> out = read("alias\tid:1123004\tطالقان\n").apply(ENTRIES);
    assertEquals("تالقان", out.get(2).nameAr());
    assertEquals(List.of("تالقان", "طالقان"), out.get(2).arabicKeys());
  }

  @Test
  void namesReplaceTheWrongNamesOfAnEntry() throws IOException {
    List<GazetteerEntry> out = read("names\tadmin1:AF.26\tتخار\n").apply(ENTRIES);
    assertEquals("تخار", out.get(1).nameAr());
    assertEquals(List.of("تخار"), out.get(1).arabicKeys());
    assertEquals(ENTRIES.get(2), out.get(2), "the seat keeps its own name");
  }

  @Test
  void targetsByCountryAndEnglishName() throws IOException {
    List<GazetteerEntry> out = read("alias\tcountry:AF\tافغانستان الاسلامية\nalias\tname:AF:Logar\tلوغر\n")
        .apply(ENTRIES);
    assertEquals(List.of("افغانستان", "افغانستان الاسلاميه"), out.get(0).arabicKeys());
    assertEquals("لوغر", out.get(3).nameAr());
  }

  @Test
  void rulesWithoutTargetAreSkippedAndListed() throws IOException {
    Supplement s = read("# comment\nalias\tid:999\tمكان\nalias\tadmin1:AF.17\tلوغر\n");
    assertEquals(List.of("line 2: id:999"), s.unmatched(ENTRIES));
    assertEquals(ENTRIES.get(0), s.apply(ENTRIES).get(0));
  }

  @Test
  void aPlaceIsAppendedWithItsPointAndNames() throws IOException {
    Supplement s = read("place\tSA.10\t25.29,45.87\tPPLA2\tThadiq\tثادق|محافظة ثادق\n"
        + "place\tSA.17\t16.9,43.1\tPPL\tSomewhere\tمكان\n"
        + "alias\tname:SA:Thadiq\tثادج\n");
    List<GazetteerEntry> out = s.apply(s.addPlaces(ENTRIES));
    assertEquals(ENTRIES.size() + 2, out.size());
    GazetteerEntry thadiq = out.get(ENTRIES.size());
    assertEquals(ENTRIES.size(), thadiq.index());
    assertEquals(Feature.CITY, thadiq.feature());
    assertEquals("SA", thadiq.country());
    assertEquals("10", thadiq.admin1());
    assertEquals(25.29, thadiq.lat(), 1e-9);
    assertEquals(45.87, thadiq.lon(), 1e-9);
    assertEquals("ثادق", thadiq.nameAr());
    assertEquals(List.of("ثادق", "محافظه ثادق", "ثادج"), thadiq.arabicKeys());
    assertEquals(Feature.VILLAGE, out.get(ENTRIES.size() + 1).feature());
    assertEquals(List.of(), s.unmatched(s.addPlaces(ENTRIES)));
  }

  @Test
  void malformedRulesAreErrors() {
    assertThrows(MalformedRowException.class, () -> read("place\tSA.10\t125.29,45.87\tPPL\tX\tثادق\n"));
    assertThrows(MalformedRowException.class, () -> read("place\tSA.10\t25.29 45.87\tPPL\tX\tثادق\n"));
    assertThrows(MalformedRowException.class, () -> read("place\tSA.10\t25.29,45.87\tADM1\tX\tثادق\n"));
    assertThrows(MalformedRowException.class, () -> read("rename\tid:1\tمكان\n"));
    assertThrows(MalformedRowException.class, () -> read("alias\tplace:1\tمكان\n"));
    assertThrows(MalformedRowException.class, () -> read("alias\tid:1\tLogar\n"));
  }

  /** Every rule of the bundled supplement reaches an entry of the bundled gazetteer, with its names as keys. */
  @Test
  void everyBundledRuleHasItsTargetInTheBundledGazetteer() {
    List<GazetteerEntry> entries = Gazetteer.standard().entries();
    assertEquals(List.of(), Supplement.bundled().unmatched(entries));
  }
}
