package org.marsad.io.eval;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marsad.core.events.ConfidenceTrainer;
import org.marsad.core.model.Event;
import org.marsad.core.model.Event.Status;
import org.marsad.core.places.Geo;
import org.marsad.io.eval.EventsGold.GoldEvent;
import org.marsad.io.eval.EventsGold.Kind;

/**
 * Scores coded events against a gold file, article by article, by type + location + date. Rules:
 * <ul>
 *   <li>Only predicted events with status {@code occurred} are scored.</li>
 *   <li>A prediction matches a gold {@code occurred} event of the same type when its location lies
 *       within {@link #KM} km of the gold point (if the gold event has one) and its date within
 *       {@link #DAYS} day of the gold date (if it has one). Each gold event matches at most one
 *       prediction; required gold events are tried first.</li>
 *   <li>A prediction matching an optional gold event is neither right nor wrong; one matching a
 *       background event is too, unless it is dated within {@link #DAYS} day of publication.</li>
 *   <li>Recall: matched required gold events over required gold events. Precision: predictions
 *       matching a required gold event over predictions that are right or wrong.</li>
 *   <li>A required gold event with status planned, threatened or denied is <em>reported as occurred</em> when
 *       a prediction that matched nothing else has its type and (if the gold has one) location.</li>
 * </ul>
 */
public final class EventsScore {

  /** The distance within which a location is right. */
  public static final double KM = 50;
  /** How many days a date may be off. */
  public static final int DAYS = 1;

  /** Counts over a gold file. */
  public record Totals(int articles, int gold, int predicted, int matched, int nonOccurredGold,
      int nonOccurredReportedAsOccurred) {

    public double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    public double precision() {
      return predicted == 0 ? 0 : (double) matched / predicted;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Totals plus(Totals o) {
      return new Totals(articles + o.articles, gold + o.gold, predicted + o.predicted, matched + o.matched,
          nonOccurredGold + o.nonOccurredGold, nonOccurredReportedAsOccurred + o.nonOccurredReportedAsOccurred);
    }
  }

  /** One article's counts and what went wrong, for --verbose. */
  public record Report(String id, Totals totals, List<String> missed, List<String> spurious,
      List<String> reportedAsOccurred) {}

  private EventsScore() {}

  /**
   * How each of {@code events} fares against the gold, in order: empty for events not reported as
   * occurred (the scorer leaves them out), else matched (a required gold event), soft (an optional
   * or background one) or spurious.
   */
  public static List<Optional<ConfidenceTrainer.Label>> labels(EventsGold.GoldArticle gold, List<Event> events) {
    return match(gold, events).labels();
  }

  private record Matching(List<Optional<ConfidenceTrainer.Label>> labels, List<GoldEvent> occurred, boolean[] goldUsed) {}

  private static Matching match(EventsGold.GoldArticle gold, List<Event> events) {
    LocalDate published = gold.article().published().orElseThrow();
    List<GoldEvent> occurred = gold.events().stream().filter(g -> g.status() == Status.OCCURRED).toList();
    boolean[] goldUsed = new boolean[occurred.size()];
    List<Optional<ConfidenceTrainer.Label>> out = new ArrayList<>(events.size());
    for (Event e : events) {
      if (e.status() != Status.OCCURRED) {
        out.add(Optional.empty());
        continue;
      }
      int hit = find(occurred, goldUsed, e, Kind.REQUIRED);
      if (hit >= 0) {
        goldUsed[hit] = true;
        out.add(Optional.of(ConfidenceTrainer.Label.MATCHED));
        continue;
      }
      int soft = find(occurred, goldUsed, e, Kind.OPTIONAL);
      if (soft < 0) {
        soft = find(occurred, goldUsed, e, Kind.BACKGROUND);
        if (soft >= 0 && e.date().map(d -> days(d, published) <= DAYS).orElse(false)) {
          soft = -1;
        }
      }
      if (soft >= 0) {
        goldUsed[soft] = true;
        out.add(Optional.of(ConfidenceTrainer.Label.SOFT));
      } else {
        out.add(Optional.of(ConfidenceTrainer.Label.SPURIOUS));
      }
    }
    return new Matching(out, occurred, goldUsed);
  }

  /** Scores one article's events. */
  public static Report score(EventsGold.GoldArticle gold, List<Event> events) {
    Matching m = match(gold, events);
    List<GoldEvent> occurred = m.occurred();
    List<Optional<ConfidenceTrainer.Label>> labels = m.labels();
    boolean[] goldUsed = m.goldUsed();
    List<Event> unmatched = new ArrayList<>();
    int matched = 0;
    int scored = 0;
    for (int i = 0; i < events.size(); i++) {
      Optional<ConfidenceTrainer.Label> l = labels.get(i);
      if (l.isEmpty() || l.get() == ConfidenceTrainer.Label.SOFT) {
        continue;
      }
      scored++;
      if (l.get() == ConfidenceTrainer.Label.MATCHED) {
        matched++;
      } else {
        unmatched.add(events.get(i));
      }
    }
    List<String> missed = new ArrayList<>();
    int required = 0;
    for (int i = 0; i < occurred.size(); i++) {
      if (occurred.get(i).kind() == Kind.REQUIRED) {
        required++;
        if (!goldUsed[i]) {
          missed.add(describe(occurred.get(i)));
        }
      }
    }
    int nonOccurred = 0;
    List<String> asOccurred = new ArrayList<>();
    for (GoldEvent g : gold.events()) {
      if (g.status() == Status.OCCURRED || g.kind() != Kind.REQUIRED) {
        continue;
      }
      nonOccurred++;
      unmatched.stream().filter(e -> e.type() == g.type() && placeOk(g, e)).findFirst()
          .ifPresent(e -> asOccurred.add(describe(g) + " came out as " + describe(e)));
    }
    List<String> spurious = unmatched.stream().map(EventsScore::describe).toList();
    return new Report(gold.id(), new Totals(1, required, scored, matched, nonOccurred, asOccurred.size()),
        missed, spurious, asOccurred);
  }

  /** Sums reports. */
  public static Totals sum(List<Report> reports) {
    return reports.stream().map(Report::totals).reduce(new Totals(0, 0, 0, 0, 0, 0), Totals::plus);
  }

  private static int find(List<GoldEvent> gold, boolean[] used, Event e, Kind kind) {
    for (int i = 0; i < gold.size(); i++) {
      GoldEvent g = gold.get(i);
      if (!used[i] && g.kind() == kind && g.type() == e.type() && placeOk(g, e) && dateOk(g.date(), e)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean placeOk(GoldEvent g, Event e) {
    return !g.hasLocation()
        || e.location().map(p -> Geo.km(g.lat(), g.lon(), p.lat(), p.lon()) <= KM).orElse(false);
  }

  private static boolean dateOk(Optional<LocalDate> gold, Event e) {
    return gold.isEmpty() || e.date().map(d -> days(d, gold.get()) <= DAYS).orElse(false);
  }

  private static long days(LocalDate a, LocalDate b) {
    return Math.abs(ChronoUnit.DAYS.between(a, b));
  }

  private static String describe(GoldEvent g) {
    return String.format(Locale.ROOT, "%s %s %s %s", g.type(), g.status().name().toLowerCase(Locale.ROOT),
        g.place().isEmpty() ? "-" : g.place(), g.date().map(LocalDate::toString).orElse("-"));
  }

  private static String describe(Event e) {
    return String.format(Locale.ROOT, "%s %s %s %s «%s»", e.type(), e.status().name().toLowerCase(Locale.ROOT),
        e.location().map(p -> p.name()).orElse("-"), e.date().map(LocalDate::toString).orElse("-"),
        e.evidence().trigger());
  }
}
