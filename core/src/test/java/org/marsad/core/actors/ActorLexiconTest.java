package org.marsad.core.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.events.LexiconFormatException;
import org.marsad.core.events.Words;

class ActorLexiconTest {

  private static final ActorLexicon LEXICON = ActorLexicon.standard();

  private static ActorLexicon.Match at(String phrase) {
    List<List<String>> c = Arrays.stream(phrase.split(" ")).map(w -> Words.candidates(Words.key(w))).toList();
    return LEXICON.match(c, 0).orElseThrow(() -> new AssertionError("no actor in: " + phrase));
  }

  @Test
  void theIraqiPrimeMinisterDependsOnTheDate() {
    ActorLexicon.Match m = at("رئيس الوزراء العراقي");
    assertEquals("Mustafa al-Kadhimi", m.on(LocalDate.of(2021, 10, 27)).name());
    assertEquals("IRQGOV", m.on(LocalDate.of(2021, 10, 27)).code());
    assertEquals("Haider al-Abadi", m.on(LocalDate.of(2016, 1, 1)).name());
    assertEquals("Mohammed Shia al-Sudani", m.on(LocalDate.of(2023, 1, 1)).name());
  }

  @Test
  void theSaudiKingAndCrownPrincesOf2015DependOnTheDate() {
    LocalDate july2015 = LocalDate.of(2015, 7, 20);
    assertEquals("King Salman bin Abdulaziz", at("خادم الحرمين الشريفين").on(july2015).name());
    assertEquals("King Abdullah bin Abdulaziz", at("خادم الحرمين الشريفين").on(LocalDate.of(2014, 7, 20)).name());
    assertEquals("Muhammad bin Nayef", at("ولي العهد").on(july2015).name());
    assertEquals("Mohammed bin Salman", at("ولي ولي العهد").on(july2015).name());
    assertEquals("Muhammad bin Nayef", at("ولي ولي العهد").on(LocalDate.of(2015, 3, 1)).name());
    assertEquals("Adel al-Jubeir", at("وزير الخارجية السعودي").on(july2015).name());
    assertEquals("SAUGOV", at("سلمان بن عبدالعزيز آل سعود").on(july2015).code());
    assertEquals("Houthi and Saleh forces", at("ميليشيات الحوثي وصالح").on(july2015).name());
  }

  @Test
  void peopleAreIndividualsAndGroupsAreNot() {
    assertTrue(LEXICON.individual("King Salman bin Abdulaziz"));
    assertTrue(LEXICON.individual("Mustafa al-Kadhimi"));
    assertTrue(!LEXICON.individual("Iraqi Army"));
    assertTrue(!LEXICON.individual("Gulf Cooperation Council"));
  }

  @Test
  void groupWordsMapToTheirCodes() {
    assertEquals("IRQKRGMIL", at("قوات البيشمركة").on(LocalDate.now()).code());
    assertEquals("IRQMIL", at("الجيش العراقي").on(LocalDate.now()).code());
    assertEquals("ISIS", at("فلول داعش").on(LocalDate.now()).code());
  }

  @Test
  void theFirstWordMatchesThroughItsClitics() {
    assertEquals("ISIS", at("لداعش").on(LocalDate.now()).code());
    assertEquals("IRQMIL", at("للجيش العراقي").on(LocalDate.now()).code());
    assertEquals(1, at("والبيشمركة").last() - at("والبيشمركة").first() + 1);
  }

  @Test
  void theLongestPhraseWins() {
    assertEquals(ActorLexicon.Kind.ROLE, at("رئيس الوزراء العراقي").kind());
    assertEquals(ActorLexicon.Kind.GENERIC, at("رئيس الوزراء").kind());
  }

  @Test
  void errorsNameTheFileAndLine() {
    String bad = "# comment\nperson\tمصطفى الكاظمي\tMustafa al-Kadhimi\tIRQGOV\nrole\tرئيس\tX\tIRQGOV\t2020-13\t-\n";
    LexiconFormatException e = assertThrows(LexiconFormatException.class,
        () -> ActorLexicon.read(new StringReader(bad), "my-actors.txt"));
    assertTrue(e.getMessage().startsWith("my-actors.txt:3:"), e.getMessage());
    LexiconFormatException kind = assertThrows(LexiconFormatException.class,
        () -> ActorLexicon.read(new StringReader("chief\tرئيس\tX\tY\n"), "a.txt"));
    assertTrue(kind.getMessage().contains("a.txt:1: unknown kind 'chief'"), kind.getMessage());
  }
  @Test
  void anInstitutionAndACountrysAdjectiveComposeInAnyInflection() {
    assertEquals("SYRMIL", at("الجيش السوري").on(LocalDate.now()).code());
    assertEquals("Syria military", at("الجيش السوري").on(LocalDate.now()).name());
    assertEquals("RUSMIL", at("طائرات حربية روسية").on(LocalDate.now()).code());
    assertEquals("TUNCOP", at("والشرطة التونسية").on(LocalDate.now()).code());
    assertEquals("FRAGOV", at("لوزير الخارجية الفرنسي").on(LocalDate.now()).code());
    // a listed phrase as long as the composed one wins: the Iraqi Army keeps its own name
    assertEquals("Iraqi Army", at("الجيش العراقي").on(LocalDate.now()).name());
  }

  @Test
  void composedRowsCheckTheirFields() {
    LexiconFormatException code = assertThrows(LexiconFormatException.class,
        () -> ActorLexicon.read(new StringReader("nationality\tسوري سورية\tSyria\tSY\n"), "n.txt"));
    assertTrue(code.getMessage().startsWith("n.txt:1:") && code.getMessage().contains("'SY'"), code.getMessage());
    LexiconFormatException name = assertThrows(LexiconFormatException.class,
        () -> ActorLexicon.read(new StringReader("# x\ninstitution\tالجيش\tarmy\tMIL\n"), "i.txt"));
    assertTrue(name.getMessage().startsWith("i.txt:2:") && name.getMessage().contains("%s"), name.getMessage());
  }
}
