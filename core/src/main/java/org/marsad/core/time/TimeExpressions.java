package org.marsad.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.core.events.Words;
import org.marsad.core.util.StringSet;

/**
 * Finds time expressions in a sentence's words and resolves them against the publication date.
 *
 * <p>Rules (words are matched by their {@link Words#candidates}, so وأمس and بالأمس count):
 * <ul>
 *   <li>غدا → the day after; الأسبوع المقبل / الشهر المقبل → a week / the month after; الأيام /
 *       الأسابيع / الأشهر المقبلة → 2 / 14 / 60 days after (precision week or month);
 *   <li>اليوم، الليلة → the publication day; أمس، البارحة، الليلة الماضية → the day before;
 *       أول أمس، أمس الأول، أول من أمس، الليلة قبل الماضية → two days before; قبل ساعات → the
 *       publication day; a weekday right after one of these (أمس الثلاثاء،
 *       اليوم الأربعاء) wins: the most recent such day on or before it, up to three days earlier,
 *       since the publication date given with an article may lag the day it was written;
 *   <li>a weekday name (الأربعاء، يوم الخميس) → the most recent such day on or before the
 *       publication date, or for the future tense the coming one on or after it;
 *   <li>الأسبوع الماضي → a week before (precision week); الشهر الماضي → the month before; العام
 *       الماضي → the year before, as background;
 *   <li>قبل (or منذ) N أيام / يومين / أسبوع → that many days before; قبل أشهر / سنوات / عامين، قبل
 *       ثلاث سنوات → background with no date (منذ خمس سنوات says how long, and dates nothing);
 *   <li>explicit Gregorian dates: day (a figure or an ordinal up to الحادي والثلاثين) + month name
 *       (يناير … ديسمبر, كانون الثاني … كانون الأول; both names, حزيران/يونيو, are one month) [+ year,
 *       or (من) العام الماضي / الجاري], d/m/yyyy, yyyy-mm-dd, and dates in figures whose separators the
 *       tokens drop (20 7 2015، 2015 7 20; a year from 1300 to 1500 is Hijri); a day من الشهر الجاري /
 *       الماضي; a missing year is the publication's, or the one before when
 *       that would lie more than {@link #FUTURE_SLACK_DAYS} days after publication;
 *   <li>Hijri dates: day + Hijri month [+ year] [هـ], converted with {@link HijrahDate};
 *   <li>the days of the two feasts (أول أيام عيد الفطر، ثاني أيام عيد الأضحى، أول أيام العيد، اليوم
 *       الأول للعيد);
 *   <li>عام / سنة + a four-digit year other than the publication year → background, precision year;
 *       so is a bare year after a word that announces a time (في 2012، منذ 2013، مطلع 2014);
 *   <li>a month without a day after such a word, or followed by a year, الماضي or المقبل (في يونيو،
 *       مارس الماضي، تموز 2014) → precision month: the most recent such month, or for the future
 *       tense the coming one; a month before the publication's is background.
 * </ul>
 */
public final class TimeExpressions {

  /** How far after the publication a date without a year may lie before it means last year. */
  public static final int FUTURE_SLACK_DAYS = 31;

  private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
      "الاحد", DayOfWeek.SUNDAY, "الاثنين", DayOfWeek.MONDAY, "الثلاثاء", DayOfWeek.TUESDAY,
      "الاربعاء", DayOfWeek.WEDNESDAY, "الخميس", DayOfWeek.THURSDAY, "الجمعه", DayOfWeek.FRIDAY,
      "السبت", DayOfWeek.SATURDAY);

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("يناير", 1), Map.entry("فبراير", 2), Map.entry("مارس", 3), Map.entry("ابريل", 4),
      Map.entry("مايو", 5), Map.entry("يونيو", 6), Map.entry("يونيه", 6), Map.entry("يوليو", 7),
      Map.entry("يوليه", 7), Map.entry("اغسطس", 8), Map.entry("سبتمبر", 9), Map.entry("اكتوبر", 10),
      Map.entry("نوفمبر", 11), Map.entry("ديسمبر", 12), Map.entry("شباط", 2), Map.entry("اذار", 3),
      Map.entry("نيسان", 4), Map.entry("ايار", 5), Map.entry("حزيران", 6), Map.entry("تموز", 7),
      Map.entry("اب", 8), Map.entry("ايلول", 9));

  /** Two-word Levantine month names: first word, then the ordinal. */
  private static final Map<String, Integer> TWO_WORD_MONTHS = Map.of(
      "تشرين الاول", 10, "تشرين الثاني", 11, "كانون الاول", 12, "كانون الثاني", 1);

  private static final Map<String, Integer> HIJRI_MONTHS = Map.ofEntries(
      Map.entry("محرم", 1), Map.entry("صفر", 2), Map.entry("رجب", 7), Map.entry("شعبان", 8),
      Map.entry("رمضان", 9), Map.entry("شوال", 10));

  private static final Map<String, Integer> TWO_WORD_HIJRI = Map.ofEntries(
      Map.entry("ربيع الاول", 3), Map.entry("ربيع الثاني", 4), Map.entry("ربيع الاخر", 4),
      Map.entry("جمادي الاولي", 5), Map.entry("جمادي الاول", 5), Map.entry("جمادي الاخره", 6),
      Map.entry("جمادي الثانيه", 6), Map.entry("ذو القعده", 11), Map.entry("ذي القعده", 11),
      Map.entry("ذو الحجه", 12), Map.entry("ذي الحجه", 12));

  /**
   * Spans still to come (الأيام المقبلة، الأسابيع القادمة، الأشهر المقبلة): how many days ahead they
   * are dated, with precision week or month; their events are planned.
   */
  private static final Map<String, Integer> COMING_SPANS = Map.of("الايام", 2, "الاسابيع", 14, "الاشهر", 60,
      "الشهور", 60, "الفتره", 7, "المرحله", 7);
  private static final Set<String> TODAY = StringSet.of("اليوم", "الليله", "حاليا");
  private static final Set<String> YESTERDAY = StringSet.of("امس", "البارحه");
  private static final Set<String> YEAR_WORDS = StringSet.of("عام", "العام", "سنه", "السنه");
  private static final Map<String, Integer> SMALL_NUMBERS = Map.of("يومين", 2, "ثلاثه", 3, "اربعه", 4, "خمسه", 5,
      "سته", 6, "سبعه", 7, "عشره", 10);

  /** Words after which a bare year or month name is a time (في 2012، منذ 2013، مطلع يونيو، شهر مارس). */
  /** Month names that fold to a town's name (آب, August, and إب in Yemen): only with a year, شهر or الماضي. */
  private static final Set<String> PLACE_MONTHS = StringSet.of("اب");
  private static final Set<String> PERIOD_CUES = StringSet.of("في", "منذ", "بدايه", "مطلع", "نهايه", "اواخر", "اوائل",
      "منتصف", "خلال", "حتي", "حتى", "شهر", "اواسط", "قبل", "بعد", "بحلول", "ابتداء", "اعتبارا");
  /** Ordinal days before من and a month (الأول من يوليو). */
  private static final Map<String, Integer> ORDINAL_DAYS = Map.of("الاول", 1, "الثاني", 2, "الثالث", 3,
      "الرابع", 4, "الخامس", 5, "السادس", 6, "السابع", 7, "الثامن", 8, "التاسع", 9, "العاشر", 10);
  /** The earliest bare year read as a date. */
  private static final int EARLIEST_YEAR = 1900;
  /** قبل أشهر / سنوات / عامين: long ago, background without a date. */
  private static final Set<String> LONG_AGO = StringSet.of("اشهر", "شهور", "سنوات", "اعوام", "عامين", "سنتين", "عقود",
      "عقد");
  /** Counted spans (قبل ثلاث سنوات، قبل 5 أشهر): long ago too. */
  private static final Set<String> COUNTED_LONG_AGO = StringSet.of("اشهر", "شهور", "سنوات", "اعوام", "سنين", "عقود");
  /** Words that make a count approximate (قبل نحو عامين), plain. */
  private static final Set<String> APPROXIMATE = StringSet.of("نحو", "حوالي", "قرابه", "زهاء");
  /** Days counted back (قبل ثلاثة أيام، قبل 10 أيام), plain. */
  private static final Set<String> DAYS = StringSet.of("ايام", "يوما");
  /** What is named after a day (قوى 14 آذار، ثورة 25 يناير، حركة 6 أبريل): its day and month date nothing. */
  private static final Set<String> NAMED_AFTER_A_DAY = StringSet.of("قوي", "قوى", "تحالف", "تيار", "حركه", "ثوره",
      "انتفاضه", "ائتلاف");
  /** Dates in figures, ISO (2021-10-27) and day first (27/10/2021); compiled once, not per word. */
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
  private static final Pattern DAY_FIRST_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
  /** The era written after a date in figures (هـ, م). */
  private static final Set<String> ERA_MARKS = StringSet.of("ه", "هـ", "م");
  /** Years of a date in figures read as Hijri (3/10/1436 هـ). */
  private static final int HIJRI_FIRST_YEAR = 1300;
  private static final int HIJRI_LAST_YEAR = 1500;

  private TimeExpressions() {}

  /** Every time expression in the words (normalised keys, see {@link Words#key}) of one sentence. */
  public static List<TimeMention> find(List<String> keys, LocalDate published) {
    List<TimeMention> out = new ArrayList<>();
    int i = 0;
    while (i < keys.size()) {
      Optional<TimeMention> m = at(keys, i, published);
      if (m.isPresent()) {
        out.add(m.get());
        i = m.get().last() + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The reference an article without a publication date is read against when it names no full date. */
  public static final LocalDate NO_DATE_REFERENCE = LocalDate.of(2100, 1, 4);
  /** How far apart the two readings of {@link #findUnanchored} are: 53 weeks, so a weekday stays one. */
  private static final int SECOND_READING_DAYS = 53 * 7;

  /**
   * The time expressions of a sentence whose article has no publication date. They are the same
   * expressions as with one (an attack "yesterday" is still dated to a day, a recollection "last
   * year" still background), but only a date the text fixes by itself is kept:
   * <ul>
   *   <li>the words are read as if published on {@code reference}, then 53 weeks later;</li>
   *   <li>an expression whose date is the same both times is absolute (a full date, a year) and keeps
   *       it; one whose date moves (أمس، الأربعاء، 17 يوليو، مارس الماضي) has none;</li>
   *   <li>background only when it is background both times; an expression found only once is left out.</li>
   * </ul>
   * {@code reference} should be the latest absolute date of the article ({@link #reference}), so that
   * explicit dates are not taken for background.
   */
  public static List<TimeMention> findUnanchored(List<String> keys, LocalDate reference) {
    List<TimeMention> first = find(keys, reference);
    if (first.isEmpty()) {
      return first;
    }
    List<TimeMention> second = find(keys, reference.plusDays(SECOND_READING_DAYS));
    List<TimeMention> out = new ArrayList<>(first.size());
    for (TimeMention a : first) {
      for (TimeMention b : second) {
        if (b.first() == a.first() && b.last() == a.last()) {
          boolean fixed = a.date().equals(b.date());
          out.add(new TimeMention(a.first(), a.last(), fixed ? a.date() : Optional.empty(),
              fixed && a.dateIfFuture().equals(b.dateIfFuture()) ? a.dateIfFuture() : Optional.empty(),
              a.precision(), a.background() && b.background()));
          break;
        }
      }
    }
    return out;
  }

  /**
   * What an article without a publication date is read against: its latest absolute date (a full date
   * or a year the text fixes, {@link #findUnanchored}), or {@link #NO_DATE_REFERENCE} when it has none.
   *
   * @param sentences the normalised keys of each sentence
   */
  public static LocalDate reference(List<List<String>> sentences) {
    LocalDate latest = null;
    for (List<String> keys : sentences) {
      for (TimeMention t : findUnanchored(keys, NO_DATE_REFERENCE)) {
        if (t.date().isPresent() && (latest == null || t.date().get().isAfter(latest))) {
          latest = t.date().get();
        }
      }
    }
    return latest != null ? latest : NO_DATE_REFERENCE;
  }

  private static boolean is(List<String> keys, int i, Set<String> words) {
    if (i < 0 || i >= keys.size()) {
      return false;
    }
    for (String c : Words.candidates(keys.get(i))) {
      if (words.contains(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean is(List<String> keys, int i, String word) {
    return is(keys, i, Set.of(word));
  }

  private static String plain(List<String> keys, int i) {
    String k = keys.get(i);
    if (k.length() > 3 && (k.charAt(0) == 'و' || k.charAt(0) == 'ف')) {
      k = k.substring(1);
    }
    if (k.length() > 3 && (k.charAt(0) == 'ب' || k.charAt(0) == 'ل' || k.charAt(0) == 'ك') && k.startsWith("ال", 1)) {
      k = k.substring(1);
    }
    if (k.length() > 3 && k.charAt(0) == 'ب' && !k.startsWith("ال", 1) && WEEKDAYS.containsKey("ال" + k.substring(1))) {
      k = "ال" + k.substring(1);
    }
    return k;
  }

  private static final Map<String, Integer> EID_ORDINALS = Map.of("اول", 1, "ثاني", 2, "ثالث", 3, "رابع", 4);
  /** The first day of each feast as Hijri month and day: Eid al-Fitr 1 Shawwal, Eid al-Adha 10 Dhu al-Hijja. */
  private static final int[] FITR = {10, 1};
  private static final int[] ADHA = {12, 10};

  /** The feasts a name starting at word {@code j} means, and the name's last word. */
  private record Feast(List<int[]> days, int last) {}

  private static Optional<Feast> feastAt(List<String> keys, int j) {
    if (j >= keys.size()) {
      return Optional.empty();
    }
    String k = plain(keys, j);
    if (k.equals("العيد") || keys.get(j).equals("للعيد")) {
      return Optional.of(new Feast(List.of(FITR, ADHA), j)); // العيد alone: either feast
    }
    if ((k.equals("عيد") || k.equals("لعيد")) && j + 1 < keys.size()) {
      String which = plain(keys, j + 1);
      if (which.equals("الفطر")) {
        return Optional.of(new Feast(List.of(FITR), j + 1));
      }
      if (which.equals("الاضحي")) {
        return Optional.of(new Feast(List.of(ADHA), j + 1));
      }
    }
    return Optional.empty();
  }

  /**
   * The Nth day of a feast (أول أيام عيد الفطر، ثاني أيام عيد الأضحى، ثالث أيام العيد، اليوم الأول للعيد،
   * اليوم الثاني من عيد الفطر), by the Umm al-Qura calendar ({@link HijrahDate}): the most recent such day
   * on or before publication, or for the future tense the coming one; العيد alone is whichever of the
   * two feasts lies nearer.
   */
  private static Optional<TimeMention> eidDay(List<String> keys, int i, String w, LocalDate pub) {
    int nth;
    Optional<Feast> feast;
    if (EID_ORDINALS.containsKey(w) && is(keys, i + 1, "ايام")) {
      nth = EID_ORDINALS.get(w);
      feast = feastAt(keys, i + 2);
    } else if (w.equals("اليوم") && i + 2 < keys.size() && ORDINAL_DAYS.getOrDefault(plain(keys, i + 1), 9) <= 4) {
      nth = ORDINAL_DAYS.get(plain(keys, i + 1));
      feast = plain(keys, i + 2).equals("من") ? feastAt(keys, i + 3) : feastAt(keys, i + 2);
    } else {
      return Optional.empty();
    }
    if (feast.isEmpty()) {
      return Optional.empty();
    }
    LocalDate past = null;
    LocalDate next = null;
    try {
      int year = HijrahDate.from(pub).get(ChronoField.YEAR);
      for (int[] f : feast.get().days()) {
        for (int y = year - 1; y <= year + 1; y++) {
          LocalDate d = LocalDate.from(HijrahDate.of(y, f[0], f[1])).plusDays(nth - 1);
          if (!d.isAfter(pub) && (past == null || d.isAfter(past))) {
            past = d;
          }
          if (!d.isBefore(pub) && (next == null || d.isBefore(next))) {
            next = d;
          }
        }
      }
    } catch (java.time.DateTimeException outsideTheCalendar) {
      return Optional.empty(); // the Umm al-Qura calendar covers 1300–1600 AH only
    }
    return Optional.of(new TimeMention(i, feast.get().last(), Optional.ofNullable(past), Optional.ofNullable(next),
        DatePrecision.DAY, false));
  }

  /** Words that can begin a time expression (after clitics are stripped); anything else is skipped fast. */
  private static final Set<String> STARTS = starts();

  private static Set<String> starts() {
    Set<String> s = new java.util.HashSet<>();
    s.addAll(EID_ORDINALS.keySet());
    s.addAll(Set.of("اول", "الليله", "الاسبوع", "الشهر", "قبل", "بعد", "منذ", "يوم", "غدا", "غد", "عام", "العام", "سنه", "السنه"));
    s.addAll(YESTERDAY);
    s.addAll(TODAY);
    s.addAll(COMING_SPANS.keySet());
    s.addAll(WEEKDAYS.keySet());
    s.addAll(MONTHS.keySet());
    s.addAll(Set.of("تشرين", "كانون"));
    s.addAll(ORDINAL_DAYS.keySet());
    s.addAll(Set.of("الحادي", "العشرين", "الثلاثين"));
    return StringSet.copyOf(s);
  }

  private static Optional<TimeMention> at(List<String> keys, int i, LocalDate pub) {
    Optional<TimeMention> t = expressionAt(keys, i, pub);
    if (t.isEmpty() || t.get().precision() != DatePrecision.DAY || t.get().date().isEmpty()) {
      return t;
    }
    TimeMention m = t.get();
    String w = plain(keys, i);
    boolean relative = YESTERDAY.contains(w) || YESTERDAY.contains(Words.bare(w)) || w.equals("اليوم") || w.equals("اول");
    int next = m.last() + 1;
    if (!relative || next >= keys.size()) {
      return t;
    }
    DayOfWeek dow = WEEKDAYS.get(plain(keys, next));
    if (dow == null) {
      return t;
    }
    // أمس الثلاثاء: the weekday names the day the writer meant, the nearest such day (the date given with an
    // article may lag the day it was written by most of a week): most often on or before the relative day
    // (اليوم الاثنين in an article given a Friday date: Monday), but the day after it when the writer counted
    // from a later day (أمس الأول الجمعة, given a Saturday date: that Friday, not the one of the week before);
    // never after publication
    LocalDate relativeDay = m.date().get();
    LocalDate d = relativeDay.with(TemporalAdjusters.previousOrSame(dow));
    LocalDate later = relativeDay.with(TemporalAdjusters.nextOrSame(dow));
    if (!later.isAfter(pub)
        && later.toEpochDay() - relativeDay.toEpochDay() < relativeDay.toEpochDay() - d.toEpochDay()) {
      d = later;
    }
    return day(i, next, d);
  }

  /** The expression starting at word {@code i}, before a weekday after it is considered. */
  private static Optional<TimeMention> expressionAt(List<String> keys, int i, LocalDate pub) {
    String k = keys.get(i);
    if (k.isEmpty()) {
      return Optional.empty();
    }
    String w = plain(keys, i);
    if (!Character.isDigit(w.charAt(0)) && !STARTS.contains(w) && !STARTS.contains(Words.bare(w))) {
      return Optional.empty();
    }
    Optional<TimeMention> eid = eidDay(keys, i, w, pub);
    if (eid.isPresent()) {
      return eid;
    }
    // أول أمس / أمس الأول
    if ((w.equals("اول") && is(keys, i + 1, YESTERDAY))) {
      return day(i, i + 1, pub.minusDays(2));
    }
    // أول من أمس، الأول من أمس (read as أمس alone, a day late, before)
    if ((w.equals("اول") || w.equals("الاول")) && i + 2 < keys.size() && plain(keys, i + 1).equals("من")
        && is(keys, i + 2, YESTERDAY)) {
      return day(i, i + 2, pub.minusDays(2));
    }
    // الليلة قبل الماضية: the night before last
    if (w.equals("الليله") && i + 2 < keys.size() && plain(keys, i + 1).equals("قبل")
        && plain(keys, i + 2).equals("الماضيه")) {
      return day(i, i + 2, pub.minusDays(2));
    }
    if (YESTERDAY.contains(w) || YESTERDAY.contains(Words.bare(w))) {
      if (i + 1 < keys.size() && plain(keys, i + 1).equals("الاول")) {
        return day(i, i + 1, pub.minusDays(2));
      }
      return day(i, i, pub.minusDays(1));
    }
    if (w.equals("الليله") && i + 1 < keys.size() && plain(keys, i + 1).equals("الماضيه")) {
      return day(i, i + 1, pub.minusDays(1));
    }
    if (TODAY.contains(w)) {
      return day(i, i, pub);
    }
    if (w.equals("غدا") || w.equals("غد")) {
      return day(i, i, pub.plusDays(1));
    }
    Integer ahead = COMING_SPANS.get(w);
    if (ahead != null && i + 1 < keys.size()
        && (plain(keys, i + 1).equals("المقبله") || plain(keys, i + 1).equals("القادمه"))) {
      LocalDate d = pub.plusDays(ahead);
      return Optional.of(new TimeMention(i, i + 1, Optional.of(d), Optional.of(d),
          ahead >= 30 ? DatePrecision.MONTH : DatePrecision.WEEK, false));
    }
    if ((w.equals("الاسبوع") || w.equals("الشهر")) && i + 1 < keys.size()
        && (plain(keys, i + 1).equals("المقبل") || plain(keys, i + 1).equals("القادم"))) {
      if (w.equals("الاسبوع")) {
        return Optional.of(new TimeMention(i, i + 1, Optional.of(pub.plusDays(7)), Optional.of(pub.plusDays(7)),
            DatePrecision.WEEK, false));
      }
      LocalDate m = pub.plusMonths(1).withDayOfMonth(1);
      return Optional.of(new TimeMention(i, i + 1, Optional.of(m), Optional.of(m), DatePrecision.MONTH, false));
    }
    if ((w.equals("الاسبوع") || w.equals("الشهر") || YEAR_WORDS.contains(w)) && i + 1 < keys.size()
        && (plain(keys, i + 1).equals("الماضي") || plain(keys, i + 1).equals("المنصرم"))) {
      if (w.equals("الاسبوع")) {
        return Optional.of(new TimeMention(i, i + 1, Optional.of(pub.minusDays(7)), Optional.of(pub.minusDays(7)), DatePrecision.WEEK, false));
      }
      if (w.equals("الشهر")) {
        LocalDate m = pub.minusMonths(1).withDayOfMonth(1);
        return Optional.of(new TimeMention(i, i + 1, Optional.of(m), Optional.of(m), DatePrecision.MONTH, false));
      }
      LocalDate y = pub.minusYears(1).withDayOfYear(1);
      return Optional.of(new TimeMention(i, i + 1, Optional.of(y), Optional.of(y), DatePrecision.YEAR, true));
    }
    if (w.equals("قبل") && i + 1 < keys.size()) {
      return before(keys, i, pub);
    }
    if (w.equals("بعد") && i + 3 < keys.size()) {
      // بعد يومين من مقتل رضيع، بعد 3 أيام من هجوم انتحاري: what follows من happened that long before
      Optional<TimeMention> ago = before(keys, i, pub);
      if (ago.isPresent() && !ago.get().background() && ago.get().last() + 1 < keys.size()
          && plain(keys, ago.get().last() + 1).equals("من")) {
        TimeMention t = ago.get();
        return Optional.of(new TimeMention(i, t.last() + 1, t.date(), t.dateIfFuture(), t.precision(), false));
      }
    }
    if (w.equals("منذ") && i + 1 < keys.size()) {
      // هجوم بدأته تركيا منذ ستة أيام: it began that many days before
      Optional<TimeMention> since = before(keys, i, pub);
      if (since.isPresent()) {
        return since;
      }
    }
    String weekday = w.equals("يوم") && i + 1 < keys.size() ? plain(keys, i + 1) : w;
    DayOfWeek dow = WEEKDAYS.get(weekday);
    if (dow != null) {
      int last = w.equals("يوم") ? i + 1 : i;
      String after = last + 1 < keys.size() ? plain(keys, last + 1) : "";
      if (after.equals("الماضي") || after.equals("الماضيه") || after.equals("المنصرم")) {
        // يوم الجمعة الماضي in a Friday's paper is a week ago, not today
        LocalDate past = pub.with(TemporalAdjusters.previous(dow));
        return Optional.of(new TimeMention(i, last + 1, Optional.of(past), Optional.of(past), DatePrecision.DAY, false));
      }
      if (after.equals("المقبل") || after.equals("المقبله") || after.equals("القادم") || after.equals("القادمه")) {
        LocalDate next = pub.with(TemporalAdjusters.next(dow)); // الجمعة المقبل in a Friday's paper: a week on
        return Optional.of(new TimeMention(i, last + 1, Optional.of(next), Optional.of(next), DatePrecision.DAY, false));
      }
      LocalDate past = pub.with(TemporalAdjusters.previousOrSame(dow));
      LocalDate next = pub.with(TemporalAdjusters.nextOrSame(dow));
      return Optional.of(new TimeMention(i, last, Optional.of(past), Optional.of(next), DatePrecision.DAY, false));
    }
    Optional<TimeMention> figures = figures(keys, i, pub);
    if (figures.isPresent()) {
      return figures;
    }
    if (isYear(w) && i > 0 && PERIOD_CUES.contains(plain(keys, i - 1))) {
      int year = Integer.parseInt(w);
      if (year != pub.getYear() && year <= pub.getYear() && year >= EARLIEST_YEAR) {
        LocalDate y = LocalDate.of(year, 1, 1);
        return Optional.of(new TimeMention(i, i, Optional.of(y), Optional.of(y), DatePrecision.YEAR, true));
      }
      return Optional.empty();
    }
    if (isDigits(w)) {
      return numeric(keys, i, w, pub);
    }
    int[] ordinal = ordinalDay(keys, i, w);
    if (ordinal != null && ordinal[1] + 1 < keys.size() && plain(keys, ordinal[1] + 1).equals("من")) {
      Optional<TimeMention> d = dayMonth(keys, i, ordinal[1], ordinal[0], pub);
      if (d.isPresent()) {
        return d;
      }
    }
    Optional<TimeMention> month = month(keys, i, w, pub);
    if (month.isPresent()) {
      return month;
    }
    if (YEAR_WORDS.contains(w) && i + 1 < keys.size() && isYear(keys.get(i + 1))) {
      int year = Integer.parseInt(keys.get(i + 1));
      // عام 1415 هـ is a Hijri year: not read as a Gregorian one
      if (year != pub.getYear() && year <= pub.getYear() && year >= EARLIEST_YEAR) {
        LocalDate y = LocalDate.of(year, 1, 1);
        return Optional.of(new TimeMention(i, i + 1, Optional.of(y), Optional.of(y), DatePrecision.YEAR, true));
      }
    }
    return Optional.empty();
  }

  /**
   * A month without a day (في يونيو، منتصف تموز الماضي، مارس 2013، كانون الثاني المقبل), after a word
   * that announces a time ({@link #PERIOD_CUES}) or followed by a year, الماضي، المقبل or الحالي, since
   * several month names are also words (مارس "practised", نيسان, آب). Without a year it is the most
   * recent such month (this one included), or for the future tense the coming one; a month other
   * than the publication's is background.
   */
  private static Optional<TimeMention> month(List<String> keys, int i, String w, LocalDate pub) {
    Integer month = i + 1 < keys.size() ? TWO_WORD_MONTHS.get(w + " " + plain(keys, i + 1)) : null;
    int last = month != null ? i + 1 : i;
    if (month == null) {
      month = MONTHS.get(w);
    }
    if (month == null) {
      return Optional.empty();
    }
    boolean paired = false;
    int pair = sameMonthAfter(keys, last, month);
    if (pair > last) {
      last = pair; // حزيران/يونيو، أيار (مايو): a month named in both calendars' names is one month
      paired = true;
    }
    int[] ofYear = ofYear(keys, last, pub);
    String next = last + 1 < keys.size() ? plain(keys, last + 1) : "";
    boolean cued = paired || i > 0 && PERIOD_CUES.contains(plain(keys, i - 1));
    Integer year = isYear(next) ? Integer.valueOf(Integer.parseInt(next)) : ofYear != null ? Integer.valueOf(ofYear[0]) : null;
    boolean past = next.equals("الماضي") || next.equals("المنصرم");
    boolean coming = next.equals("المقبل") || next.equals("القادم");
    if (!cued && year == null && !past && !coming && !next.equals("الحالي")) {
      return Optional.empty();
    }
    if (PLACE_MONTHS.contains(w) && year == null && !past && !coming && !next.equals("الحالي")
        && !(i > 0 && plain(keys, i - 1).equals("شهر"))) {
      return Optional.empty(); // في إب: the Yemeni city, which folds to آب (August)
    }
    if (ofYear != null) {
      last = ofYear[1];
    } else if (year != null || past || coming || next.equals("الحالي")) {
      last++;
    }
    LocalDate thisYear = LocalDate.of(pub.getYear(), month, 1);
    LocalDate current = pub.withDayOfMonth(1);
    LocalDate recent = year != null ? LocalDate.of(year, month, 1)
        : past && !thisYear.isBefore(current) || thisYear.isAfter(current.plusMonths(1)) ? thisYear.minusYears(1)
        : thisYear;
    LocalDate future = year != null ? recent : thisYear.isBefore(current) ? thisYear.plusYears(1) : thisYear;
    LocalDate date = coming ? future : recent;
    boolean background = date.isBefore(current);
    return Optional.of(new TimeMention(i, last, Optional.of(date), Optional.of(coming ? date : future),
        DatePrecision.MONTH, background));
  }

  /**
   * The last word of the same month named again after word {@code last} in the other calendar's name
   * (حزيران/يونيو، يونيو (حزيران)، تشرين الثاني/نوفمبر: the tokens drop the slash and brackets), else
   * {@code last}.
   */
  private static int sameMonthAfter(List<String> keys, int last, int month) {
    if (last + 1 >= keys.size()) {
      return last;
    }
    String one = plain(keys, last + 1);
    Integer two = last + 2 < keys.size() ? TWO_WORD_MONTHS.get(one + " " + plain(keys, last + 2)) : null;
    if (two != null && two == month) {
      return last + 2;
    }
    Integer single = MONTHS.get(one);
    return single != null && single == month ? last + 1 : last;
  }

  /**
   * A year given after word {@code last} as a relative one: (من) العام الماضي / المنصرم / الجاري / الحالي، من
   * هذا العام; returns {year, last word} or null.
   */
  private static int[] ofYear(List<String> keys, int last, LocalDate pub) {
    int j = last + 1;
    if (j < keys.size() && plain(keys, j).equals("من")) {
      j++;
    }
    if (j + 1 >= keys.size()) {
      return null;
    }
    String a = plain(keys, j);
    String b = plain(keys, j + 1);
    if (a.equals("هذا") && YEAR_WORDS.contains(b)) {
      return new int[] {pub.getYear(), j + 1};
    }
    if (!a.equals("العام") && !a.equals("السنه")) {
      return null;
    }
    if (b.equals("الماضي") || b.equals("المنصرم") || b.equals("الماضيه")) {
      return new int[] {pub.getYear() - 1, j + 1};
    }
    if (b.equals("الجاري") || b.equals("الحالي") || b.equals("الحاليه")) {
      return new int[] {pub.getYear(), j + 1};
    }
    return null;
  }

  private static Optional<TimeMention> day(int first, int last, LocalDate d) {
    return Optional.of(new TimeMention(first, last, Optional.of(d), Optional.of(d), DatePrecision.DAY, false));
  }

  /** قبل N أيام، قبل يومين، قبل أسبوع؛ قبل أشهر/سنوات/عامين is background without a date. */
  private static Optional<TimeMention> before(List<String> keys, int i, LocalDate pub) {
    String next = plain(keys, i + 1);
    if (next.equals("يومين")) {
      return day(i, i + 1, pub.minusDays(2));
    }
    if (next.equals("ساعات") || next.equals("ساعه")) {
      return day(i, i + 1, pub); // قبل ساعات: the day of the report
    }
    if (next.equals("اسبوع")) {
      return Optional.of(new TimeMention(i, i + 1, Optional.of(pub.minusDays(7)), Optional.of(pub.minusDays(7)), DatePrecision.WEEK, false));
    }
    // قبل أكثر من أربع سنوات، قبل نحو عامين: a count made approximate is long ago all the same
    int at = i + 1;
    if (APPROXIMATE.contains(next) && at + 1 < keys.size()) {
      at++;
    } else if (next.equals("اكثر") && at + 2 < keys.size() && plain(keys, at + 1).equals("من")) {
      at += 2;
    }
    String count = plain(keys, at);
    if (LONG_AGO.contains(count)) {
      return Optional.of(new TimeMention(i, at, Optional.empty(), Optional.empty(), DatePrecision.YEAR, true));
    }
    Integer n = SMALL_NUMBERS.get(count);
    if (n == null) {
      n = SMALL_NUMBERS.get(count + "ه"); // ثلاث سنوات، خمس سنوات: the feminine count
    }
    if (n == null && isDigits(count) && count.length() <= 2) {
      n = Integer.parseInt(count);
    }
    if (n != null && at + 1 < keys.size() && plain(keys, i).equals("قبل")
        && COUNTED_LONG_AGO.contains(plain(keys, at + 1))) {
      // قبل ثلاث سنوات: long before (منذ خمس سنوات is how long something has lasted, not when)
      return Optional.of(new TimeMention(i, at + 1, Optional.empty(), Optional.empty(), DatePrecision.YEAR, true));
    }
    if (n != null && at == i + 1 && i + 2 < keys.size() && DAYS.contains(plain(keys, i + 2))) {
      return day(i, i + 2, pub.minusDays(n));
    }
    return Optional.empty();
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty() || !Character.isDigit(s.charAt(0))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c == '/' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isYear(String s) {
    return s.length() == 4 && Words.allDigits(s);
  }

  /** 27 أكتوبر [2021]، 27 تشرين الأول، 15 رمضان 1443 هـ، 27/10/2021، 2021-10-27. */
  private static Optional<TimeMention> numeric(List<String> keys, int i, String w, LocalDate pub) {
    try {
      if (ISO_DATE.matcher(w).matches()) {
        String[] p = w.split("-");
        return day(i, i, LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])));
      }
      if (DAY_FIRST_DATE.matcher(w).matches()) {
        String[] p = w.split("/");
        return day(i, i, LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0])));
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    if (w.length() > 2 || !Words.allDigits(w) || i + 1 >= keys.size()) {
      return Optional.empty();
    }
    return dayMonth(keys, i, i, Integer.parseInt(w), pub);
  }

  /**
   * An ordinal day of the month at word {@code i} (الأول … العاشر، الحادي عشر، العشرين، الثاني والعشرين،
   * الحادي والثلاثين) as {day, last word}, or null.
   */
  private static int[] ordinalDay(List<String> keys, int i, String w) {
    if (w.equals("العشرين")) {
      return new int[] {20, i};
    }
    if (w.equals("الثلاثين")) {
      return new int[] {30, i};
    }
    Integer unit = w.equals("الحادي") ? Integer.valueOf(1) : ORDINAL_DAYS.get(w);
    if (unit == null) {
      return null;
    }
    String next = i + 1 < keys.size() ? plain(keys, i + 1) : "";
    if (unit < 10 && next.equals("عشر")) {
      return new int[] {10 + unit, i + 1};
    }
    if (unit < 10 && next.equals("العشرين")) { // plain() has taken و off والعشرين
      return new int[] {20 + unit, i + 1};
    }
    if (unit == 1 && next.equals("الثلاثين")) {
      return new int[] {31, i + 1};
    }
    return w.equals("الحادي") ? null : new int[] {unit, i};
  }

  /**
   * A date written in figures, the separators dropped by the tokens: 20/7/2015، 2015/7/20، 3/10/1436 هـ
   * (a year from 1300 to 1500 is Hijri). Returns empty when the figures are no date.
   */
  private static Optional<TimeMention> figures(List<String> keys, int i, LocalDate pub) {
    if (i + 2 >= keys.size()) {
      return Optional.empty();
    }
    String a = keys.get(i);
    String b = keys.get(i + 1);
    String c = keys.get(i + 2);
    if (!allDigits(a) || !allDigits(b) || !allDigits(c) || b.length() > 2) {
      return Optional.empty();
    }
    int year;
    int dayOfMonth;
    if (a.length() == 4 && c.length() <= 2) {
      year = Integer.parseInt(a);
      dayOfMonth = Integer.parseInt(c);
    } else if (a.length() <= 2 && c.length() == 4) {
      year = Integer.parseInt(c);
      dayOfMonth = Integer.parseInt(a);
    } else {
      return Optional.empty();
    }
    int month = Integer.parseInt(b);
    int last = i + 2;
    if (last + 1 < keys.size() && ERA_MARKS.contains(keys.get(last + 1))) {
      last++;
    }
    try {
      LocalDate d;
      if (year >= HIJRI_FIRST_YEAR && year <= HIJRI_LAST_YEAR) {
        d = LocalDate.from(HijrahDate.of(year, month, dayOfMonth));
      } else if (year >= EARLIEST_YEAR && year <= pub.getYear() + 1) {
        d = LocalDate.of(year, month, dayOfMonth);
      } else {
        return Optional.empty();
      }
      return Optional.of(new TimeMention(i, last, Optional.of(d), Optional.of(d), DatePrecision.DAY,
          d.isBefore(pub.minusYears(1))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** {@link #NAMED_AFTER_A_DAY}, with ل or ب before it or not (لقوى 14 آذار). */
  private static boolean namedAfterADay(String key) {
    return NAMED_AFTER_A_DAY.contains(key) || key.length() > 3 && (key.charAt(0) == 'ل' || key.charAt(0) == 'ب')
        && NAMED_AFTER_A_DAY.contains(key.substring(1));
  }

  private static boolean allDigits(String s) {
    return !s.isEmpty() && s.length() <= 4 && s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
  }

  /** A day of the month at word {@code i}, then (من) and a month name [+ year]: 5 يونيو، الأول من تموز. */
  private static Optional<TimeMention> dayMonth(List<String> keys, int i, int end, int dayOfMonth, LocalDate pub) {
    int j = end + 1 < keys.size() && plain(keys, end + 1).equals("من") ? end + 2 : end + 1;
    if (j >= keys.size() || i > 0 && namedAfterADay(plain(keys, i - 1))) {
      return Optional.empty();
    }
    String m1 = plain(keys, j);
    String m2 = j + 1 < keys.size() ? m1 + " " + plain(keys, j + 1) : "";
    // 18 من الشهر الجاري، الخامس من هذا الشهر، 30 من الشهر الماضي
    if (m2.equals("الشهر الجاري") || m2.equals("الشهر الحالي") || m2.equals("هذا الشهر")
        || m2.equals("الشهر الماضي") || m2.equals("الشهر المنصرم")) {
      LocalDate month = m1.equals("هذا") || m2.endsWith("الجاري") || m2.endsWith("الحالي")
          ? pub.withDayOfMonth(1) : pub.minusMonths(1).withDayOfMonth(1);
      if (dayOfMonth > month.lengthOfMonth()) {
        return Optional.empty();
      }
      return day(i, j + 1, month.withDayOfMonth(dayOfMonth));
    }
    Integer month = TWO_WORD_MONTHS.get(m2);
    int last = j + 1;
    boolean hijri = false;
    if (month == null) {
      month = TWO_WORD_HIJRI.get(m2);
      hijri = month != null;
    }
    if (month == null) {
      last = j;
      month = MONTHS.get(m1);
      if (month == null) {
        month = HIJRI_MONTHS.get(m1);
        hijri = month != null;
      }
    }
    if (month == null) {
      return Optional.empty();
    }
    if (!hijri) {
      last = sameMonthAfter(keys, last, month);
    }
    Integer year = null;
    int[] ofYear = ofYear(keys, last, pub);
    if (ofYear != null) {
      year = ofYear[0];
      last = ofYear[1];
    } else if (last + 1 < keys.size() && isYear(keys.get(last + 1))) {
      year = Integer.parseInt(keys.get(last + 1));
      last++;
      if (last + 1 < keys.size() && (keys.get(last + 1).equals("ه") || keys.get(last + 1).equals("هـ"))) {
        last++;
      }
    }
    try {
      LocalDate d;
      LocalDate future;
      if (hijri) {
        int y = year != null ? year : HijrahDate.from(pub).get(ChronoField.YEAR);
        d = LocalDate.from(HijrahDate.of(y, month, dayOfMonth));
        future = year == null && d.isBefore(pub) ? LocalDate.from(HijrahDate.of(y + 1, month, dayOfMonth)) : d;
        if (year == null && d.isAfter(pub.plusDays(FUTURE_SLACK_DAYS))) {
          d = LocalDate.from(HijrahDate.of(y - 1, month, dayOfMonth));
        }
      } else {
        int y = year != null ? year : pub.getYear();
        d = LocalDate.of(y, month, dayOfMonth);
        future = year == null && d.isBefore(pub) ? d.plusYears(1) : d;
        if (year == null && d.isAfter(pub.plusDays(FUTURE_SLACK_DAYS))) {
          d = d.minusYears(1);
        }
      }
      boolean background = d.isBefore(pub.minusYears(1));
      // without a year, a planned event takes the coming occurrence (يصوت الكونغرس قبل 17 سبتمبر)
      return Optional.of(new TimeMention(i, last, Optional.of(d), Optional.of(future), DatePrecision.DAY, background));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
