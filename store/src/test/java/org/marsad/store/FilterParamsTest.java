package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.Event;

class FilterParamsTest {

  private static EventFilter filter(Map<String, String> params) {
    return FilterParams.filter(n -> Optional.ofNullable(params.get(n)));
  }

  private static String badParameter(Map<String, String> params) {
    return assertThrows(BadParameterException.class, () -> {
      filter(params);
      FilterParams.page(n -> Optional.ofNullable(params.get(n)));
    }).parameter();
  }

  @Test
  void noParametersMeanEverything() {
    assertEquals(EventFilter.ALL, filter(Map.of()));
  }

  @Test
  void typesAndStatusesAreCommaSeparatedAndCaseInsensitive() {
    EventFilter f = filter(Map.of("type", "assault, PROTEST", "status", "occurred"));
    assertEquals(Set.of(Event.PloverType.ASSAULT, Event.PloverType.PROTEST), f.types());
    assertEquals(Set.of(Event.Status.OCCURRED), f.statuses());
  }

  @Test
  void eachBadValueNamesItsParameter() {
    assertEquals("type", badParameter(Map.of("type", "BOMBING")));
    assertEquals("status", badParameter(Map.of("status", "maybe")));
    assertEquals("from", badParameter(Map.of("from", "27/10/2021")));
    assertEquals("to", badParameter(Map.of("from", "2021-10-27", "to", "2021-10-01")));
    assertEquals("country", badParameter(Map.of("country", "Iraq")));
    assertEquals("bbox", badParameter(Map.of("bbox", "1,2,3")));
    assertEquals("bbox", badParameter(Map.of("bbox", "44,36,43,35")));
    assertEquals("q", badParameter(Map.of("q", "ب".repeat(FilterParams.MAX_TEXT + 1))));
    assertEquals("limit", badParameter(Map.of("limit", "ten")));
    assertEquals("min_confidence", badParameter(Map.of("min_confidence", "high")));
    assertEquals("min_confidence", badParameter(Map.of("min_confidence", "1.5")));
    assertEquals("cursor", badParameter(Map.of("cursor", "not-a-cursor")));
  }

  @Test
  void limitIsClamped() {
    assertEquals(PageRequest.MAX_LIMIT, FilterParams.page(n -> n.equals("limit") ? Optional.of("100000") : Optional.empty()).limit());
    assertEquals(1, FilterParams.page(n -> n.equals("limit") ? Optional.of("-5") : Optional.empty()).limit());
    assertEquals(PageRequest.DEFAULT_LIMIT, FilterParams.page(n -> Optional.empty()).limit());
  }

  @Test
  void datesAndCountryAreParsed() {
    EventFilter f = filter(Map.of("from", "2021-10-01", "to", "2021-10-31", "country", "iq"));
    assertEquals(Optional.of(LocalDate.of(2021, 10, 1)), f.from());
    assertEquals(Optional.of("IQ"), f.country());
  }
}
