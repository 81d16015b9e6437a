package org.marsad.io.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.ner.NerLabel;
import org.marsad.core.ner.NerSentence;

class NerCorpusTest {

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void wikiannTokensLoseTheirLanguagePrefix() throws IOException {
    List<NerSentence> s = NerCorpus.read(write("wikiann", "ar:جامعة\tB-ORG\nar:بغداد\tI-ORG\n\nar:في\tO\n"));
    assertEquals(2, s.size());
    assertEquals(List.of("جامعة", "بغداد"), s.get(0).tokens());
    assertEquals(List.of(NerLabel.B_ORG, NerLabel.I_ORG), s.get(0).labels());
  }

  @Test
  void conllSentencesEndAtBlankLinesAndIob1BecomesIob2() throws IOException {
    List<NerSentence> s = NerCorpus.read(write("aqmar", "ألبرت I-PER\nأينشتاين I-PER\n\nنظرية B-MIS2\n"));
    assertEquals(List.of(NerLabel.B_PER, NerLabel.I_PER), s.get(0).labels());
    assertEquals(List.of(NerLabel.B_MISC), s.get(1).labels());
  }

  @Test
  void anercorpIsCleanedAndSplitAfterRunsOfPeriods() throws IOException {
    String text = "فرانكفورت B-LOC\n\u200F O\nقال O\nجورج B-PERS\nبوش I-PERS\n. O\n. O\n"
        + "وصل O\n\u00B7 O\n. Oالإصابة O\n";
    List<NerSentence> s = NerCorpus.read(write("anercorp", text));
    assertEquals(3, s.size());
    assertEquals(List.of("فرانكفورت", "قال", "جورج", "بوش", ".", "."), s.get(0).tokens());
    assertEquals(List.of(NerLabel.B_LOC, NerLabel.O, NerLabel.B_PER, NerLabel.I_PER, NerLabel.O, NerLabel.O),
        s.get(0).labels());
    assertEquals(List.of("وصل", ".", "."), s.get(1).tokens());
    assertEquals(List.of("الإصابة"), s.get(2).tokens());
  }

  @Test
  void theSplitGivesTrainTheSentenceThatReachesTheShare() throws IOException {
    List<NerSentence> s = NerCorpus.read(write("c", "أ O\nب O\n\nج O\n\nد O\n\nه O\n"));
    Anercorp.Split split = Anercorp.split(s, 0.5);
    assertEquals(2, split.train().size());
    assertEquals(3, NerCorpus.tokens(split.train()));
    assertEquals(2, split.test().size());
  }

  @Test
  void anUnknownTagNamesFileAndLine() throws IOException {
    Path p = write("bad", "بغداد B-LOC\nمحمد B-PERSON\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NerCorpus.read(p));
    assertTrue(e.getMessage().contains(p + ":2"), e.getMessage());
    assertTrue(e.getMessage().contains("B-PERSON"), e.getMessage());
  }

  @Test
  void writtenSentencesReadBackTheSame() throws IOException {
    List<NerSentence> s = NerCorpus.read(write("w", "مصطفى B-PER\nالكاظمي I-PER\nفي O\nمخمور B-LOC\n"));
    Path out = dir.resolve("out");
    NerCorpus.write(s, out);
    assertEquals(s, NerCorpus.read(out));
  }
}
