package org.marsad.io.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.marsad.core.model.Event;

/** JSON helpers shared by the writers. */
final class Exports {

  private Exports() {}

  static void optional(JsonGenerator g, String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    } else {
      g.writeNullField(field);
    }
  }

  static void integer(JsonGenerator g, String field, Integer value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, value);
    }
  }

  static String status(Event.Status status) {
    return status == null ? null : status.name().toLowerCase(Locale.ROOT);
  }
}
