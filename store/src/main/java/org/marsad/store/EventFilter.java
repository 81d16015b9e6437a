package org.marsad.store;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.marsad.core.model.Event;

/**
 * Which events a query, a statistic or an export covers. Empty sets and absent values match
 * everything; the conditions combine with AND, the members of a set with OR.
 *
 * @param country ISO 3166-1 alpha-2 code, upper case
 * @param admin1 the first-level division's name as the gazetteer gives it, matched exactly
 * @param actor a piece of the actor's text, name or code, matched case-insensitively
 * @param q full-text query over the evidence sentence, actor, place and trigger
 * @param minConfidence the lowest event confidence kept (0 … 1)
 */
public record EventFilter(Optional<LocalDate> from, Optional<LocalDate> to, Set<Event.PloverType> types,
    Set<Event.Status> statuses, Optional<String> country, Optional<String> admin1, Optional<String> actor,
    Optional<BoundingBox> bbox, Optional<String> q, Optional<Double> minConfidence) {

  public static final EventFilter ALL = new EventFilter(Optional.empty(), Optional.empty(), Set.of(), Set.of(),
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public EventFilter {
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
    types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
    statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    Objects.requireNonNull(country);
    Objects.requireNonNull(admin1);
    Objects.requireNonNull(actor);
    Objects.requireNonNull(bbox);
    Objects.requireNonNull(q);
    Objects.requireNonNull(minConfidence);
  }

  public EventFilter withTypes(Set<Event.PloverType> newTypes) {
    return new EventFilter(from, to, newTypes, statuses, country, admin1, actor, bbox, q, minConfidence);
  }

  public EventFilter withQuery(String text) {
    return new EventFilter(from, to, types, statuses, country, admin1, actor, bbox, Optional.of(text), minConfidence);
  }

  public EventFilter withCountry(String code) {
    return new EventFilter(from, to, types, statuses, Optional.of(code), admin1, actor, bbox, q, minConfidence);
  }

  public EventFilter withDates(Optional<LocalDate> newFrom, Optional<LocalDate> newTo) {
    return new EventFilter(newFrom, newTo, types, statuses, country, admin1, actor, bbox, q, minConfidence);
  }

  /** A longitude/latitude rectangle, west to east and south to north. */
  public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {
    public boolean contains(double lon, double lat) {
      return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
    }
  }
}
