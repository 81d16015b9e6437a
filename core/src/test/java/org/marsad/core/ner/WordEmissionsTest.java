package org.marsad.core.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordEmissionsTest {

  /** Words of every kind the features tell apart: clitics, the article, short words, digits, Latin, marks. */
  private static final String[] WORDS = {"قال", "محمد", "الكاظمي", "وزير", "الداخلية", "في", "بغداد", "وبغداد",
      "بالموصل", "للجيش", "أربيل", "منظمة", "الصحة", "العالمية", "،", ".", "2021", "١٢", "NATO", "Iraq", "و", "ال",
      "مسرور", "بارزاني", "داعش", "الإرهابي", "«", "»", "البيشمركة", "كركوك", "أمس", "فالقوات", "كالعادة"};

  private static NerLexicon lexicon() {
    return NerLexicon.builder()
        .addPhrase("بغداد", GazetteerType.LOC).addPhrase("منظمة الصحة العالمية", GazetteerType.ORG)
        .addPhrase("وزير", GazetteerType.TITLE).addPhrase("مسرور بارزاني", GazetteerType.PER)
        .addCluster("بغداد", 3, 1).addCluster("الموصل", 3, 1).addCluster("محمد", 7, 2).addCluster("الصحة", 9, 4)
        .addPath("بغداد", new int[] {1, 2, 3}).addPath("محمد", new int[] {4, 5, 6}).addPath("داعش", new int[] {7, 8})
        .build();
  }

  private static List<String> sentence(Random random) {
    List<String> tokens = new ArrayList<>();
    int n = 1 + random.nextInt(9);
    for (int i = 0; i < n; i++) {
      tokens.add(WORDS[random.nextInt(WORDS.length)]);
    }
    return tokens;
  }

  @Test
  void everyLocalFeatureReadsOnlyTheWordAtItsOffset() {
    NerFeatures features = new NerFeatures(lexicon(), 16);
    int width = features.width();
    int[] edge = features.extractWithStems(new String[] {"x"}).features();
    Random random = new Random(11);
    for (int trial = 0; trial < 400; trial++) {
      List<String> tokens = sentence(random);
      int n = tokens.size();
      int[] rows = features.extractWithStems(tokens.toArray(String[]::new)).features();
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < NerFeatures.PER_TOKEN; k++) {
          int d = NerFeatures.OFFSET[k];
          if (d == NerFeatures.NOT_LOCAL) {
            continue;
          }
          int expected;
          if (i + d < 0 || i + d >= n) {
            expected = edge[k];
          } else {
            String w = tokens.get(i + d);
            expected = features.extractWithStems(new String[] {w, w, w, w, w}).features()[2 * width + k];
          }
          assertEquals(expected, rows[i * width + k], "slot " + k + " of token " + i + " in " + tokens);
        }
      }
    }
  }

  @Test
  void theNonLocalSlotsAreNotDeclaredLocal() {
    for (int k : NerFeatures.NON_LOCAL) {
      assertEquals(NerFeatures.NOT_LOCAL, NerFeatures.OFFSET[k]);
    }
    for (int k = 0; k < NerFeatures.PER_TOKEN; k++) {
      int d = NerFeatures.OFFSET[k];
      assertTrue(d == NerFeatures.NOT_LOCAL || Math.abs(d) <= NerFeatures.REACH, "slot " + k);
    }
  }

  @Test
  void theBundledModelTagsThroughTheWordSumsExactlyAsFeatureByFeature() {
    NerModel model = NerModel.standard();
    List<List<String>> document = List.of(
        List.of("التقى", "رئيس", "الوزراء", "مصطفى", "الكاظمي", "في", "أربيل", "رئيس", "حكومة", "إقليم", "كردستان",
            "مسرور", "بارزاني", "."),
        List.of("وقال", "الكاظمي", "إن", "قوات", "البيشمركة", "والجيش", "العراقي", "بدأت", "عمليات", "ضد", "داعش",
            "في", "مخمور", "."),
        List.of("وانفجرت", "دراجة", "نارية", "مفخخة", "في", "البصرة", "أمس", "،", "بحسب", "جهاز", "مكافحة",
            "الإرهاب", "."));
    assertEquals(model.tagByFeature(document, NerDomain.NEWS), model.tagDocument(document, NerDomain.NEWS));
    Random random = new Random(5);
    for (int trial = 0; trial < 100; trial++) {
      List<List<String>> doc = new ArrayList<>();
      for (int j = 0; j < 1 + random.nextInt(4); j++) {
        doc.add(sentence(random));
      }
      assertEquals(model.tagByFeature(doc, NerDomain.NEWS), model.tagDocument(doc, NerDomain.NEWS), doc.toString());
    }
  }

  @Test
  void aModelWithOrWithoutTheDocumentPassTagsThroughTheWordSumsExactly() {
    List<NerSentence> training = new ArrayList<>();
    Random random = new Random(3);
    for (int j = 0; j < 60; j++) {
      List<String> tokens = sentence(random);
      List<NerLabel> labels = new ArrayList<>();
      for (String t : tokens) {
        labels.add(t.contains("بغداد") || t.equals("أربيل") ? NerLabel.B_LOC : t.equals("محمد") ? NerLabel.B_PER
            : NerLabel.O);
      }
      training.add(new NerSentence(tokens, labels));
    }
    for (int folds : new int[] {0, 2}) {
      NerModel model = new NerTrainer(new NerTrainer.Options(12, 3, 3, folds, 1, 1, 0, 0), lexicon(), line -> { })
          .trainNews(training, Optional.empty());
      assertEquals(folds > 0, model.hasDocumentPass());
      for (int trial = 0; trial < 100; trial++) {
        List<List<String>> doc = List.of(sentence(random), sentence(random));
        assertEquals(model.tagByFeature(doc, NerDomain.NEWS), model.tagDocument(doc, NerDomain.NEWS), doc.toString());
      }
    }
  }

  @Test
  void theMemoStopsGrowingAtItsCapacityAndAnswersAlikeBeyondIt() {
    NerFeatures features = new NerFeatures(lexicon(), 10);
    short[] table = new short[(1 << 10) * NerLabel.COUNT];
    Random random = new Random(9);
    for (int i = 0; i < table.length; i++) {
      table[i] = (short) (random.nextInt(2001) - 1000);
    }
    WordEmissions small = new WordEmissions(features, 3, table);
    WordEmissions large = new WordEmissions(features, 100, table);
    for (String w : WORDS) {
      small.of(w);
    }
    assertEquals(3, small.size());
    for (String w : WORDS) {
      assertArrayEquals(large.of(w).sums(), small.of(w).sums(), w);
      assertEquals(large.of(w).stem(), small.of(w).stem(), w);
    }
    assertEquals(3, small.size());
  }
}
