package org.marsad.store;

import java.util.List;
import java.util.Optional;

/** A page of events, newest first, and the cursor of the next page when there is one. */
public record EventPage(List<StoredEvent> events, Optional<PageRequest.Cursor> next) {
  public EventPage {
    events = List.copyOf(events);
  }
}
