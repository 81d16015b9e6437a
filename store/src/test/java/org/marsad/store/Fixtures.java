package org.marsad.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.core.model.Event;
import org.marsad.core.model.Feature;
import org.marsad.core.model.Place;

/** Hand-built documents with events, as the pipeline would give them, for store tests. */
final class Fixtures {

  static final Place MAKHMUR = new Place("مخمور", 0, 0, "Makhmur", "مخمور", 93818, "IQ", "Erbil", "Makhmur District",
      35.77622, 43.57974, Feature.CITY, 1);
  static final Place ERBIL = new Place("أربيل", 0, 0, "Erbil", "أربيل", 95446, "IQ", "Erbil", "Erbil District",
      36.19257, 44.01062, Feature.CITY, 1);
  static final Place BASRA = new Place("البصرة", 0, 0, "Basra", "البصرة", 99532, "IQ", "Basra", "Basra District",
      30.50852, 47.7804, Feature.CITY, 1);

  private Fixtures() {}

  /** The seed-like report: a visit to Makhmur, a meeting in Erbil and a bombing in Basra. */
  static AnalyzedDocument makhmurReport(String body) {
    Article a = new Article("makhmour", "https://example.org/makhmour", "sample", "الكاظمي يزور مخمور",
        Optional.of(LocalDate.of(2021, 10, 27)), body);
    String text = a.analysedText();
    return AnalyzedDocument.of(a).withEvents(List.of(
        event(text, "وصل رئيس الوزراء مصطفى الكاظمي إلى قضاء مخمور", "وصل", Event.PloverType.CONSULT, MAKHMUR,
            LocalDate.of(2021, 10, 27), "رئيس الوزراء مصطفى الكاظمي"),
        event(text, "اجتمع الكاظمي في أربيل مع قادة البيشمركة", "اجتمع", Event.PloverType.CONSULT, ERBIL,
            LocalDate.of(2021, 10, 27), "الكاظمي"),
        event(text, "انفجرت عبوة ناسفة في البصرة", "انفجرت", Event.PloverType.ASSAULT, BASRA,
            LocalDate.of(2021, 10, 26), "مجهولون")));
  }

  static final String MAKHMUR_BODY = "وصل رئيس الوزراء مصطفى الكاظمي إلى قضاء مخمور بعد هجمات داعش.\n"
      + "اجتمع الكاظمي في أربيل مع قادة البيشمركة.\n"
      + "انفجرت عبوة ناسفة في البصرة أمس وأسفرت عن مقتل شخصين.";

  static Event event(String text, String sentence, String trigger, Event.PloverType type, Place place, LocalDate date,
      String actorText) {
    int start = text.indexOf(sentence);
    if (start < 0) {
      throw new IllegalArgumentException("sentence not in text: " + sentence);
    }
    int ps = text.indexOf(place.text(), start);
    Place located = new Place(place.text(), ps, ps + place.text().length(), place.name(), place.nameAr(),
        place.geonamesId(), place.country(), place.admin1(), place.admin2(), place.lat(), place.lon(), place.feature(),
        place.precision());
    Optional<Event.Acled> acled = type == Event.PloverType.ASSAULT
        ? Optional.of(new Event.Acled("Explosions/Remote violence", "Remote explosive/landmine/IED"))
        : Optional.empty();
    return new Event("", type, type == Event.PloverType.CONSULT ? "visit" : "", List.of(), Event.Status.OCCURRED,
        Optional.of(date), "day", Optional.of(new Event.Actor(actorText, actorText, "")), Optional.empty(),
        Optional.of(located), Event.Size.UNKNOWN, acled,
        new Event.Evidence(sentence, start, start + sentence.length(), trigger), 0.9);
  }

  /** A synthetic article with {@code n} events spread over days and types. */
  static AnalyzedDocument synthetic(int i, int n) {
    String sentence = "اشتبكت قوات الأمن مع مسلحين في مخمور رقم " + i;
    Article a = new Article("s" + i, "", "synthetic", "تقرير " + i,
        Optional.of(LocalDate.of(2021, 1, 1).plusDays(i % 300)), sentence);
    String text = a.analysedText();
    Event.PloverType[] types = Event.PloverType.values();
    List<Event> events = new java.util.ArrayList<>();
    for (int k = 0; k < n; k++) {
      events.add(event(text, sentence, "اشتبكت", types[(i + k) % types.length], MAKHMUR,
          LocalDate.of(2021, 1, 1).plusDays((i + k) % 300), "قوات الأمن"));
    }
    return AnalyzedDocument.of(a).withEvents(events);
  }
}
