package org.marsad.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.core.events.ClassifierTrainer;
import org.marsad.core.events.EventClassifier;
import org.marsad.core.events.TriggerLexicon;
import org.marsad.core.model.Event.PloverType;
import org.marsad.io.Gsr;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad train events}: trains the ASSAULT and PROTEST detectors on the TRAIN split of the
 * Arabic event gold standard (hyper-parameters and threshold by cross-validation inside it) and
 * writes the models where the core module bundles them.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Train the ASSAULT and PROTEST detectors on the train split of arabic_event_gsr.")
final class TrainEventsCommand implements Callable<Integer> {

  /** Folds of the cross-validation that picks hyper-parameters and the threshold. */
  static final int FOLDS = 5;

  @Option(names = "--data", paramLabel = "DIR", description = "The arabic_event_gsr folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data/events/arabic_event_gsr");

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where to write assault.model and protest.model (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("core/src/main/resources/org/marsad/core/events");

  @Override
  public Integer call() throws IOException {
    TriggerLexicon lexicon = TriggerLexicon.standard();
    for (PloverType type : List.of(PloverType.ASSAULT, PloverType.PROTEST)) {
      String name = type.name().toLowerCase(Locale.ROOT);
      Path csv = data.resolve(name + "_gsr.csv");
      if (!Files.isRegularFile(csv)) {
        System.err.println("marsad: " + csv + ": no such file");
        return ExitCode.SOME_FAILED.code();
      }
      List<ClassifierTrainer.Example> examples = new ArrayList<>();
      for (Gsr.Row r : Gsr.readCsv(csv)) {
        if (r.in(Gsr.Split.TRAIN) && r.positive().isPresent()) {
          examples.add(new ClassifierTrainer.Example(r.text(), r.positive().get(), r.disputed()));
        }
      }
      long positives = examples.stream().filter(ClassifierTrainer.Example::positive).count();
      ClassifierTrainer trainer = new ClassifierTrainer(type, lexicon);
      ClassifierTrainer.Tuning t = trainer.tune(examples, ClassifierTrainer.Settings.DEFAULT, FOLDS);
      EventClassifier model = trainer.train(examples, t.settings(), t.threshold());
      Files.createDirectories(out);
      Path file = out.resolve(name + ".model");
      String header = String.format(Locale.ROOT,
          "marsad %s detector: logistic regression over SentenceFeatures.%n"
              + "Derived from openeventdata/arabic_event_gsr (MIT), TRAIN split only (%s), %d sentences, %d positive.%n"
              + "Chosen by %d-fold cross-validation on the train split: l2=%s positive_weight=%s disputed_weight=%s threshold=%.2f (CV F1 %.3f).%n"
              + "Regenerate with: ./marsad train events",
          type, type == PloverType.PROTEST ? "odd rows" : "rows not divisible by 5", examples.size(), positives,
          FOLDS, t.settings().l2(), t.settings().positiveWeight(), t.settings().disputedWeight(), t.threshold(), t.f1());
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        model.write(w, header);
      }
        System.out.printf(Locale.ROOT, "%s: %d train sentences (%d positive); CV l2=%s pw=%s dw=%s threshold=%.2f F1=%.3f -> %s%n",
          type, examples.size(), positives, t.settings().l2(), t.settings().positiveWeight(), t.settings().disputedWeight(),
          t.threshold(), t.f1(), file);
    }
    return ExitCode.OK.code();
  }
}
