package org.marsad.io.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.marsad.core.model.Article;
import org.marsad.core.model.Event;
import org.marsad.core.model.Feature;
import org.marsad.core.model.Place;

/** The seed report's events, written by hand as the event coder would code them. */
final class SampleEvents {

  private SampleEvents() {}

  static final Article ARTICLE = new Article("makhmour", "https://example.iq/makhmour", "rudaw", "الكاظمي يزور مخمور",
      Optional.of(LocalDate.of(2021, 10, 27)), "وصل رئيس الوزراء العراقي مصطفى الكاظمي إلى مخمور.");

  static final Place MAKHMUR = new Place("مخمور", 88, 93, "Makhmur", "مخمور", 93818, "IQ", "Erbil", "Makhmur District",
      35.77622, 43.57974, Feature.CITY, 1);

  static final Place BASRA = new Place("البصرة", 400, 406, "Basra", "البصرة", 99532, "IQ", "Basra", "", 30.50852,
      47.7804, Feature.ADMIN1, 3);

  /** A visit: no ACLED type. */
  static final Event VISIT = new Event("e1", Event.PloverType.CONSULT, "visit", List.of("military"),
      Event.Status.OCCURRED, Optional.of(LocalDate.of(2021, 10, 27)), "day",
      Optional.of(new Event.Actor("رئيس الوزراء العراقي مصطفى الكاظمي", "Mustafa al-Kadhimi", "IRQGOV")),
      Optional.empty(), Optional.of(MAKHMUR), Event.Size.UNKNOWN, Optional.empty(),
      new Event.Evidence("وصل رئيس الوزراء العراقي مصطفى الكاظمي إلى مخمور.", 60, 190, "وصل"), 0.9);

  /** A bombing "yesterday", with a comma and a quote in its sentence to exercise CSV quoting. */
  static final Event BOMBING = new Event("e2", Event.PloverType.ASSAULT, "bombing", List.of(), Event.Status.OCCURRED,
      Optional.of(LocalDate.of(2021, 10, 26)), "day", Optional.empty(),
      Optional.of(new Event.Actor("المدنيين", "Civilians (Iraq)", "IRQCVL")), Optional.of(BASRA),
      new Event.Size(4, 20, null), Optional.of(new Event.Acled("Explosions/Remote violence", "Remote explosive/landmine/IED")),
      new Event.Evidence("انفجرت عبوة، وقال مصدر \"أمني\" إن أربعة قتلوا", 400, 450, "انفجرت"), 0.8);

  /** An event with no place and no date of its own. */
  static final Event UNPLACED = new Event("e3", Event.PloverType.PROTEST, "demonstrate", List.of("economic"),
      Event.Status.OCCURRED, Optional.empty(), "unknown", Optional.empty(), Optional.empty(), Optional.empty(),
      Event.Size.UNKNOWN, Optional.of(new Event.Acled("Protests", "Peaceful protest")),
      new Event.Evidence("تظاهر العشرات", 500, 514, "تظاهر"), 0.6);
}
