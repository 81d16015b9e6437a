package org.marsad.core.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.Event;
import org.marsad.core.model.Event.PloverType;
import org.marsad.core.model.Event.Status;

/**
 * The project's own held-out reports ({@code own-gold.txt}), scored like the held-out set of issue 5:
 * an expected event is found when type and status agree, the place lies within 50 km and the date
 * within one day.
 */
class OwnGoldTest {

  /** Distance within which a place counts as the same. */
  static final double KM = 50;

  record Expected(PloverType type, Status status, String place, Optional<LocalDate> date) {}

  record Report(LocalDate published, String text, List<Expected> expected) {}

  static List<Report> reports() throws Exception {
    List<Report> out = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        OwnGoldTest.class.getResourceAsStream("own-gold.txt"), StandardCharsets.UTF_8))) {
      LocalDate published = null;
      StringBuilder text = new StringBuilder();
      List<Expected> expected = new ArrayList<>();
      for (String line = in.readLine(); ; line = in.readLine()) {
        if (line == null || line.startsWith("## ")) {
          if (published != null) {
            out.add(new Report(published, text.toString(), List.copyOf(expected)));
          }
          if (line == null) {
            break;
          }
          published = LocalDate.parse(line.substring("## published ".length()).strip());
          text.setLength(0);
          expected.clear();
        } else if (line.startsWith("=> ")) {
          String[] f = line.substring(3).strip().split(" ");
          expected.add(new Expected(PloverType.valueOf(f[0]), Status.valueOf(f[1].toUpperCase(Locale.ROOT)), f[2],
              f[3].equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(f[3]))));
        } else if (!line.startsWith("#") && published != null && !line.isBlank()) {
          text.append(line).append('\n');
        }
      }
    }
    return out;
  }

  static boolean matches(Event e, Expected x) {
    if (e.type() != x.type() || e.status() != x.status()) {
      return false;
    }
    if (x.date().isPresent() && (e.date().isEmpty()
        || Math.abs(e.date().get().toEpochDay() - x.date().get().toEpochDay()) > 1)) {
      return false;
    }
    if (x.place().equals("-")) {
      return true;
    }
    Fixtures.Gaz g = Fixtures.IRAQ.stream().filter(p -> p.name().equals(x.place())).findFirst().orElseThrow();
    return e.location().isPresent()
        && Fixtures.km(e.location().get().lat(), e.location().get().lon(), g.lat(), g.lon()) <= KM;
  }

  @Test
  void ownReportsScoreTypeLocationAndDateAboveTheTarget() throws Exception {
    EventCoder coder = EventCoder.standard();
    int expected = 0;
    int found = 0;
    int predicted = 0;
    int correct = 0;
    StringBuilder misses = new StringBuilder();
    for (Report r : reports()) {
      List<Event> events = coder.apply(Fixtures.splitDocument(r.text(), r.published())).events();
      predicted += events.size();
      for (Event e : events) {
        if (r.expected().stream().anyMatch(x -> matches(e, x))) {
          correct++;
        } else {
          misses.append("extra: ").append(e.type()).append(' ').append(e.status()).append(' ')
              .append(e.evidence().trigger()).append(" | ").append(r.text().lines().findFirst().orElse(""))
              .append('\n');
        }
      }
      for (Expected x : r.expected()) {
        expected++;
        if (events.stream().anyMatch(e -> matches(e, x))) {
          found++;
        } else {
          misses.append("missed: ").append(x).append(" | ").append(events).append('\n');
        }
      }
    }
    double precision = predicted == 0 ? 0 : (double) correct / predicted;
    double recall = (double) found / expected;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    System.out.printf(Locale.ROOT, "own gold: precision %.3f recall %.3f F1 %.3f (%d/%d expected, %d/%d predicted)%n%s",
        precision, recall, f1, found, expected, correct, predicted, misses);
    assertTrue(f1 >= 0.70, "F1 " + f1 + "\n" + misses);
  }

  @Test
  void plannedThreatenedAndDeniedEventsAreNeverReportedAsOccurred() throws Exception {
    EventCoder coder = EventCoder.standard();
    for (Report r : reports()) {
      List<Event> events = coder.apply(Fixtures.splitDocument(r.text(), r.published())).events();
      for (Expected x : r.expected()) {
        if (x.status() == Status.OCCURRED) {
          continue;
        }
        Expected asOccurred = new Expected(x.type(), Status.OCCURRED, x.place(), x.date());
        assertTrue(events.stream().noneMatch(e -> matches(e, asOccurred)),
            x + " came out as occurred: " + events);
      }
    }
  }
}
