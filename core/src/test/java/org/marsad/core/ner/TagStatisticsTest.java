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

  /** Statistics from a tagger trained on {@code trainOn} that tags {@code news}. */
  private static NerLexicon withStatisticsOf(List<NerTrainer.Corpus> trainOn, List<List<String>> news) {
    NerModel tagger = new NerTrainer(new NerTrainer.Options(12, 3, 3, 0, 1, 1, 0, 0), NerLexicon.EMPTY, line -> { })
        .train(trainOn, Optional.empty());
    TagStatistics.Counter counter = TagStatistics.counter(tagger);
    for (int i = 0; i < 3; i++) {
      counter.add(news);
    }
    return NerLexicon.EMPTY.withTagStatistics(counter.build(3));
  }

  @Test
  void aJackknifeGivesEachBlockTheLexiconOfTheCorporaWithoutItAndKeepsTheWholeLexiconInTheModel() throws IOException {
    List<NerSentence> train = new ArrayList<>();
    for (String p : new String[] {"محمد", "أحمد", "سمير", "خالد", "علي", "حسن", "فهد", "عمر"}) {
      train.add(new NerSentence(List.of("قال", p, "إنه", "وصل"), List.of(O, NerLabel.B_PER, O, O)));
    }
    List<List<String>> news = List.of(List.of("قال", "محمد", "إنه", "وصل"), List.of("وقال", "ومحمد", "إنه"));
    List<NerTrainer.Corpus> corpora = List.of(new NerTrainer.Corpus(NerDomain.NEWS, train));
    NerLexicon whole = withStatisticsOf(corpora, news);
    List<List<NerSentence>> seen = new ArrayList<>();
    java.util.function.Function<List<NerTrainer.Corpus>, NerLexicon> lexiconFor = trainOn -> {
      seen.add(trainOn.get(0).sentences());
      return withStatisticsOf(trainOn, news);
    };
    NerTrainer.Options options = new NerTrainer.Options(12, 3, 3, 2, 1, 1, 0, 0);
    NerModel model = new NerTrainer(options, whole, line -> { }, Optional.of(new NerTrainer.Jackknife(4, lexiconFor)))
        .trainNews(train, Optional.empty());
    assertEquals(4, seen.size(), "one lexicon per block");
    for (int b = 0; b < 4; b++) {
      List<NerSentence> block = train.subList(2 * b, 2 * b + 2);
      assertEquals(6, seen.get(b).size());
      for (NerSentence s : block) {
        assertTrue(!seen.get(b).contains(s), "block " + b + " is left out of its own lexicon");
      }
    }
    assertTrue(model.toString().contains("tag statistics=" + whole.tagStatistics().size()), model.toString());
    NerModel again = new NerTrainer(options, whole, line -> { }, Optional.of(new NerTrainer.Jackknife(4, lexiconFor)))
        .trainNews(train, Optional.empty());
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    model.write(a);
    again.write(b);
    org.junit.jupiter.api.Assertions.assertArrayEquals(a.toByteArray(), b.toByteArray(), "the same data give the same bytes");
    // a lexicon without tag statistics has another feature width
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new NerTrainer(options, whole,
        line -> { }, Optional.of(new NerTrainer.Jackknife(2, trainOn -> NerLexicon.EMPTY))).trainNews(train, Optional.empty()));
  }

  @Test
  void inFourFoldCrossValidationAJackknifeOfThreeBlocksSharesTaggersBetweenFoldsAndNeverSeesTheHeldOutFold() {
    List<NerSentence> train = new ArrayList<>();
    String[] people = {"محمد", "أحمد", "سمير", "خالد", "علي", "حسن", "فهد", "عمر"};
    for (int i = 0; i < 16; i++) {
      train.add(new NerSentence(List.of(i % 2 == 0 ? "قال" : "وقال", people[i / 2], "إنه", "وصل"),
          List.of(O, NerLabel.B_PER, O, O)));
    }
    List<NerSentence> wiki = train.subList(0, 6).stream()
        .map(s -> new NerSentence(List.of("كتب", s.tokens().get(1)), List.of(O, NerLabel.B_PER))).toList();
    List<NerTrainer.Corpus> corpora = List.of(new NerTrainer.Corpus(NerDomain.NEWS, train),
        new NerTrainer.Corpus(NerDomain.WIKIPEDIA, wiki));
    List<List<String>> news = List.of(List.of("قال", "محمد", "إنه", "وصل"), List.of("وقال", "ومحمد", "إنه"));
    List<List<NerTrainer.Corpus>> calls = new ArrayList<>();
    java.util.Map<List<NerTrainer.Corpus>, NerLexicon> made = new java.util.HashMap<>();
    java.util.function.Function<List<NerTrainer.Corpus>, NerLexicon> lexiconFor = trainOn -> {
      calls.add(List.copyOf(trainOn));
      return made.computeIfAbsent(List.copyOf(trainOn), t -> withStatisticsOf(t, news));
    };
    new NerTrainer(new NerTrainer.Options(12, 2, 2, 2, 1, 1, 0, 0), NerLexicon.EMPTY, line -> { },
        Optional.of(new NerTrainer.Jackknife(3, lexiconFor))).crossValidate(corpora, 4, lexiconFor);
    assertEquals(16, calls.size(), "per fold: the fold's lexicon and three jackknifed ones");
    assertEquals(10, made.size(), "four fold lexicons and one for each of the six pairs of folds");
    for (int fold = 0; fold < 4; fold++) {
      List<NerSentence> heldOut = train.subList(4 * fold, 4 * fold + 4);
      for (int c = 4 * fold; c < 4 * fold + 4; c++) {
        List<NerSentence> newsSeen = calls.get(c).get(0).sentences();
        for (NerSentence s : heldOut) {
          assertTrue(!newsSeen.contains(s), "fold " + fold + ": a tagger saw the held-out fold");
        }
        // the fold's own lexicon sees the other 12; a jackknifed one 8 (one more fold left out) and 4 of 6 wiki sentences
        assertEquals(c == 4 * fold ? 12 : 8, newsSeen.size());
        assertEquals(c == 4 * fold ? 6 : 4, calls.get(c).get(1).sentences().size());
      }
    }
  }
}
