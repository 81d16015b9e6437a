package org.marsad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  private static final Optional<LocalDate> OCT_27 = Optional.of(LocalDate.of(2021, 10, 27));

  @ParameterizedTest
  @ValueSource(strings = {"2021-10-27", "2021-10-27T10:00:00Z", "2021-10-27T10:00:00.123Z", "2021-10-27T23:30:00+03:00",
      "2021-10-27T23:30:00+0300", "2021-10-27T10:00:00", "2021-10-27 10:00:00", " 2021-10-27 ",
      "2021-10-27T10:00:00+03:00[Asia/Baghdad]", "Wed, 27 Oct 2021 10:00:00 GMT", "Wed, 27 Oct 2021 10:00:00 +0300",
      "27 Oct 2021 10:00:00 GMT", "Wed, 27 Oct 2021 10:00:00 UTC"})
  void acceptedFormsGiveThePublishersCalendarDate(String text) {
    assertEquals(OCT_27, Dates.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2015-07-21 02:51:32"})
  void saudiNewsNetDateExtractedIsADateTimeWithASpace(String text) {
    assertEquals(Optional.of(LocalDate.of(2015, 7, 21)), Dates.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "27/10/2021", "2021-13-01", "2021-02-30", "٢٠٢١-١٠-٢٧", "2021-10-27T25:00"})
  void anythingElseIsRejected(String text) {
    assertTrue(Dates.parse(text).isEmpty(), text);
  }
}
