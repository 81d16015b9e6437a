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
    List<ClassifierTrainer.Sample> assaultSamples = List.of();
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
        if (r.in(Gsr.Split.TRAIN)) {
          AnalyzedDocument doc = pipeline.analyze(new Article(r.id(), "", "arabic_event_gsr", "",
              Gsr.publicationDate(r.id()), r.text()));
          List<EventCoder.Detection> detections = coder.detections(doc).stream()
              .filter(d -> d.type() == type).toList();
          rows.add(r);
          ClassifierTrainer.Agreement agreement = r.positive().isEmpty() ? ClassifierTrainer.Agreement.AMBIGUOUS
              : r.disputed() ? ClassifierTrainer.Agreement.DISPUTED : ClassifierTrainer.Agreement.AGREED;
          examples.add(new ClassifierTrainer.Sample(detections, r.positive().orElse(r.leansYes()), agreement));
        }
      }
      long ambiguous = examples.stream().filter(e -> e.agreement() == ClassifierTrainer.Agreement.AMBIGUOUS).count();
      long positives = examples.stream()
          .filter(e -> e.positive() && e.agreement() != ClassifierTrainer.Agreement.AMBIGUOUS).count();
      ClassifierTrainer trainer = new ClassifierTrainer(type);
      List<ClassifierTrainer.Sample> auxiliary = type == PloverType.PROTEST ? assaultSamples : List.of();
      ClassifierTrainer.Tuning t = trainer.tune(examples, auxiliary, ClassifierTrainer.Settings.DEFAULT, FOLDS);
      if (errors) {
        printErrors(type, rows, examples, t);
        long dated = examples.stream().filter(e -> e.agreement() != ClassifierTrainer.Agreement.AMBIGUOUS
            && e.detections().stream().anyMatch(d -> d.occurred() && d.dated())).count();
        long datedPositive = examples.stream().filter(e -> e.agreement() != ClassifierTrainer.Agreement.AMBIGUOUS
            && e.positive() && e.detections().stream().anyMatch(d -> d.occurred() && d.dated())).count();
        System.err.printf(Locale.ROOT, "%s: %d labelled sentences hold a dated occurrence, %d of them positive%n", type,
            dated, datedPositive);
      }
      EventClassifier model = trainer.train(examples, auxiliary, t.settings(), t.threshold());
      if (type == PloverType.ASSAULT) {
        assaultSamples = examples;
      }
      Files.createDirectories(out);
      Path file = out.resolve(name + ".model");
      ClassifierTrainer.Settings st = t.settings();
      String chosen = String.format(Locale.ROOT,
          "l2=%s positive_weight=%s disputed_weight=%s ambiguous_weight=%s auxiliary_weight=%s threshold=%.2f (CV F1 %.3f)",
          st.l2(), st.positiveWeight(), st.disputedWeight(), st.ambiguousWeight(), st.auxiliaryWeight(), t.threshold(),
          t.f1());
      String header = String.format(Locale.ROOT,
          "marsad %s detector: logistic regression over SentenceFeatures of the coder's detections.%n"
              + "Derived from openeventdata/arabic_event_gsr (MIT), TRAIN split only (%s): %d labelled sentences, %d positive, "
              + "and %d ambiguous ones labelled by majority.%n"
              + "Chosen by %d-fold cross-validation of sentence-level detection on the train split: %s.%n"
              + "Regenerate with: ./marsad train events",
          type, type == PloverType.PROTEST ? "odd rows" : "rows not divisible by 5", examples.size() - ambiguous,
          positives, ambiguous, FOLDS, chosen);
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        model.write(w, header);
      }
      System.out.printf(Locale.ROOT, "%s: %d labelled train sentences (%d positive), %d ambiguous; CV %s -> %s%n",
          type, examples.size() - ambiguous, positives, ambiguous, chosen, file);
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
      if (predicted == s.positive() || s.agreement() == ClassifierTrainer.Agreement.AMBIGUOUS) {
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
