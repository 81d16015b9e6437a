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
import org.marsad.core.events.EventCoder;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.core.pipeline.Pipeline;
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

  @Option(names = "--errors",
      description = "Print the cross-validation's out-of-fold misses and false alarms (train split) to standard error.")
  boolean errors;

  @Override
  public Integer call() throws IOException {
    Pipeline pipeline = Pipeline.standard();
    EventCoder coder = EventCoder.standard();
    for (PloverType type : List.of(PloverType.ASSAULT, PloverType.PROTEST)) {
      String name = type.name().toLowerCase(Locale.ROOT);
      Path csv = data.resolve(name + "_gsr.csv");
      if (!Files.isRegularFile(csv)) {
        System.err.println("marsad: " + csv + ": no such file");
        return ExitCode.SOME_FAILED.code();
      }
      List<Gsr.Row> rows = new ArrayList<>();
      List<ClassifierTrainer.Sample> examples = new ArrayList<>();
      for (Gsr.Row r : Gsr.readCsv(csv)) {
        if (r.in(Gsr.Split.TRAIN) && r.positive().isPresent()) {
          AnalyzedDocument doc = pipeline.analyze(new Article(r.id(), "", "arabic_event_gsr", "",
              EvalEventsCommand.dateOf(r.id()), r.text()));
          List<EventCoder.Detection> detections = coder.detections(doc).stream()
              .filter(d -> d.type() == type).toList();
          rows.add(r);
          examples.add(new ClassifierTrainer.Sample(detections, r.positive().get(), r.disputed()));
        }
      }
      long positives = examples.stream().filter(ClassifierTrainer.Sample::positive).count();
      ClassifierTrainer trainer = new ClassifierTrainer(type);
      ClassifierTrainer.Tuning t = trainer.tune(examples, ClassifierTrainer.Settings.DEFAULT, FOLDS);
      if (errors) {
        printErrors(type, rows, examples, t);
      }
      EventClassifier model = trainer.train(examples, t.settings(), t.threshold());
      Files.createDirectories(out);
      Path file = out.resolve(name + ".model");
      String header = String.format(Locale.ROOT,
          "marsad %s detector: logistic regression over SentenceFeatures of the coder's detections.%n"
              + "Derived from openeventdata/arabic_event_gsr (MIT), TRAIN split only (%s), %d sentences, %d positive.%n"
              + "Chosen by %d-fold cross-validation of sentence-level detection on the train split: l2=%s positive_weight=%s disputed_weight=%s threshold=%.2f (CV F1 %.3f).%n"
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

  /** Out-of-fold errors: FN/FP, row, score, why (no trigger, not occurred, below threshold), text. */
  private static void printErrors(PloverType type, List<Gsr.Row> rows, List<ClassifierTrainer.Sample> samples,
      ClassifierTrainer.Tuning t) {
    for (int i = 0; i < rows.size(); i++) {
      ClassifierTrainer.Sample s = samples.get(i);
      double score = t.outOfFold().get(i);
      boolean predicted = score >= t.threshold();
      if (predicted == s.positive()) {
        continue;
      }
      String why;
      if (s.detections().isEmpty()) {
        why = "no-trigger";
      } else if (s.detections().stream().noneMatch(EventCoder.Detection::occurred)) {
        why = "not-occurred";
      } else if (s.detections().stream().anyMatch(d -> d.occurred() && d.dated())) {
        why = "dated";
      } else {
        why = "detector";
      }
      System.err.printf(Locale.ROOT, "%s %s\t%d\t%.2f\t%s\t%s%n", type, s.positive() ? "FN" : "FP",
          rows.get(i).row(), score, why, rows.get(i).text());
    }
  }
}
