package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.places.Gazetteer;
import org.marsad.io.eval.PlacesGold;
import org.marsad.io.eval.PlacesScore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad eval places GOLD.jsonl}: recall, precision and resolution of the places layer. */
@Command(name = "places", mixinStandardHelpOptions = true,
    description = {"Score the places layer on a gold file (JSONL; format in docs/places.md).",
        "Prints recall, precision and the share of places resolved within 25 km (or to the right area)."})
final class EvalPlacesCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GOLD.jsonl", description = "The gold file.")
  Path gold;

  @Option(names = {"-v", "--verbose"}, description = "List missed, spurious and misplaced places per article.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<PlacesGold.GoldArticle> articles;
    try {
      articles = PlacesGold.read(gold);
    } catch (IllegalArgumentException | java.io.IOException e) {
      err.println(Main.unreadable(gold, e));
      return ExitCode.USAGE.code();
    }
    Pipeline pipeline = Pipeline.standard();
    PlacesScore scorer = new PlacesScore(Gazetteer.standard());
    List<PlacesScore.Report> reports = new ArrayList<>();
    for (PlacesGold.GoldArticle a : articles) {
      PlacesScore.Report r = scorer.score(a, pipeline.analyze(a.article()).places());
      reports.add(r);
      if (verbose && (!r.missed().isEmpty() || !r.spurious().isEmpty() || !r.misplaced().isEmpty())) {
        out.println(r.id() + ":");
        r.missed().forEach(m -> out.println("  missed    " + m));
        r.spurious().forEach(m -> out.println("  spurious  " + m));
        r.misplaced().forEach(m -> out.println("  misplaced " + m));
      }
    }
    PlacesScore.Totals t = PlacesScore.sum(reports);
    out.println(String.format(Locale.ROOT, "articles %d, gold places %d, found places %d", t.articles(), t.gold(),
        t.found()));
    out.println(String.format(Locale.ROOT, "recall %.3f (%d/%d)", t.recall(), t.goldMatched(), t.gold()));
    out.println(String.format(Locale.ROOT, "precision %.3f (%d/%d)", t.precision(), t.foundMatched(), t.found()));
    out.println(String.format(Locale.ROOT, "resolved within %.0f km or to the right area %.3f (%d/%d)",
        PlacesScore.KM, t.resolution(), t.resolvedRight(), t.goldMatched()));
    return ExitCode.OK.code();
  }
}
