package org.marsad.core.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TagStatisticsTest {

  private static final NerLabel O = NerLabel.O;

  @Test
  void theCodeSaysTheEntityShareTheTypeAndWhetherItBegins() {
    // slots: outside, begun PER LOC ORG MISC, continued PER LOC ORG MISC
    assertEquals(0, TagStatistics.code(new int[] {2, 0, 0, 0, 0, 0, 0, 0, 0}, 3), "under the least count");
    assertEquals(1, TagStatistics.code(new int[] {100, 0, 1, 0, 0, 0, 0, 0, 0}, 3), "1% inside entities");
    int orgBegun = TagStatistics.code(new int[] {0, 0, 0, 10, 0, 0, 0, 0, 0}, 3);
    int orgContinued = TagStatistics.code(new int[] {0, 0, 0, 0, 0, 0, 0, 10, 0}, 3);
    int locBegun = TagStatistics.code(new int[] {0, 0, 10, 0, 0, 0, 0, 0, 0}, 3);
    int orgHalf = TagStatistics.code(new int[] {10, 0, 0, 10, 0, 0, 0, 0, 0}, 3);
    assertEquals(orgBegun, orgContinued + 1);
    assertNotEquals(orgBegun, locBegun);
    assertNotEquals(orgBegun, orgHalf);
    assertTrue(orgBegun > 1 && locBegun > 1 && orgHalf > 1);
  }

  @Test
  void countedTagsBecomeCodesByStemAndAddFeaturesThatTheModelFileKeeps() throws IOException {
    List<NerSentence> train = new ArrayList<>();
    for (String p : new String[] {"محمد", "أحمد", "سمير"}) {
      train.add(new NerSentence(List.of("قال", p, "إنه", "وصل"), List.of(O, NerLabel.B_PER, O, O)));
    }
    NerModel tagger = new NerTrainer(new NerTrainer.Options(12, 3, 3, 0, 1, 1, 0, 0), NerLexicon.EMPTY, line -> { })
        .trainNews(train, Optional.empty());
    TagStatistics.Counter counter = TagStatistics.counter(tagger);
    for (int i = 0; i < 3; i++) {
      counter.add(List.of(List.of("قال", "محمد", "إنه", "وصل"), List.of("وقال", "ومحمد", "إنه")));
    }
    assertEquals(21, counter.tokens());
    TagStatistics statistics = counter.build(3);
    NerLexicon lexicon = NerLexicon.EMPTY.withTagStatistics(statistics);
    // قال and وقال share a stem, as do محمد and ومحمد
    assertEquals(4, statistics.size());
    long mohammed = Hashing.of(WordForms.of("ومحمد").stem());
    long said = Hashing.of(WordForms.of("قال").stem());
    assertTrue(lexicon.tagCode(mohammed) > 1, "tagged a person every time");
    assertEquals(1, lexicon.tagCode(said), "never inside an entity");
    assertEquals(0, lexicon.tagCode(Hashing.of("غير")), "never seen");

    NerFeatures plain = new NerFeatures(NerLexicon.EMPTY, 12);
    NerFeatures tagged = new NerFeatures(lexicon, 12);
    assertEquals(NerFeatures.PER_TOKEN, plain.width());
    assertEquals(NerFeatures.PER_TOKEN + NerFeatures.TAG_FEATURES, tagged.width());
    String[] sentence = {"قال", "محمد"};
    int[] a = plain.extractWithStems(sentence).features();
    int[] b = tagged.extractWithStems(sentence).features();
    for (int k = 0; k < NerFeatures.PER_TOKEN; k++) {
      assertEquals(a[k], b[k], "the first features do not change");
    }

    NerModel model = new NerTrainer(new NerTrainer.Options(12, 3, 3, 2, 1, 1, 0, 0), lexicon, line -> { })
        .trainNews(train, Optional.empty());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    NerModel back = NerModel.read(new ByteArrayInputStream(out.toByteArray()));
    List<String> s = List.of("قال", "سمير", "إنه", "وصل");
    assertEquals(model.tag(s), back.tag(s));
    assertTrue(back.toString().contains("tag statistics=4"), back.toString());
  }
}
