package org.marsad.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.core.events.Words;

class TimeExpressionsTest {

  /** The seed's publication day, a Wednesday. */
  private static final LocalDate PUB = LocalDate.of(2021, 10, 27);

  private static List<TimeMention> find(String sentence) {
    return TimeExpressions.find(Arrays.stream(sentence.split(" ")).map(Words::key).toList(), PUB);
  }

  private static TimeMention only(String sentence) {
    List<TimeMention> found = find(sentence);
    assertEquals(1, found.size(), "one expression in: " + sentence + " -> " + found);
    return found.get(0);
  }

  private static void day(String sentence, LocalDate expected) {
    TimeMention t = only(sentence);
    assertEquals(Optional.of(expected), t.date(), sentence);
    assertEquals(DatePrecision.DAY, t.precision(), sentence);
  }

  @Test
  void aWeekdayCalledLastOrNextIsNeverThePublicationDay() {
    // the publication day is a Wednesday
    day("وقع الهجوم يوم الأربعاء", PUB);
    day("وقع الهجوم يوم الأربعاء الماضي", PUB.minusDays(7));
    day("فجرت فتاة نفسها الأربعاء الماضية", PUB.minusDays(7));
    day("قتل يوم الاثنين الماضي", PUB.minusDays(2));
    day("الجلسة المقبلة ستكون في الأربعاء المقبل", PUB.plusDays(7));
  }

  @Test
  void todayIsThePublicationDay() {
    day("وصل الكاظمي اليوم إلى مخمور", PUB);
  }

  @Test
  void yesterdayWithAndWithoutClitics() {
    day("التفجير الذي شهدته أمس", PUB.minusDays(1));
    day("وقع الانفجار بالأمس", PUB.minusDays(1));
    day("وأمس قال المتحدث", PUB.minusDays(1));
  }

  @Test
  void theDayBeforeYesterdayBothWays() {
    day("قتل أول أمس", PUB.minusDays(2));
    day("قتل أمس الأول", PUB.minusDays(2));
  }

  @Test
  void theDayBeforeYesterdayWithMinAndTheNightBeforeLast() {
    day("قتل أول من أمس", PUB.minusDays(2));
    day("قتل مساء الأول من أمس", PUB.minusDays(2));
    day("قتل أمس الأول", PUB.minusDays(2));
    day("هاجموا الليلة قبل الماضية ثلاثة معسكرات", PUB.minusDays(2));
    day("قال في بيان الليلة قبل الماضية إن", PUB.minusDays(2));
    day("وقعت ليلة أمس الأول", PUB.minusDays(2));
  }

  @Test
  void datesInFiguresGregorianOrHijri() {
    // the coder's keys have no separators: 20/10/2021م is 20، 10، 2021، م
    day("قتل يوم 20 10 2021 م في", LocalDate.of(2021, 10, 20));
    day("قتل يوم 2021 10 19 في", LocalDate.of(2021, 10, 19));
    // 1443 is a Hijri year: 20 Rabi al-Awwal 1443 is 26 October 2021
    day("قتل بتاريخ 20 3 1443 هـ في", LocalDate.of(2021, 10, 26));
    // no date: a score, a count
    assertEquals(List.of(), find("فاز الفريق 3 2 على"));
    assertEquals(List.of(), find("قتل 20 واصيب 3 في"));
  }

  @Test
  void aDayOfThisOrLastMonthAndOrdinalDaysPastTen() {
    day("قتل في 18 من الشهر الجاري", LocalDate.of(2021, 10, 18));
    day("قتل في 30 من الشهر الماضي", LocalDate.of(2021, 9, 30));
    day("قتل في العشرين من أكتوبر", LocalDate.of(2021, 10, 20));
    day("قتل في الحادي عشر من أكتوبر", LocalDate.of(2021, 10, 11));
    day("قتل في الثاني والعشرين من أكتوبر", LocalDate.of(2021, 10, 22));
  }

  @Test
  void yearsAgoAreBackgroundButNotHowLongSomethingHasLasted() {
    TimeMention years = only("قتل قبل ثلاث سنوات في");
    assertTrue(years.background(), years.toString());
    assertEquals(Optional.empty(), years.date());
    assertEquals(List.of(), find("يستنكر دعمه للنظام في إجرامه المستمر منذ 5 سنوات"));
  }

  @Test
  void aMonthInBothCalendarsNamesAndAYearOfLastYear() {
    // the coder's keys have no slash or brackets: حزيران/يونيو is حزيران، يونيو
    TimeMention mosul = only("منذ دخوله الموصل في 10 حزيران يونيو من العام الماضي");
    assertEquals(Optional.of(LocalDate.of(2020, 6, 10)), mosul.date(), mosul.toString());
    assertTrue(mosul.background(), mosul.toString());
    TimeMention rabin = only("اغتيل في الرابع من تشرين الثاني نوفمبر 1995 في تل ابيب");
    assertEquals(Optional.of(LocalDate.of(1995, 11, 4)), rabin.date(), rabin.toString());
    TimeMention march = only("قتل في مارس من العام الماضي في");
    assertEquals(Optional.of(LocalDate.of(2020, 3, 1)), march.date(), march.toString());
    assertEquals(DatePrecision.MONTH, march.precision());
    day("قتل في 3 مارس من العام الجاري في", LocalDate.of(2021, 3, 3));
  }

  @Test
  void lastNightIsTheDayBefore() {
    day("قصفت الطائرات الليلة الماضية مواقع", PUB.minusDays(1));
  }

  @Test
  void aDateWithoutAYearIsTheRecentOneOrTheComingOneForTheFuture() {
    TimeMention december = only("يصوت المجلس قبل 17 ديسمبر");
    assertEquals(Optional.of(LocalDate.of(2020, 12, 17)), december.date());
    assertEquals(Optional.of(LocalDate.of(2021, 12, 17)), december.dateIfFuture());
    TimeMention october = only("وصل في 20 أكتوبر");
    assertEquals(Optional.of(LocalDate.of(2021, 10, 20)), october.date());
    assertEquals(Optional.of(LocalDate.of(2022, 10, 20)), october.dateIfFuture());
  }

  @Test
  void aMonthWithoutADayIsTheRecentOneAndBackgroundUnlessItIsThisMonth() {
    TimeMention june = only("والهجوم على فندق في سوسة في يونيو");
    assertEquals(Optional.of(LocalDate.of(2021, 6, 1)), june.date());
    assertEquals(DatePrecision.MONTH, june.precision());
    assertTrue(june.background());
    TimeMention march = only("الهجوم على المتحف في مارس الماضي");
    assertEquals(Optional.of(LocalDate.of(2021, 3, 1)), march.date());
    TimeMention thisMonth = only("بدأت العمليات مطلع تشرين الأول");
    assertEquals(Optional.of(LocalDate.of(2021, 10, 1)), thisMonth.date());
    assertTrue(!thisMonth.background());
    TimeMention coming = only("يصوت المجلس في ديسمبر المقبل");
    assertEquals(Optional.of(LocalDate.of(2021, 12, 1)), coming.date());
    assertEquals(Optional.of(LocalDate.of(2014, 7, 1)), only("سيطر التنظيم على المدينة في تموز 2014").date());
  }

  @Test
  void anOrdinalDayOfAMonth() {
    day("وقع الهجوم في الأول من يوليو", LocalDate.of(2021, 7, 1));
    day("وقع في الأول من تموز الحالي", LocalDate.of(2021, 7, 1));
    day("اجتمعوا في 5 من أكتوبر", LocalDate.of(2021, 10, 5));
  }

  @Test
  void aMonthNameWithoutACueIsAWord() {
    assertEquals(List.of(), find("مارس الضغط على الحكومة"));
  }

  @Test
  void aWeekdayAfterYesterdayOrTodayWins() {
    // published (crawled) on Wednesday 27 October 2021; written a day or two before
    day("زارت المفوضة إيران أمس الاثنين", LocalDate.of(2021, 10, 25));
    day("زارت المفوضة إيران أمس الثلاثاء", LocalDate.of(2021, 10, 26));
    day("يجتمع المجلس اليوم الاثنين", LocalDate.of(2021, 10, 25));
    day("وقع الهجوم أول أمس الأحد", LocalDate.of(2021, 10, 24));
  }

  @Test
  void aWeekdayAfterARelativeDayIsTheNearestSuchDayUpToAWeekBefore() {
    // 27 October 2021 is a Wednesday: اليوم الخميس is the Thursday before (six days), not today
    day("قتل أربعة جنود في ثكنة عسكرية اليوم الخميس", LocalDate.of(2021, 10, 21));
    // أول أمس is Monday the 25th; الثلاثاء the day after it, not the Tuesday of the week before
    day("سقطت قذائف على القرية أول أمس الثلاثاء", LocalDate.of(2021, 10, 26));
  }

  @Test
  void theComingWeeksAreStillToCome() {
    TimeMention weeks = only("يلتقي نظيره الروسي في قطر في الأسابيع المقبلة");
    assertTrue(weeks.date().get().isAfter(PUB));
    assertEquals(DatePrecision.WEEK, weeks.precision());
    assertTrue(only("سيزور المنطقة خلال الأشهر القادمة").date().get().isAfter(PUB.plusDays(30)));
  }

  @Test
  void ibbInYemenIsNoAugust() {
    // إب folds to آب (August): without a year, شهر or الماضي it is the town
    assertEquals(List.of(), find("قصفت طائرات التحالف مواقع في إب وتعز"));
    assertEquals(Optional.of(LocalDate.of(2021, 8, 1)), only("وقع الهجوم في آب الماضي").date());
    assertEquals(Optional.of(LocalDate.of(2014, 8, 1)), only("سيطر التنظيم على المدينة في آب 2014").date());
    assertEquals(Optional.of(LocalDate.of(2021, 8, 1)), only("بدأت العمليات في شهر آب").date());
  }

  @Test
  void aBareYearAfterACueIsBackground() {
    TimeMention y = only("طردت السفير في بداية 2012");
    assertEquals(Optional.of(LocalDate.of(2012, 1, 1)), y.date());
    assertEquals(DatePrecision.YEAR, y.precision());
    assertTrue(y.background());
    assertEquals(List.of(), find("وصل 2012 شخصا"));
    assertEquals(List.of(), find("في عام 1415 هـ"));
  }

  @Test
  void aWeekdayIsTheMostRecentOneOrTheComingOneForTheFuture() {
    TimeMention wednesday = only("وصل الكاظمي الأربعاء إلى مخمور");
    assertEquals(Optional.of(PUB), wednesday.date());
    TimeMention monday = only("اجتمع يوم الاثنين");
    assertEquals(Optional.of(LocalDate.of(2021, 10, 25)), monday.date());
    assertEquals(Optional.of(LocalDate.of(2021, 11, 1)), monday.dateIfFuture());
  }

  @Test
  void lastWeekHasWeekPrecision() {
    TimeMention t = only("أغلقت الشرطة محلات الأسبوع الماضي");
    assertEquals(DatePrecision.WEEK, t.precision());
    assertEquals(Optional.of(PUB.minusDays(7)), t.date());
  }

  @Test
  void tomorrowAndNextWeekLieAhead() {
    day("يزور الوزير البصرة غدا", PUB.plusDays(1));
    assertEquals(DatePrecision.WEEK, only("يزور الوزير البصرة الأسبوع المقبل").precision());
  }

  @Test
  void explicitGregorianDatesInEveryForm() {
    day("في 12 أكتوبر 2021 وقع الهجوم", LocalDate.of(2021, 10, 12));
    day("في 12 تشرين الأول وقع الهجوم", LocalDate.of(2021, 10, 12));
    day("بتاريخ 2021-10-12 وقع", LocalDate.of(2021, 10, 12));
    day("بتاريخ 12/10/2021 وقع", LocalDate.of(2021, 10, 12));
  }

  @Test
  void aDateWithoutYearThatWouldLieFarAheadMeansLastYear() {
    day("في 20 ديسمبر هاجم مسلحون", LocalDate.of(2020, 12, 20));
  }

  @Test
  void hijriDatesAreConvertedWithTheJdkCalendar() {
    // 20 Rabi al-Awwal 1443 AH is 2021-10-26 in the JDK's Umm al-Qura calendar
    day("في 20 ربيع الأول 1443 هـ", LocalDate.of(2021, 10, 26));
    day("في 1 رمضان 1442", LocalDate.of(2021, 4, 13));
  }

  @Test
  void backgroundYearsKeepTheirOwnDate() {
    TimeMention t = only("سيطر التنظيم على المدينة في عام 2014");
    assertTrue(t.background());
    assertEquals(DatePrecision.YEAR, t.precision());
    assertEquals(Optional.of(LocalDate.of(2014, 1, 1)), t.date());
  }

  @Test
  void monthsAgoIsBackgroundWithoutADate() {
    TimeMention t = only("وقع هجوم مماثل قبل أشهر");
    assertTrue(t.background());
    assertTrue(t.date().isEmpty());
  }

  @Test
  void daysAgoCountBack() {
    day("قتل قبل ثلاثة أيام", PUB.minusDays(3));
    day("قتل قبل يومين", PUB.minusDays(2));
  }

  @Test
  void sinceDaysAgoCountsBackToTheStart() {
    day("هجوم بدأته تركيا منذ ستة أيام", PUB.minusDays(6));
  }

  private static List<String> keys(String sentence) {
    return Arrays.stream(sentence.split(" ")).map(Words::key).toList();
  }

  @Test
  void withoutAPublicationDateRelativeWordsKeepTheirPrecisionButNoDate() {
    LocalDate reference = LocalDate.of(2015, 7, 20);
    List<TimeMention> found = TimeExpressions.findUnanchored(keys("قتل ثلاثة أمس في هجوم شنه مسلحون الأربعاء"),
        reference);
    assertEquals(2, found.size(), found.toString());
    for (TimeMention t : found) {
      assertEquals(Optional.empty(), t.date(), t.toString());
      assertEquals(Optional.empty(), t.dateIfFuture(), t.toString());
      assertEquals(DatePrecision.DAY, t.precision());
      assertFalse(t.background());
    }
    // a full date fixes itself; a day and month without a year do not
    TimeMention full = TimeExpressions.findUnanchored(keys("وقع الهجوم في 17 يوليو 2015"), reference).get(0);
    assertEquals(Optional.of(LocalDate.of(2015, 7, 17)), full.date());
    assertEquals(Optional.empty(), TimeExpressions.findUnanchored(keys("وقع الهجوم في 17 يوليو"), reference).get(0).date());
    // last year is background whatever the publication date
    assertTrue(TimeExpressions.findUnanchored(keys("قتل في العام الماضي"), reference).get(0).background());
  }

  @Test
  void anArticleWithoutAPublicationDateIsReadAgainstItsLatestFullDate() {
    assertEquals(LocalDate.of(2015, 7, 17), TimeExpressions.reference(List.of(
        keys("وقع الهجوم في 17 يوليو 2015"), keys("بعد هجوم 3 مايو 2014"), keys("قتل ثلاثة أمس"))));
    assertEquals(TimeExpressions.NO_DATE_REFERENCE, TimeExpressions.reference(List.of(keys("قتل ثلاثة أمس"))));
    // the full date is not background against the article's own reference
    assertFalse(TimeExpressions.findUnanchored(keys("وقع الهجوم في 17 يوليو 2015"), LocalDate.of(2015, 7, 17))
        .get(0).background());
  }

  @Test
  void aSentenceWithoutTimeWordsHasNone() {
    assertTrue(find("بحث الكاظمي مع بارزاني التطورات السياسية").isEmpty());
    assertTrue(TimeExpressions.find(List.of(), PUB).isEmpty());
  }

  @Test
  void theDaysOfTheTwoFeastsAreTheRecentOnesOrTheComingOnesForTheFuture() {
    // Umm al-Qura: 1 Shawwal 1442 = 13 May 2021, 10 Dhu al-Hijja 1442 = 20 July 2021, 1 Shawwal 1443 = 2 May 2022
    TimeMention fitr = only("قتل سبعة في أول أيام عيد الفطر");
    assertEquals(Optional.of(LocalDate.of(2021, 5, 13)), fitr.date());
    assertEquals(Optional.of(LocalDate.of(2022, 5, 2)), fitr.dateIfFuture());
    day("قصفت الطائرات البلدة في ثاني أيام عيد الأضحى", LocalDate.of(2021, 7, 21));
    // العيد alone: the nearer of the two before publication
    day("قتل سبعة في أول أيام العيد", LocalDate.of(2021, 7, 20));
    day("قتل سبعة مدنيين في اليوم الأول للعيد", LocalDate.of(2021, 7, 20));
    day("قتل سبعة في اليوم الثاني من عيد الفطر", LocalDate.of(2021, 5, 14));
    // outside the Umm al-Qura calendar's years there is no feast day to give, and no error
    assertTrue(TimeExpressions.find(Arrays.stream("قتل سبعة في أول أيام عيد الفطر".split(" ")).map(Words::key)
        .toList(), LocalDate.of(1850, 1, 1)).isEmpty());
  }

  @Test
  void whatIsNamedAfterADayIsNoDate() {
    assertEquals(List.of(), find("هاجم رئيس حركة التغيير عضو الأمانة العامة لقوى 14 آذار الحكومة"));
    assertEquals(List.of(), find("منذ ثورة 25 يناير"));
    day("وصل الوفد في 14 آذار", LocalDate.of(2021, 3, 14));
  }

  @Test
  void anApproximateCountOfYearsAgoIsBackground() {
    assertTrue(only("صادرته قبل أكثر من أربع سنوات").background());
    assertTrue(only("قبل نحو ثلاث سنوات").background());
    day("قبل ثلاثة أيام", LocalDate.of(2021, 10, 24));
  }

  @Test
  void soLongAfterDatesWhatFollowsMin() {
    day("بعد يومين من مقتل رضيع", LocalDate.of(2021, 10, 25));
    day("وذلك بعد 3 أيام من هجوم انتحاري", LocalDate.of(2021, 10, 24));
    // بعد alone, or a count without من, is no date
    assertEquals(List.of(), find("بعد الهجوم على القافلة"));
    assertEquals(List.of(), find("وعاد بعد يومين إلى بغداد"));
  }
}
