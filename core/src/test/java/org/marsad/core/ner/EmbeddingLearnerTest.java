package org.marsad.core.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddingLearnerTest {

  private static final List<String> SENTENCES = List.of(
      "زار الرئيس بغداد امس", "زار الوزير اربيل امس", "وصل الرئيس الي بغداد", "وصل الوزير الي اربيل",
      "التقي الرئيس الوزير في بغداد", "التقي الوزير الرئيس في اربيل");

  private record Corpus(List<String> types, int[] ids) {}

  /** The sentences, each repeated {@code times}, then {@code rare} once per {@code rareTimes}. */
  private static Corpus corpus(int times, String rare, int rareTimes) {
    Map<String, Integer> ids = new HashMap<>();
    List<String> types = new ArrayList<>();
    List<Integer> running = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      sentences.addAll(SENTENCES);
    }
    for (int i = 0; i < rareTimes; i++) {
      sentences.add("زار الرئيس " + rare + " امس");
    }
    for (String s : sentences) {
      for (String w : s.split(" ")) {
        running.add(ids.computeIfAbsent(w, k -> {
          types.add(k);
          return types.size() - 1;
        }));
      }
      running.add(-1);
    }
    return new Corpus(types, running.stream().mapToInt(Integer::intValue).toArray());
  }

  private static EmbeddingLearner.Options options(int minCount) {
    return new EmbeddingLearner.Options(1000, minCount, 8, 2, 2, 1, 0, 0.025, 2, 2, 3, 7L);
  }

  @Test
  void aWordSeenLessOftenThanTheMinimumCountGetsNoPath() {
    Corpus c = corpus(20, "مخمور", 2);
    assertFalse(new EmbeddingLearner(options(3)).learn(c.types(), c.ids()).words().contains("مخمور"));
    assertTrue(new EmbeddingLearner(options(2)).learn(c.types(), c.ids()).words().contains("مخمور"));
  }

  @Test
  void theSameCorpusAndOptionsGiveTheSamePaths() {
    Corpus c = corpus(20, "مخمور", 2);
    EmbeddingLearner.Paths a = new EmbeddingLearner(options(2)).learn(c.types(), c.ids());
    EmbeddingLearner.Paths b = new EmbeddingLearner(options(2)).learn(c.types(), c.ids());
    assertEquals(a.words(), b.words());
    for (int i = 0; i < a.paths().length; i++) {
      assertArrayEquals(a.paths()[i], b.paths()[i]);
    }
  }
}
