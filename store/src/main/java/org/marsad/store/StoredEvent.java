package org.marsad.store;

import org.marsad.core.model.Event;

/**
 * An event as stored: the event itself (its {@code id()} is the store's public id) and the article
 * it came from.
 *
 * @param articleId the article's row id, as {@code /api/articles/{id}} takes it
 */
public record StoredEvent(Event event, long articleId, String articleKey) {
  public String id() {
    return event.id();
  }
}
