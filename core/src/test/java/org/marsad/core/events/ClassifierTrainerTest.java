package org.marsad.core.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.Event.PloverType;

class ClassifierTrainerTest {

  private static ClassifierTrainer.Sample sample(boolean positive, String... features) {
    return new ClassifierTrainer.Sample(
        List.of(new EventCoder.Detection(PloverType.ASSAULT, List.of(features), true, false)), positive,
        ClassifierTrainer.Agreement.AGREED);
  }

  @Test
  void theBaggedModelTellsAReportFromTalkAndCrossValidationFindsIt() {
    List<ClassifierTrainer.Sample> samples = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      samples.add(sample(true, "T", "T:indef", "T:near:recent", i % 2 == 0 ? "w:بغداد" : "w:الموصل"));
      samples.add(sample(false, "T", "T:def", "T:after", i % 2 == 0 ? "w:بغداد" : "w:الموصل"));
    }
    ClassifierTrainer trainer = new ClassifierTrainer(PloverType.ASSAULT);
    ClassifierTrainer.Tuning t = trainer.tune(samples, List.of(), ClassifierTrainer.Settings.DEFAULT, 5);
    assertTrue(t.f1() > 0.95, "CV F1 " + t.f1());
    EventClassifier m = trainer.train(samples, List.of(), t.settings(), t.threshold());
    assertTrue(m.probability(List.of("T", "T:indef", "T:near:recent")) >= m.threshold());
    assertTrue(m.probability(List.of("T", "T:def", "T:after")) < m.threshold());
  }
}
