package org.marsad.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Event;
import org.marsad.core.model.Event.PloverType;
import org.marsad.core.model.Event.Status;

/** The seed article must give the six events of issue 5, none of them twice. */
class SeedTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2021, 10, 27);
  private static final EventCoder CODER = EventCoder.standard();
  /** The pipeline's last stage, which may drop what the coder found. */
  private static final EventConfidence CONFIDENCE = EventConfidence.standard();

  @BeforeAll
  static void seedIsThere() {
    Assumptions.assumeTrue(Files.isRegularFile(Fixtures.data().resolve("seed/makhmour.txt")),
        "skipped: ../shared/data/seed/makhmour.txt is absent");
  }

  private static List<Event> events(String layer) throws Exception {
    return events(layer, PUBLISHED);
  }

  /** The seed's events, read as published on {@code published} (null: with no publication date). */
  private static List<Event> events(String layer, LocalDate published) throws Exception {
    BiFunction<String, LocalDate, AnalyzedDocument> build =
        layer.equals("lines") ? Fixtures::document : Fixtures::splitDocument;
    return CONFIDENCE.apply(CODER.apply(build.apply(Fixtures.seedText(), published))).events();
  }

  private static List<Event> find(List<Event> events, PloverType type, String mode, Status status) {
    return events.stream().filter(e -> e.type() == type && e.status() == status
        && (mode == null || e.mode().equals(mode))).toList();
  }

  private static String place(Event e) {
    return e.location().map(p -> p.name()).orElse("-");
  }

  private static String actor(Optional<Event.Actor> a) {
    return a.map(Event.Actor::name).orElse("-");
  }

  @ParameterizedTest
  @ValueSource(strings = {"lines", "sentences"})
  void kadhimiVisitsMakhmurOnThePublicationDay(String layer) throws Exception {
    List<Event> visits = find(events(layer), PloverType.CONSULT, "visit", Status.OCCURRED).stream()
        .filter(e -> place(e).equals("Makhmur")).toList();
    assertEquals(1, visits.size(), "one visit to Makhmur: " + visits);
    assertEquals("Mustafa al-Kadhimi", actor(visits.get(0).actor()));
    assertEquals("IRQGOV", visits.get(0).actor().get().code());
    assertEquals(Optional.of(PUBLISHED), visits.get(0).date());
    assertEquals("day", visits.get(0).datePrecision());
  }

  @ParameterizedTest
  @ValueSource(strings = {"lines", "sentences"})
  void kadhimiMeetsMasrourBarzaniInErbil(String layer) throws Exception {
    List<Event> meetings = find(events(layer), PloverType.CONSULT, null, Status.OCCURRED).stream()
        .filter(e -> actor(e.recipient()).equals("Masrour Barzani")).toList();
    assertEquals(1, meetings.size(), "one meeting with Barzani: " + meetings);
    Event meet = meetings.get(0);
    assertEquals("meet", meet.mode());
    assertEquals("Mustafa al-Kadhimi", actor(meet.actor()));
    assertEquals("Erbil", place(meet));
    assertEquals(Optional.of(PUBLISHED), meet.date());
  }

  @ParameterizedTest
  @ValueSource(strings = {"lines", "sentences"})
  void yesterdaysMotorcycleBombInBasraIsAnExplosion(String layer) throws Exception {
    List<Event> bombs = find(events(layer), PloverType.ASSAULT, "explosives", Status.OCCURRED);
    assertEquals(1, bombs.size(), "one bombing: " + bombs);
    Event bomb = bombs.get(0);
    assertEquals("Basra", place(bomb));
    assertEquals(Optional.of(LocalDate.of(2021, 10, 26)), bomb.date());
    assertEquals(Optional.of(new Event.Acled("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        bomb.acled());
  }

  @ParameterizedTest
  @ValueSource(strings = {"lines", "sentences"})
  void theVisitToBasraIsOnlyPlanned(String layer) throws Exception {
    List<Event> all = events(layer);
    List<Event> planned = find(all, PloverType.CONSULT, "visit", Status.PLANNED);
    assertEquals(1, planned.size(), "one planned visit: " + planned);
    assertEquals("Basra", place(planned.get(0)));
    assertEquals("Mustafa al-Kadhimi", actor(planned.get(0).actor()));
    assertTrue(find(all, PloverType.CONSULT, "visit", Status.OCCURRED).stream().noneMatch(e -> place(e).equals("Basra")),
        "the Basra visit must not be reported as occurred");
  }

  @ParameterizedTest
  @ValueSource(strings = {"lines", "sentences"})
  void armyAndPeshmergaMobiliseAgainstIsisNearMakhmur(String layer) throws Exception {
    List<Event> ops = find(events(layer), PloverType.MOBILIZE, null, Status.OCCURRED);
    assertEquals(1, ops.size(), "one joint operation: " + ops);
    Event op = ops.get(0);
    assertEquals("Iraqi Army", actor(op.actor()));
    assertEquals("Islamic State", actor(op.recipient()));
    assertEquals("Makhmur", place(op));
  }

  @ParameterizedTest
  @ValueSource(strings = {"lines", "sentences"})
  void kadhimiThreatensIsisAndTheQuotedThreatIsNoAssault(String layer) throws Exception {
    List<Event> all = events(layer);
    List<Event> threats = find(all, PloverType.THREATEN, null, Status.OCCURRED);
    assertEquals(1, threats.size(), "one threat: " + threats);
    assertEquals("Mustafa al-Kadhimi", actor(threats.get(0).actor()));
    assertEquals("ISIS", threats.get(0).recipient().get().code());
    assertTrue(all.stream().filter(e -> e.type() == PloverType.ASSAULT).allMatch(e -> place(e).equals("Basra")),
        "the only assault is the Basra bombing: " + all);
  }

  /**
   * A .txt read without --date: أمس still dates the bombing to a day, so the same events come out,
   * none with a date, since every time word of the seed is relative to the publication.
   */
  @ParameterizedTest
  @ValueSource(strings = {"lines", "sentences"})
  void withoutAPublicationDateTheSameEventsComeOutUndated(String layer) throws Exception {
    List<Event> undated = events(layer, null);
    assertEquals(sides(events(layer)), sides(undated));
    for (Event e : undated) {
      assertEquals(Optional.empty(), e.date(), "no date to resolve against: " + e);
      assertEquals("publication", e.datePrecision(), e.toString());
    }
  }

  /** Each event's type, mode, status, place and sides, in order. */
  private static List<String> sides(List<Event> events) {
    return events.stream().map(e -> e.type() + "/" + e.mode() + " " + e.status() + " at " + place(e) + ": "
        + actor(e.actor()) + " -> " + actor(e.recipient())).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"lines", "sentences"})
  void nothingIsDoubled(String layer) throws Exception {
    List<Event> all = events(layer);
    Set<String> keys = new HashSet<>();
    for (Event e : all) {
      String key = e.type() + "|" + e.status() + "|" + e.date() + "|" + place(e) + "|" + actor(e.actor()) + "|"
          + actor(e.recipient());
      assertTrue(keys.add(key), "doubled: " + key + " in " + all.stream().map(Event::toString)
          .collect(Collectors.joining("\n")));
    }
  }
}
