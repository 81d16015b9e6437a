package org.marsad.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.core.events.ConfidenceTrainer;
import org.marsad.core.events.EventConfidence;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Event;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.io.eval.EventsGold;
import org.marsad.io.eval.EventsScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad train confidence}: trains the event confidence model ({@link EventConfidence}) on
 * article-level gold files. Each file is a cross-validation group; files that annotate the same
 * articles are merged into one group, so no article is ever scored by a model that saw it.
 */
@Command(name = "confidence", mixinStandardHelpOptions = true,
    description = "Train the event confidence model on article-level event gold (development sets only).")
final class TrainConfidenceCommand implements Callable<Integer> {

  @Parameters(paramLabel = "GOLD.jsonl", arity = "1..*", description = "Article-level gold files to learn from.")
  List<Path> golds;

  @Option(names = "--data", paramLabel = "DIR",
      description = "The shared data folder, for gold articles cited by source (default: ../shared/data).")
  Path data;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Where to write the model (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("core/src/main/resources/org/marsad/core/events/" + EventConfidence.RESOURCE);

  @Option(names = "--min-type-samples", paramLabel = "N",
      description = "Judge by its own weights only a type with at least N coded events in the gold (default: ${DEFAULT-VALUE}), of which the gold matches at least " + ConfidenceTrainer.MIN_TYPE_MATCHES + "; other types are scored by the features that name no type.")
  int minTypeSamples = ConfidenceTrainer.MIN_TYPE_SAMPLES;

  @Override
  public Integer call() throws IOException {
    EvalEventsCommand.CitedArticles corpus =
        new EvalEventsCommand.CitedArticles(data != null ? data : NewsCorpus.defaultDataDirectory());
    Map<String, List<EventsGold.GoldArticle>> byFile = new LinkedHashMap<>();
    Map<String, Set<String>> keys = new LinkedHashMap<>();
    // files in name order, so that any order on the command line gives the same model
    for (Path g : golds.stream().sorted(java.util.Comparator.comparing(p -> p.getFileName().toString())).toList()) {
      List<EventsGold.GoldArticle> articles;
      try {
        articles = EventsGold.read(g, corpus);
      } catch (IllegalArgumentException | IOException | java.io.UncheckedIOException e) {
        System.err.println(Main.unreadable(g, e));
        return ExitCode.USAGE.code();
      }
      String name = g.getFileName().toString();
      byFile.put(name, articles);
      Set<String> k = new LinkedHashSet<>();
      for (EventsGold.GoldArticle a : articles) {
        k.add(a.article().url().isEmpty() ? a.article().body() : a.article().url());
      }
      keys.put(name, k);
    }
    Map<String, String> group = ConfidenceTrainer.mergeGroups(keys);
    Pipeline pipeline = Pipeline.uncalibrated();
    List<ConfidenceTrainer.Sample> samples = new ArrayList<>();
    Map<String, Integer> required = new LinkedHashMap<>();
    for (var file : byFile.entrySet()) {
      String g = group.get(file.getKey());
      for (EventsGold.GoldArticle a : file.getValue()) {
        AnalyzedDocument doc = pipeline.analyze(a.article());
        List<Optional<ConfidenceTrainer.Label>> labels = EventsScore.labels(a, doc.events());
        for (int i = 0; i < labels.size(); i++) {
          if (labels.get(i).isPresent()) {
            samples.add(new ConfidenceTrainer.Sample(doc.events().get(i).type(), EventConfidence.features(doc, i),
                labels.get(i).get(), g));
          }
        }
        int req = (int) a.events().stream()
            .filter(e -> e.status() == Event.Status.OCCURRED && e.kind() == EventsGold.Kind.REQUIRED).count();
        required.merge(g, req, Integer::sum);
      }
    }
    ConfidenceTrainer.Result r = ConfidenceTrainer.train(samples, required, minTypeSamples);
    String groups = String.join(", ", new LinkedHashSet<>(group.values()));
    System.out.printf(Locale.ROOT, "%d coded events (%d matched, %d soft, %d spurious) in %d groups: %s%n",
        samples.size(), count(samples, ConfidenceTrainer.Label.MATCHED), count(samples, ConfidenceTrainer.Label.SOFT),
        count(samples, ConfidenceTrainer.Label.SPURIOUS), new LinkedHashSet<>(group.values()).size(), groups);
    System.out.printf(Locale.ROOT, "leave-one-group-out CV: all events F1 %.3f (%d matched, %d spurious, %d required); "
            + "chosen l2 %s, cut %.2f: F1 %.3f (%d matched, %d spurious)%n",
        r.keepAll().f1(), r.keepAll().matched(), r.keepAll().spurious(), r.keepAll().required(), r.l2(),
        r.threshold(), r.chosen().f1(), r.chosen().matched(), r.chosen().spurious());
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      r.model().write(w, String.format(Locale.ROOT,
          "marsad event confidence model, written by `marsad train confidence`%n"
              + "gold files: %s%n"
              + "%d coded events; leave-one-group-out CV F1 %.3f -> %.3f (l2 %s, cut %.2f, types judged from %d events)",
          String.join(" ", byFile.keySet()), samples.size(), r.keepAll().f1(), r.chosen().f1(), r.l2(),
          r.threshold(), minTypeSamples).replace("\r", ""));
    }
    System.out.println("wrote " + out);
    return ExitCode.OK.code();
  }

  private static long count(List<ConfidenceTrainer.Sample> samples, ConfidenceTrainer.Label label) {
    return samples.stream().filter(s -> s.label() == label).count();
  }
}
