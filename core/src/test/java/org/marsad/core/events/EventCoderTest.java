package org.marsad.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.core.model.Event;
import org.marsad.core.model.Event.PloverType;
import org.marsad.core.model.Event.Status;

class EventCoderTest {

  private static final EventCoder CODER = EventCoder.standard();
  private static final LocalDate PUB = LocalDate.of(2023, 5, 10);

  private static List<Event> code(String title, String body) {
    return CODER.apply(Fixtures.splitDocument(title + "\n" + body, PUB)).events();
  }

  private static Event one(List<Event> events, PloverType type) {
    List<Event> of = events.stream().filter(e -> e.type() == type).toList();
    assertEquals(1, of.size(), type + " in " + events);
    return of.get(0);
  }

  @Test
  void anEmptyArticleHasNoEvents() {
    assertTrue(CODER.apply(AnalyzedDocument.of(Article.of("", ""))).events().isEmpty());
  }

  @Test
  void theFuturePrefixMakesAVisitPlanned() {
    Event e = one(code("أخبار الوزارة", "سيزور وزير الخارجية العراقي البصرة غدا."), PloverType.CONSULT);
    assertEquals(Status.PLANNED, e.status());
    assertEquals(Optional.of(PUB.plusDays(1)), e.date());
  }

  @Test
  void withoutAPublicationDateADatedRoleIsItsHolderOnTheArticlesLatestFullDate() {
    String text = "زيارة\nوصل رئيس الوزراء العراقي إلى البصرة في 17 يوليو 2015 والتقى المحافظ.";
    Event visit = CODER.apply(Fixtures.splitDocument(text, null)).events().stream()
        .filter(e -> e.type() == PloverType.CONSULT && e.mode().equals("visit")).findFirst().orElseThrow();
    assertEquals("Haider al-Abadi", visit.actor().orElseThrow().name());
    assertEquals(Optional.of(LocalDate.of(2015, 7, 17)), visit.date(), "a full date needs no publication date");
    // with no date in the text, the role's latest holder
    Event later = CODER.apply(Fixtures.splitDocument("زيارة\nوصل رئيس الوزراء العراقي إلى البصرة أمس.", null))
        .events().stream().filter(e -> e.type() == PloverType.CONSULT).findFirst().orElseThrow();
    assertEquals(Optional.empty(), later.date());
    assertTrue(!later.actor().orElseThrow().name().equals("Haider al-Abadi"), later.toString());
  }

  @Test
  void twoPeopleOfOneGovernmentAreTwoSides() {
    // both SAUGOV: the code alone would make the guest the host and drop him
    Event meet = one(code("استقبال", "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في جدة أمس وزير الخارجية عادل الجبير."),
        PloverType.CONSULT);
    assertEquals("King Salman bin Abdulaziz", meet.actor().orElseThrow().name());
    assertEquals("Adel al-Jubeir", meet.recipient().orElseThrow().name());
  }

  @Test
  void theCountryOfSomeonesTitleIsNoSide() {
    // the whole pipeline, whose gazetteer knows قطر as a country (the fixtures' places are Iraqi towns)
    List<Event> events = org.marsad.core.pipeline.Pipeline.standard().analyze(Article.of("لقاء",
        "استقبل الشيخ تميم بن حمد أمير دولة قطر، اليوم، وزراء خارجية دول مجلس التعاون في الدوحة.")).events();
    Event meet = one(events, PloverType.CONSULT);
    assertEquals("Tamim bin Hamad Al Thani", meet.actor().orElseThrow().name());
    assertTrue(meet.recipient().filter(r -> r.code().equals("QATGOV")).isEmpty(), meet.toString());
  }

  @Test
  void aTimeWordBetweenCommasOpensNoClause() {
    // the guests after "، اليوم،" are in the host's clause
    List<Event> events = org.marsad.core.pipeline.Pipeline.standard().analyze(Article.of("لقاء",
        "استقبل الشيخ تميم بن حمد أمير دولة قطر، اليوم، وزراء خارجية دول مجلس التعاون لدول الخليج العربية.")).events();
    assertEquals("IGOGCC", one(events, PloverType.CONSULT).recipient().orElseThrow().code());
  }

  @Test
  void aThreatToAttackIsThreatenedNotOccurred() {
    List<Event> events = code("تهديد", "هدد مسلحون بمهاجمة مقرات الشرطة في كركوك.");
    assertEquals(Status.OCCURRED, one(events, PloverType.THREATEN).status());
    assertTrue(events.stream().noneMatch(e -> e.type() == PloverType.ASSAULT && e.status() == Status.OCCURRED));
  }

  @Test
  void aDeniedAttackIsDenied() {
    List<Event> events = code("نفي", "نفت الشرطة العراقية وقوع أي هجوم على السجن في الرمادي.");
    assertTrue(events.stream().noneMatch(e -> e.type() == PloverType.ASSAULT && e.status() == Status.OCCURRED),
        events.toString());
  }

  @Test
  void casualtiesAreCountedFromDigitsAndWords() {
    Event e = one(code("انفجار", "انفجرت سيارة مفخخة صباح اليوم في كركوك ما أسفر عن مقتل سبعة أشخاص وإصابة 20 آخرين."),
        PloverType.ASSAULT);
    assertEquals(7, e.size().dead());
    assertEquals(20, e.size().injured());
  }

  @Test
  void thePlaceInTheSameClauseWinsOverTheArticleFocus() {
    List<Event> events = code("أخبار بغداد", "في بغداد عقد الوزير اجتماعا. وأمس قصفت طائرة موقعا قرب كركوك.");
    Event strike = one(events, PloverType.ASSAULT);
    assertEquals("Kirkuk", strike.location().get().name());
    assertEquals(1, strike.location().get().precision());
  }

  @Test
  void theArticleFocusIsCoarser() {
    List<Event> events = code("بغداد بغداد", "في بغداد. اجتمع الكاظمي مع الحلبوسي.");
    Event meet = one(events, PloverType.CONSULT);
    assertEquals("Baghdad", meet.location().get().name());
    assertTrue(meet.location().get().precision() >= 2);
  }

  @Test
  void withoutATimeExpressionThePublicationDateIsUsedAndSaid() {
    Event e = one(code("لقاء", "التقى الكاظمي مع الحلبوسي في بغداد."), PloverType.CONSULT);
    assertEquals(Optional.of(PUB), e.date());
    assertEquals("publication", e.datePrecision());
  }

  @Test
  void backgroundMonthsAgoNeverTakesThePublicationDate() {
    List<Event> events = code("ذكرى", "اجتمع الكاظمي مع الحلبوسي قبل أشهر في بغداد.");
    assertTrue(events.stream().noneMatch(e -> e.type() == PloverType.CONSULT), events.toString());
  }

  @Test
  void aRepeatedMentionMergesAndKeepsTheFirstEvidence() {
    List<Event> events = code("الكاظمي في مخمور",
        "وصل الكاظمي اليوم إلى مخمور. ثم وصل الكاظمي إلى قضاء مخمور وتفقد القطعات الأمنية.");
    Event visit = one(events, PloverType.CONSULT);
    assertEquals("وصل", visit.evidence().trigger());
    assertTrue(visit.evidence().sentence().startsWith("وصل الكاظمي اليوم"));
  }
}
