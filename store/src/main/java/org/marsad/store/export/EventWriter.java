package org.marsad.store.export;

import java.io.Closeable;
import org.marsad.core.model.Article;
import org.marsad.core.model.Event;

/**
 * Writes events, one at a time, in an exchange format. {@link #close()} ends the document (the
 * GeoJSON collection) and closes the underlying writer.
 */
public interface EventWriter extends Closeable {

  /**
   * Writes {@code event}, reported by {@code article}.
   *
   * @return false, writing nothing, when the format has no place for the event (ACLED has no row
   *     for an event without an ACLED type; GeoJSON none for an event without a location)
   */
  boolean write(Event event, Article article);

  /** Why {@link #write} leaves events out, for the summary line. */
  String leftOutBecause();
}
