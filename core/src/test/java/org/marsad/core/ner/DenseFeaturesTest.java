package org.marsad.core.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dense features from word vectors (seventh round). */
class DenseFeaturesTest {

  private static final int BITS = 12;
  private static final int L = NerLabel.COUNT;
  private static final NerLabel O = NerLabel.O;

  /** A model whose only non-zero weight is {@code weight} on B-PER for dimension 0 of the token's own vector. */
  private static NerModel oneDenseWeight(NerLexicon lexicon, float weight) {
    float[] w = new float[(1 << BITS) * L];
    int[] idx = DenseFeatures.indices(2, (1 << BITS) - 1);
    w[idx[2] * L + NerLabel.B_PER.ordinal()] = weight; // position 0 (the token itself), dimension 0
    float[][] weights = new float[NerDomain.values().length][];
    weights[NerDomain.NEWS.ordinal()] = w;
    NerModel.Pass pass = new NerModel.Pass(NerFeatures.width(lexicon), weights, new float[L], new float[L * L], 0);
    return new NerModel(BITS, pass, Optional.empty(), lexicon);
  }

  private static NerLexicon vectors(float first) {
    return NerLexicon.builder().addVector("مسرور", new float[] {first, 0.5f}, 1 / 32f).build();
  }

  @Test
  void aDenseFeatureValueMultipliesItsWeight() {
    List<String> sentence = List.of("قال", "مسرور", "أمس");
    assertEquals(List.of(O, NerLabel.B_PER, O), oneDenseWeight(vectors(1), 5).tag(sentence));
    assertEquals(List.of(O, O, O), oneDenseWeight(vectors(-1), 5).tag(sentence), "a negative value turns the weight");
    assertEquals(List.of(O, O, O), oneDenseWeight(NerLexicon.EMPTY, 5).tag(sentence), "no vector, no score");
  }

  @Test
  void aWordTakesTheVectorOfItsStemAndValuesAreStoredInSteps() {
    NerFeatures features = new NerFeatures(NerLexicon.builder().addVector("الموصل", new float[] {1.01f, -9}, 0.25f)
        .build(), BITS);
    DenseFeatures.Row row = features.extractWithStems(new String[] {"بالموصل", "أمس"}).dense();
    assertArrayEquals(new float[] {1.0f, -9f, 0, 0}, row.values());
    assertNull(new NerFeatures(NerLexicon.EMPTY, BITS).extractWithStems(new String[] {"الموصل"}).dense());
    NerFeatures clipped = new NerFeatures(NerLexicon.builder().addVector("x", new float[] {100}, 0.5f).build(), BITS);
    assertArrayEquals(new float[] {63.5f}, clipped.extractWithStems(new String[] {"x"}).dense().values());
  }

  /**
   * People and places in the same context, told apart by their vectors only: unseen words get the type
   * their vector points to (after one epoch; later epochs fit the fixture by the words themselves and
   * stop updating the dense weights).
   */
  private static List<NerSentence> fixture() {
    List<NerSentence> out = new ArrayList<>();
    String[] names = {"زيد", "عمر", "سعد", "بكر", "هند", "ليلى", "دعد", "سلمى", "حلب", "حمص", "درعا", "ادلب", "طرطوس",
        "جبلة", "منبج", "الرقة"};
    for (int r = 0; r < 3; r++) {
      for (int i = 0; i < names.length; i++) {
        NerLabel label = i < 8 ? NerLabel.B_PER : NerLabel.B_LOC;
        out.add(new NerSentence(List.of("ذكر", names[i], "أمس"), List.of(O, label, O)));
      }
    }
    return out;
  }

  private static NerLexicon fixtureVectors() {
    NerLexicon.Builder b = NerLexicon.builder();
    String[] people = {"زيد", "عمر", "سعد", "بكر", "هند", "ليلى", "دعد", "سلمى", "كمال"};
    String[] places = {"حلب", "حمص", "درعا", "ادلب", "طرطوس", "جبلة", "منبج", "الرقة", "تدمر"};
    for (String p : people) {
      b.addVector(p, new float[] {1, 0}, 1 / 32f);
    }
    for (String p : places) {
      b.addVector(p, new float[] {0, 1}, 1 / 32f);
    }
    return b.build();
  }

  private static NerModel train(NerLexicon lexicon, long seed) {
    return new NerTrainer(new NerTrainer.Options(BITS, 1, 1, 0, seed, 1, 0, 0), lexicon, line -> { })
        .trainNews(fixture(), Optional.empty());
  }

  @Test
  void thePerceptronLearnsDenseWeightsThatCarryToUnseenWords() {
    NerModel model = train(fixtureVectors(), 1);
    assertEquals(List.of(O, NerLabel.B_PER, O), model.tag(List.of("ذكر", "كمال", "أمس")));
    assertEquals(List.of(O, NerLabel.B_LOC, O), model.tag(List.of("ذكر", "تدمر", "أمس")));
    NerModel without = train(NerLexicon.EMPTY, 1);
    assertEquals(without.tag(List.of("ذكر", "كمال", "أمس")), without.tag(List.of("ذكر", "تدمر", "أمس")),
        "without vectors the two unseen words are alike");
  }

  @Test
  void aModelWithVectorsRoundTripsAndTrainsToTheSameBytes() throws IOException {
    NerModel model = train(fixtureVectors(), 3);
    byte[] bytes = bytes(model);
    assertArrayEquals(bytes, bytes(train(fixtureVectors(), 3)), "the same seed gives the same bytes");
    NerModel back = NerModel.read(new ByteArrayInputStream(bytes));
    assertArrayEquals(bytes, bytes(back), "written, read and written again");
    for (String word : List.of("كمال", "تدمر", "زيد")) {
      List<String> sentence = List.of("ذكر", word, "أمس");
      assertEquals(model.tag(sentence), back.tag(sentence));
    }
    assertNotEquals(bytes.length, bytes(train(NerLexicon.EMPTY, 3)).length);
  }

  @Test
  void denseFeaturesNeedThePerceptron() {
    NerTrainer.Options crf = new NerTrainer.Options(BITS, 2, 2, 0, 1, 1, 0, 0, NerTrainer.Objective.CRF, 0.1f, 1);
    assertThrows(IllegalArgumentException.class,
        () -> new NerTrainer(crf, fixtureVectors(), line -> { }).trainNews(fixture(), Optional.empty()));
  }

  private static byte[] bytes(NerModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    return out.toByteArray();
  }
}
