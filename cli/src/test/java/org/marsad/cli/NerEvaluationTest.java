package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.ner.NerDomain;
import org.marsad.core.ner.NerModel;
import org.marsad.core.ner.NerScore;
import org.marsad.core.ner.NerSentence;
import org.marsad.core.ner.NerTrainer;
import org.marsad.io.ner.Anercorp;
import org.marsad.io.ner.NerCorpus;

/**
 * Regression guards on the shared corpora: the bundled model must score no lower than one point under
 * what it reached when it was trained (docs/ner.md). Skipped when ../shared/data is absent.
 */
class NerEvaluationTest {

  /** Reached: ANERcorp test (CAMeL split), overall exact-span F1; see docs/ner.md. */
  private static final double ANERCORP_F1 = 74.07;
  /** Reached: AQMAR testb, tagged as Wikipedia text, overall exact-span F1; see docs/ner.md. */
  private static final double AQMAR_F1 = 78.10;
  private static final double MARGIN = 1.0;

  private static Path data() {
    String p = System.getProperty("marsad.data");
    return p != null ? Path.of(p) : Path.of("../../shared/data");
  }

  @Test
  void anercorpTestScoresAsReported() {
    Path file = data().resolve("ner/anercorp/ANERCorp.original.txt");
    assumeTrue(Files.isRegularFile(file), "skipped: " + file + " is absent");
    List<NerSentence> test = Anercorp.split(NerCorpus.read(file), Anercorp.TRAIN_SHARE).test();
    NerScore score = NerTrainer.score(NerModel.standard(), test);
    assertTrue(score.overall().f1() >= ANERCORP_F1 - MARGIN, score.report());
  }

  @Test
  void aqmarTestScoresAsReported() {
    Path file = data().resolve("ner/aqmar/ar.testb.iob2");
    assumeTrue(Files.isRegularFile(file), "skipped: " + file + " is absent");
    NerScore score = NerTrainer.score(NerModel.standard(), NerCorpus.read(file), NerDomain.WIKIPEDIA);
    assertTrue(score.overall().f1() >= AQMAR_F1 - MARGIN, score.report());
  }
}
