package org.marsad.core.time;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A time expression over words {@code [first, last]} of a sentence, resolved against the
 * publication date.
 *
 * @param date the resolved date, empty for background without one (قبل أشهر) (the first day of the week, month or year for coarser precisions)
 * @param dateIfFuture the date when the verb it dates is in the future tense: differs from
 *     {@code date} only for weekday names and for day-month dates without a year (the coming
 *     weekday or date instead of the most recent one)
 * @param background true for time long before the publication (another year, months ago): events
 *     it dates keep this date and never take the publication date
 */
public record TimeMention(int first, int last, Optional<LocalDate> date, Optional<LocalDate> dateIfFuture, DatePrecision precision,
    boolean background) {}
