package org.marsad.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One coded event: who did what to whom, where and when, with the sentence that reports it.
 * Fields follow the {@code events} layer of CONTRACT.md.
 */
public record Event(String id, PloverType type, String mode, List<String> context, Status status,
    Optional<LocalDate> date, String datePrecision, Optional<Actor> actor, Optional<Actor> recipient,
    Optional<Place> location, Size size, Optional<Acled> acled, Evidence evidence, double confidence) {

  public Event {
    context = List.copyOf(context);
  }

  /** The 16 PLOVER event types. */
  public enum PloverType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST,
    SANCTION, MOBILIZE, COERCE, ASSAULT
  }

  public enum Status { OCCURRED, PLANNED, THREATENED, DENIED }

  /** An actor or recipient: the text that names it, a canonical name and a CAMEO-style code. */
  public record Actor(String text, String name, String code) {}

  /** Casualties and arrests; null components are unknown. */
  public record Size(Integer dead, Integer injured, Integer arrested) {
    public static final Size UNKNOWN = new Size(null, null, null);
  }

  /** ACLED's event_type and sub_event_type names, exactly. */
  public record Acled(String eventType, String subEventType) {}

  /** The sentence {@code [start, end)} that reports the event, and its trigger word. */
  public record Evidence(String sentence, int start, int end, String trigger) {}
}
