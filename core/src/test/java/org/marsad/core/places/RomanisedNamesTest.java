package org.marsad.core.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RomanisedNamesTest {

  private static String arabic(String name) {
    return RomanisedNames.arabicPattern(ArabicNames.key(name));
  }

  private static boolean writes(String arabicName, String latinName) {
    return RomanisedNames.writes(arabic(arabicName), RomanisedNames.latinPattern(latinName));
  }

  @Test
  void anArabicSpellingOfAForeignTownWritesItsRomanisedName() {
    assertTrue(writes("بوزانتي", "Pozanti"));
    assertTrue(writes("سيبيتوكي", "Cibitoke"));
    assertTrue(writes("ديناناجار", "Dinanagar"));
    assertTrue(writes("ريحانلي", "Reyhanli"));
    assertTrue(writes("بيليفيلد", "Bielefeld"));
    assertTrue(writes("فيرجسون", "Ferguson"), "one inner vowel left unwritten");
    assertTrue(writes("ديبالتسيف", "Debaltseve"), "a final vowel left unwritten");
    assertEquals(RomanisedNames.skeleton(arabic("بوزانتي")),
        RomanisedNames.skeleton(RomanisedNames.latinPattern("Pozanti")));
  }

  @Test
  void consonantsAloneDoNotMakeAMatch() {
    assertFalse(writes("ديناناجار", "Daudnagar"), "d-d-n against d-n-n");
    assertFalse(writes("باغا", "Abuja"), "a first vowel is written in Arabic");
    assertFalse(writes("بيليفيلد", "Blfld"), "Arabic writes a vowel the romanised name lacks");
    assertFalse(writes("مرو", "Maroua"), "a short name must write every inner vowel");
    assertFalse(writes("عتمانيه", "Atman"));
  }

  @Test
  void theMostPopulousTownTheSpellingWritesIsFound() throws IOException {
    String text = "# a note\n" + RomanisedNames.HEADER + "\n"
        + "TR\t" + RomanisedNames.latinPattern("Pozanti") + "\t302482\tPozantı\t37.42778\t34.87167\t10517\tPPLA2\n"
        + "TR\t" + RomanisedNames.latinPattern("Buzanta") + "\t1\tBuzanta\t38\t35\t90000\tPPL\n"
        + "TR\t" + RomanisedNames.latinPattern("Bazant") + "\t2\tBazant\t39\t36\t500000\tPPL\n";
    RomanisedNames index = RomanisedNames.read(new StringReader(text), "test");
    assertEquals(3, index.size());
    // Bazant has the same consonants but no vowel after its t, which بوزانتي writes
    Optional<RomanisedNames.Town> found = index.find("TR", arabic("بوزانتي"));
    assertEquals("Buzanta", found.map(RomanisedNames.Town::name).orElse("-"));
    assertEquals(Optional.empty(), index.find("SY", arabic("بوزانتي")));
  }

  @Test
  void aMalformedLineIsAnErrorNamingItsSourceAndLine() {
    IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
        () -> RomanisedNames.read(new StringReader(RomanisedNames.HEADER + "\nTR\tbznt\tx\n"), "romanised.tsv"));
    assertTrue(e.getMessage().startsWith("romanised.tsv:2:"), e.getMessage());
  }

  @Test
  void theBundledIndexHoldsTheTownsOfCities500() {
    RomanisedNames index = RomanisedNames.standard();
    assertTrue(index.size() > 150_000, "towns: " + index.size());
    assertEquals(List.of("Pozantı"), index.find("TR", arabic("بوزانتي")).map(RomanisedNames.Town::name).stream()
        .toList());
  }
}
