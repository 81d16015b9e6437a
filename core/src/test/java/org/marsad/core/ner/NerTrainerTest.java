package org.marsad.core.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NerTrainerTest {

  private static final NerLabel O = NerLabel.O;

  /** A tiny fixture: people after "قال", places after "في", an organisation after "منظمة". */
  private static List<NerSentence> fixture() {
    String[] people = {"محمد", "أحمد", "سمير", "خالد"};
    String[] places = {"بغداد", "الموصل", "أربيل", "البصرة"};
    List<NerSentence> out = new ArrayList<>();
    for (String p : people) {
      for (String l : places) {
        out.add(new NerSentence(List.of("قال", p, "إنه", "وصل", "إلى", l, "."),
            List.of(O, NerLabel.B_PER, O, O, O, NerLabel.B_LOC, O)));
        out.add(new NerSentence(List.of("زار", "وفد", "منظمة", "الصحة", "العالمية", l, "أمس"),
            List.of(O, O, NerLabel.B_ORG, NerLabel.I_ORG, NerLabel.I_ORG, NerLabel.B_LOC, O)));
      }
    }
    return out;
  }

  private static NerModel train(long seed) {
    NerLexicon lexicon = NerLexicon.builder().addPhrase("الموصل", GazetteerType.LOC).addPhrase("وزير", GazetteerType.TITLE)
        .build();
    return new NerTrainer(new NerTrainer.Options(12, 5, 5, 2, seed, 1, 0, 0), lexicon, line -> { }).trainNews(fixture(), Optional.empty());
  }

  @Test
  void trainingOnATinyFixtureLearnsItsPeoplePlacesAndOrganisations() {
    NerModel model = train(1);
    NerScore score = NerTrainer.score(model, fixture());
    assertEquals(100.0, score.overall().f1(), 1e-9, score.report());
    assertEquals(List.of(O, NerLabel.B_PER, O, O, O, NerLabel.B_LOC, O),
        model.tag(List.of("قال", "خالد", "إنه", "وصل", "إلى", "بغداد", ".")));
  }

  @Test
  void thePassiveAggressiveAndCrfObjectivesAlsoLearnTheFixture() {
    NerLexicon lexicon = NerLexicon.builder().build();
    for (NerTrainer.Objective objective : List.of(NerTrainer.Objective.PASSIVE_AGGRESSIVE, NerTrainer.Objective.CRF)) {
      NerTrainer.Options options = new NerTrainer.Options(12, 5, 5, 0, 1, 1, 0, 0, objective, 0.1f, 1);
      NerModel model = new NerTrainer(options, lexicon, line -> { }).trainNews(fixture(), Optional.empty());
      NerScore score = NerTrainer.score(model, fixture());
      assertEquals(100.0, score.overall().f1(), 1e-9, objective + ": " + score.report());
    }
  }

  @Test
  void crossValidationScoresEveryEpochAndBiasOnEachHeldOutBlock() {
    List<NerTrainer.Corpus> corpora = List.of(new NerTrainer.Corpus(NerDomain.NEWS, fixture()));
    java.util.Map<String, List<NerScore>> scores = new NerTrainer(new NerTrainer.Options(12, 3, 2, 2, 1, 1, 0, 0),
        NerLexicon.builder().build(), line -> { }).crossValidate(corpora, 4);
    assertTrue(scores.containsKey("first epoch 03") && scores.containsKey("second epoch 02")
        && scores.containsKey("second bias -008.00"), scores.keySet().toString());
    for (List<NerScore> folds : scores.values()) {
      assertEquals(4, folds.size());
      assertEquals(fixture().size() * 2, folds.stream().mapToInt(s -> s.overall().gold()).sum(),
          "every entity of the fixture is held out once");
    }
  }

  @Test
  void theSameSeedGivesTheSameModelBytes() throws IOException {
    assertArrayEquals(bytes(train(7)), bytes(train(7)));
  }

  @Test
  void aWrittenModelReadsBackAndTagsAlike() throws IOException {
    NerModel model = train(3);
    NerModel back = NerModel.read(new ByteArrayInputStream(bytes(model)));
    List<String> sentence = List.of("زار", "وفد", "منظمة", "الصحة", "العالمية", "الموصل", "أمس");
    assertEquals(model.tag(sentence), back.tag(sentence));
  }

  @Test
  void everyDecodedSequenceIsValidBio() {
    NerModel model = train(5);
    String[] words = {"في", "منظمة", "الصحة", "محمد", "بغداد", "،", "العالمية", "قال", "."};
    java.util.Random random = new java.util.Random(42);
    for (int n = 0; n < 300; n++) {
      List<String> tokens = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(12); i++) {
        tokens.add(words[random.nextInt(words.length)]);
      }
      List<NerLabel> labels = model.tag(tokens);
      NerLabel previous = NerLabel.O;
      for (NerLabel l : labels) {
        assertTrue(l.canFollow(previous), tokens + " -> " + labels);
        previous = l;
      }
    }
  }

  @Test
  void anEmptySentenceHasNoLabels() {
    assertEquals(List.of(), train(1).tag(List.of()));
  }

  private static byte[] bytes(NerModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    return out.toByteArray();
  }
}
