package org.marsad.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.core.model.Event;
import org.marsad.core.model.Feature;
import org.marsad.core.model.Place;

/**
 * Events for the samples built by hand in tests, from each sample's own sentences, so the API and
 * the dashboard can be tested whether or not the pipeline's event layer has landed. Each rule: a
 * trigger word, its type, and the place it happens at.
 */
final class TestEvents {

  record Rule(String trigger, Event.PloverType type, Place place) {}

  static Place place(String nameAr, String name, long id, String country, String admin1, double lat, double lon) {
    return new Place(nameAr, 0, 0, name, nameAr, id, country, admin1, "", lat, lon, Feature.CITY, 1);
  }

  static final List<Rule> RULES = List.of(
      new Rule("وصل", Event.PloverType.CONSULT, place("مخمور", "Makhmur", 93818, "IQ", "Erbil", 35.776, 43.580)),
      new Rule("اجتماعا", Event.PloverType.CONSULT, place("أربيل", "Erbil", 95446, "IQ", "Erbil", 36.193, 44.011)),
      new Rule("انفجرت", Event.PloverType.ASSAULT, place("البصرة", "Basra", 99532, "IQ", "Basra", 30.509, 47.780)),
      new Rule("اعتقلت", Event.PloverType.COERCE, place("عدن", "Aden", 415189, "YE", "Aden", 12.779, 45.037)),
      new Rule("تظاهر", Event.PloverType.PROTEST, place("الموصل", "Mosul", 99072, "IQ", "Nineveh", 36.335, 43.119)),
      new Rule("قصفت", Event.PloverType.ASSAULT, place("حلب", "Aleppo", 170063, "SY", "Aleppo", 36.202, 37.158)),
      new Rule("دخلت", Event.PloverType.AID, place("إدلب", "Idlib", 169389, "SY", "Idlib", 35.931, 36.634)),
      new Rule("اشتباكات", Event.PloverType.ASSAULT, place("مأرب", "Marib", 71137, "YE", "Ma'rib", 15.462, 45.325)),
      new Rule("شن", Event.PloverType.ASSAULT, place("الخرطوم", "Khartoum", 379252, "SD", "Khartoum", 15.552, 32.532)),
      new Rule("استقبل", Event.PloverType.CONSULT, place("بيروت", "Beirut", 276781, "LB", "Beirut", 33.894, 35.502)),
      new Rule("غارة", Event.PloverType.ASSAULT, place("خان يونس", "Khan Yunis", 281133, "PS", "Gaza Strip", 31.346, 34.306)));

  private TestEvents() {}

  /** The document with one event per rule whose trigger and place occur in the same sentence. */
  static AnalyzedDocument withEvents(Article a) {
    String text = a.analysedText();
    List<Event> events = new ArrayList<>();
    int start = 0;
    for (String line : text.split("\n")) {
      int end = start + line.length();
      for (Rule r : RULES) {
        int at = line.indexOf(r.trigger());
        int p = line.indexOf(r.place().text());
        if (at >= 0 && p >= 0) {
          Place pl = r.place();
          Place located = new Place(pl.text(), start + p, start + p + pl.text().length(), pl.name(), pl.nameAr(),
              pl.geonamesId(), pl.country(), pl.admin1(), pl.admin2(), pl.lat(), pl.lon(), pl.feature(), 1);
          String trigger = line.substring(at).split(" ")[0];
          events.add(new Event("", r.type(), "", List.of(), Event.Status.OCCURRED, a.published(), "day",
              Optional.empty(), Optional.empty(), Optional.of(located), Event.Size.UNKNOWN, Optional.empty(),
              new Event.Evidence(line, start, end, trigger), 0.5));
        }
      }
      start = end + 1;
    }
    return AnalyzedDocument.of(a).withEvents(events);
  }
}
