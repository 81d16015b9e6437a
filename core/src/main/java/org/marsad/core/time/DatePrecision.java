package org.marsad.core.time;

import java.util.Locale;

/** How sure an event's date is; serialised in lower case as {@code date_precision}. */
public enum DatePrecision {
  /** The day itself is stated (اليوم، أمس، الأربعاء، 27 تشرين الأول). */
  DAY,
  /** Only the week is known (الأسبوع الماضي). */
  WEEK,
  /** Only the month is known (الشهر الماضي، في تشرين الأول 2021); the date is the month's first day. */
  MONTH,
  /** Only the year is known (في عام 2014); the date is the year's first day. */
  YEAR,
  /** No time expression: the publication date stands in. */
  PUBLICATION;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
