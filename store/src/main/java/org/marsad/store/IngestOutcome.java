package org.marsad.store;

/** What ingesting one article did. */
public enum IngestOutcome {
  /** A new article: it and its events were added. */
  ADDED,
  /** A known article whose content changed: its events were replaced. */
  UPDATED,
  /** The same content was already stored: nothing changed. */
  UNCHANGED
}
