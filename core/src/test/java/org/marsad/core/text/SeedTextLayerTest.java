package org.marsad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.core.model.Duplicate;
import org.marsad.core.model.Sentence;
import org.marsad.core.model.Token;

/** The text layer end to end over ../shared/data/seed/makhmour.txt (skipped when absent). */
class SeedTextLayerTest {

  private static final String REPEATED_OPENING = "يشار إلى أن قضاء مخمور";
  private static AnalyzedDocument doc;

  static Path dataDirectory() {
    String configured = System.getProperty("marsad.data");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent().resolve("../shared/data").normalize();
  }

  @BeforeAll
  static void analyseTheSeed() throws IOException {
    Path seed = dataDirectory().resolve("seed/makhmour.txt");
    Assumptions.assumeTrue(Files.isRegularFile(seed), "seed text not found at " + seed + "; skipping");
    String file = Files.readString(seed, StandardCharsets.UTF_8);
    int newline = file.indexOf('\n');
    Article article = Article.of(file.substring(0, newline).strip(), file.substring(newline + 1));
    doc = TextLayer.standard().apply(AnalyzedDocument.of(article));
  }

  @Test
  void seedHasFourteenSentences() {
    assertEquals(14, doc.sentences().size());
  }

  @Test
  void titleIsTheFirstSentence() {
    Sentence title = doc.sentences().get(0);
    assertEquals("من مخمور.. الكاظمي يرسل كلمة للعراقيين والعالم “فيديو وصور”",
        doc.text().substring(title.start(), title.end()));
  }

  @Test
  void repeatedLastParagraphIsFoundAtBothOffsets() {
    int first = doc.text().indexOf(REPEATED_OPENING);
    int second = doc.text().lastIndexOf(REPEATED_OPENING);
    assertTrue(first < second, "the seed repeats its paragraph");
    assertEquals(List.of(new Duplicate(second, doc.text().length(), first)), doc.duplicates());
    assertEquals(List.of(new Duplicate(2708, 2869, 1803)), doc.duplicates());
  }

  @Test
  void repeatedParagraphIsAnalysedOnce() {
    assertEquals(13, doc.uniqueSentences().size());
    assertTrue(doc.uniqueSentences().stream().noneMatch(s -> s.start() >= 2708));
  }

  @Test
  void tokenCountIsStable() {
    assertEquals(514, doc.tokens().size());
    assertEquals(464, doc.tokens().stream().filter(Token::isWord).count());
  }

  @Test
  void everyTokenAndSentenceIndexesTheText() {
    for (Token t : doc.tokens()) {
      assertEquals(t.text(), doc.text().substring(t.start(), t.end()));
    }
    for (Sentence s : doc.sentences()) {
      assertEquals(doc.text().substring(s.start(), s.end()).strip(), doc.text().substring(s.start(), s.end()));
    }
  }

  @Test
  void placeNamesKeepTheirStems() {
    assertTrue(stems().containsAll(List.of("مخمور", "بغداد", "اربيل", "كركوك", "بارزاني", "بصره", "عراق")), stems()::toString);
  }

  @Test
  void fourGovernoratesAreANumber() {
    assertTrue(doc.numbers().stream().anyMatch(n -> n.value() == 4 && doc.text().startsWith("أربع", n.start())));
  }

  private static List<String> stems() {
    return doc.tokens().stream().filter(Token::isWord).map(Token::stem).distinct().toList();
  }
}
