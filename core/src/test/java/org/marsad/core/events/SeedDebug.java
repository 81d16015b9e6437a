package org.marsad.core.events;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.Event;

class SeedDebug {
  @Test
  void print() throws Exception {
    var doc = EventCoder.standard().apply(Fixtures.document(Fixtures.seedText(), LocalDate.of(2021, 10, 27)));
    for (Event e : doc.events()) {
      System.out.println(e.type() + " " + e.mode() + " " + e.status() + " " + e.date().orElse(null) + " " + e.datePrecision()
          + " | " + e.actor().map(Event.Actor::name).orElse("-") + " -> " + e.recipient().map(Event.Actor::name).orElse("-")
          + " @ " + e.location().map(p -> p.name() + "/" + p.precision()).orElse("-") + " | " + e.evidence().trigger()
          + " " + e.acled().orElse(null) + " " + e.confidence());
    }
  }
}
