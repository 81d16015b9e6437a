package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.core.events.Words;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.core.model.Event;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.io.Gsr;
import org.marsad.io.eval.EventsGold;
import org.marsad.io.eval.EventsScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad eval events}: with {@code GOLD.jsonl}, article-level scores by type + location +
 * date ({@link EventsScore}); with {@code --gsr}, sentence-level detection scores on the Arabic
 * event gold standard.
 * Each sentence is analysed as an article by the standard pipeline and counts as positive when an
 * event of the file's type with status {@code occurred} comes out. With the matching
 * {@code *_spans.json}, it also reports how often the event's actor and recipient share a word with
 * the gold source and target spans.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"Score the events layer: on a gold file of articles (JSONL; format in docs/events.md) by",
        "type + location (50 km) + date (1 day), or with --gsr, sentence-level detection on arabic_event_gsr."})
final class EvalEventsCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "GOLD.jsonl", description = "A gold file of articles and their events.")
  Path gold;

  @Option(names = {"-v", "--verbose"}, description = "With GOLD.jsonl: list missed and spurious events per article.")
  boolean verbose;

  @Option(names = "--uncalibrated",
      description = "Score every event the coder finds, without the confidence model's cut (EventConfidence).")
  boolean uncalibrated;

  @Option(names = "--gsr", paramLabel = "FILE",
      description = "assault_gsr.csv or protest_gsr.csv (or their *_spans.json; the CSV beside it is used).")
  Path gsr;

  @Option(names = "--split", paramLabel = "SPLIT", description = "test, train or all (default: ${DEFAULT-VALUE}).")
  String split = "test";

  @Option(names = "--data", paramLabel = "DIR",
      description = "With GOLD.jsonl: the shared data folder holding the corpora that gold articles cite by source (default: $marsad.data or ../shared/data).")
  Path data;

  @Option(names = "--errors",
      description = "Also print misclassified sentences, and each detected event's actor/recipient beside the gold spans, to standard error.")
  boolean errors;

  @Override
  public Integer call() throws IOException {
    if ((gold == null) == (gsr == null)) {
      System.err.println("marsad: give either GOLD.jsonl or --gsr FILE");
      return ExitCode.USAGE.code();
    }
    if (gold != null) {
      return scoreGold();
    }
    Gsr.Split which;
    try {
      which = Gsr.Split.valueOf(split.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      System.err.println("marsad: --split must be test, train or all, got '" + split + "'");
      return ExitCode.USAGE.code();
    }
    String name = gsr.getFileName().toString();
    Path csv = gsr;
    Path spansFile = null;
    if (name.endsWith("_spans.json")) {
      spansFile = gsr;
      csv = gsr.resolveSibling(name.replace("_spans.json", "_gsr.csv"));
    } else {
      Path sibling = gsr.resolveSibling(name.replace("_gsr.csv", "_spans.json"));
      if (!sibling.equals(gsr) && Files.isRegularFile(sibling)) {
        spansFile = sibling;
      }
    }
    if (!Files.isRegularFile(csv)) {
      System.err.println("marsad: " + csv + ": no such file");
      return ExitCode.SOME_FAILED.code();
    }
    List<Gsr.Row> rows = Gsr.readCsv(csv);
    Map<String, List<Gsr.Span>> spans = spansFile == null ? Map.of() : Gsr.readSpans(spansFile);
    Pipeline pipeline = uncalibrated ? Pipeline.uncalibrated() : Pipeline.standard();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    int ambiguous = 0;
    int spanEvents = 0;
    int actorHits = 0;
    int recipientHits = 0;
    int targets = 0;
    String type = null;
    long started = System.nanoTime();
    for (Gsr.Row r : rows) {
      if (!r.in(which)) {
        continue;
      }
      if (r.positive().isEmpty()) {
        ambiguous++;
        continue;
      }
      type = r.eventType();
      Article article = new Article(r.id(), "", "arabic_event_gsr", "", Gsr.publicationDate(r.id()), r.text());
      AnalyzedDocument doc = pipeline.analyze(article);
      Event.PloverType t = Event.PloverType.valueOf(r.eventType());
      Optional<Event> hit = doc.events().stream()
          .filter(e -> e.type() == t && e.status() == Event.Status.OCCURRED).findFirst();
      boolean gold = r.positive().get();
      if (hit.isPresent() && gold) {
        tp++;
      } else if (hit.isPresent()) {
        fp++;
      } else if (gold) {
        fn++;
      } else {
        tn++;
      }
      if (errors && hit.isPresent() != gold) {
        System.err.println((gold ? "FN\t" : "FP\t") + r.row() + "\t" + r.text());
      }
      List<Gsr.Span> gold2 = spans.get(r.id());
      if (hit.isPresent() && gold2 != null && !gold2.isEmpty()) {
        Gsr.Span g = gold2.get(0);
        if (errors) {
          System.err.println(hit.get().actor().map(Event.Actor::text).orElse("-") + " | " + g.source() + " || "
              + hit.get().recipient().map(Event.Actor::text).orElse("-") + " | " + g.target() + " || " + g.verb()
              + " / " + hit.get().evidence().trigger());
        }
        if (!g.source().isEmpty()) {
          spanEvents++;
          if (overlaps(hit.get().actor(), g.source())) {
            actorHits++;
          }
        }
        if (!g.target().isEmpty()) {
          targets++;
          if (overlaps(hit.get().recipient(), g.target())) {
            recipientHits++;
          }
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    System.out.printf(Locale.ROOT, "%s %s split of %s: %d sentences (%d positive, %d ambiguous left out)%n",
        type, which.name().toLowerCase(Locale.ROOT), csv.getFileName(), tp + fp + fn + tn, tp + fn, ambiguous);
    System.out.printf(Locale.ROOT, "detection: precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d, tn %d; %.1f s)%n",
        precision, recall, f1, tp, fp, fn, tn, seconds);
    if (spansFile != null) {
      System.out.printf(Locale.ROOT, "spans (%s): actor overlaps the gold source in %d of %d detected gold events with a source (%.1f%%), "
              + "recipient overlaps the gold target in %d of %d with a target (%.1f%%)%n",
          spansFile.getFileName(), actorHits, spanEvents, pct(actorHits, spanEvents), recipientHits, targets,
          pct(recipientHits, targets));
    }
    return ExitCode.OK.code();
  }

  private static double pct(int a, int b) {
    return b == 0 ? 0 : 100.0 * a / b;
  }

  private static boolean overlaps(Optional<Event.Actor> actor, List<String> gold) {
    if (actor.isEmpty() || gold.isEmpty()) {
      return false;
    }
    Set<String> g = new HashSet<>();
    for (String w : gold) {
      g.add(Words.bare(Words.key(w)));
    }
    for (String w : actor.get().text().split("\\s+")) {
      if (g.contains(Words.bare(Words.key(w)))) {
        return true;
      }
    }
    return false;
  }

  private int scoreGold() {
    List<EventsGold.GoldArticle> articles;
    try {
      articles = EventsGold.read(gold, new CitedArticles(data != null ? data : NewsCorpus.defaultDataDirectory()));
    } catch (IllegalArgumentException | IOException | java.io.UncheckedIOException e) {
      System.err.println(Main.unreadable(gold, e));
      return ExitCode.USAGE.code();
    }
    Pipeline pipeline = uncalibrated ? Pipeline.uncalibrated() : Pipeline.standard();
    List<EventsScore.Report> reports = new java.util.ArrayList<>();
    for (EventsGold.GoldArticle a : articles) {
      EventsScore.Report r = EventsScore.score(a, pipeline.analyze(a.article()).events());
      reports.add(r);
      if (verbose && (!r.missed().isEmpty() || !r.spurious().isEmpty() || !r.reportedAsOccurred().isEmpty())) {
        System.out.println(r.id() + ":");
        r.missed().forEach(m -> System.out.println("  missed    " + m));
        r.spurious().forEach(m -> System.out.println("  spurious  " + m));
        r.reportedAsOccurred().forEach(m -> System.out.println("  as occurred " + m));
      }
    }
    EventsScore.Totals t = EventsScore.sum(reports);
    System.out.printf(Locale.ROOT, "articles %d, gold events %d (required, occurred), scored predictions %d%n",
        t.articles(), t.gold(), t.predicted());
    System.out.printf(Locale.ROOT, "type + location (%.0f km) + date (%d day): P %.3f R %.3f F1 %.3f (%d matched)%n",
        EventsScore.KM, EventsScore.DAYS, t.precision(), t.recall(), t.f1(), t.matched());
    System.out.printf(Locale.ROOT, "planned/threatened/denied gold events reported as occurred: %d of %d%n",
        t.nonOccurredReportedAsOccurred(), t.nonOccurredGold());
    return ExitCode.OK.code();
  }

  /**
   * The articles a gold file cites by source instead of copying (SaudiNewsNet's licence allows no
   * copy in the project): each daily zip is read once and searched by URL.
   */
  static final class CitedArticles implements EventsGold.Corpus {
    private final Path data;
    private final Map<String, List<Article>> days = new java.util.HashMap<>();

    CitedArticles(Path data) {
      this.data = data;
    }

    @Override
    public Article find(EventsGold.Source source) {
      if (!source.corpus().equals("saudinewsnet")) {
        throw new IllegalArgumentException("unknown corpus '" + source.corpus() + "' (known: saudinewsnet)");
      }
      if (source.file().contains("/") || source.file().contains("\\")) {
        throw new IllegalArgumentException("source file must be a bare file name: " + source.file());
      }
      Path zip = data.resolve(NewsCorpus.SAUDINEWSNET).resolve(source.file());
      if (!Files.isRegularFile(zip)) {
        throw new IllegalArgumentException(zip + ": no such file (the gold article " + source.url()
            + " cites it; give the shared data folder with --data)");
      }
      List<Article> day = days.computeIfAbsent(source.file(), f -> NewsCorpus.loadZip(zip));
      List<Article> hits = day.stream().filter(a -> a.url().equals(source.url())).toList();
      if (hits.size() != 1) {
        throw new IllegalArgumentException(zip + ": " + hits.size() + " articles with url " + source.url() + " (expected 1)");
      }
      return hits.get(0);
    }
  }
}
