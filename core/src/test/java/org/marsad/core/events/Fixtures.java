package org.marsad.core.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.core.model.Duplicate;
import org.marsad.core.model.Sentence;
import org.marsad.core.model.Feature;
import org.marsad.core.model.Place;
import org.marsad.core.text.TextLayer;

/** Hand-built documents for the coder's tests: the text layer, plus places found by name. */
final class Fixtures {

  /** A gazetteer row for the tests: Arabic spelling, English name, id, coordinates, feature. */
  record Gaz(String ar, String name, long id, String admin1, double lat, double lon, Feature feature, int precision) {}

  static final List<Gaz> IRAQ = List.of(
      new Gaz("مخمور", "Makhmur", 93818, "Erbil", 35.77622, 43.57974, Feature.CITY, 1),
      new Gaz("أربيل", "Erbil", 95446, "Erbil", 36.19257, 44.01062, Feature.CITY, 1),
      new Gaz("اربيل", "Erbil", 95446, "Erbil", 36.19257, 44.01062, Feature.CITY, 1),
      new Gaz("البصرة", "Basra", 99532, "Basra", 30.50852, 47.7804, Feature.CITY, 1),
      new Gaz("بغداد", "Baghdad", 98182, "Baghdad", 33.34058, 44.40088, Feature.CITY, 1),
      new Gaz("كركوك", "Kirkuk", 94787, "Kirkuk", 35.46806, 44.39222, Feature.CITY, 1),
      new Gaz("نينوى", "Nineveh", 99062, "Nineveh", 36.2, 42.5, Feature.ADMIN1, 3),
      new Gaz("الموصل", "Mosul", 99072, "Nineveh", 36.335, 43.11889, Feature.CITY, 1),
      new Gaz("الرمادي", "Ramadi", 91812, "Anbar", 33.42056, 43.30778, Feature.CITY, 1),
      new Gaz("كربلاء", "Karbala", 94824, "Karbala", 32.61603, 44.02488, Feature.CITY, 1),
      new Gaz("الناصرية", "Nasiriyah", 98463, "Dhi Qar", 31.05205, 46.26109, Feature.CITY, 1),
      new Gaz("السليمانية", "Sulaymaniyah", 98465, "Sulaymaniyah", 35.56496, 45.4329, Feature.CITY, 1));

  private Fixtures() {}

  static Path data() {
    String d = System.getProperty("marsad.data");
    return d != null ? Path.of(d) : Path.of("..", "..", "shared", "data");
  }

  static String seedText() throws IOException {
    return Files.readString(data().resolve("seed/makhmour.txt"), StandardCharsets.UTF_8);
  }

  /** The article as the text layer sees it, with places added where a gazetteer spelling occurs. */
  static AnalyzedDocument document(String fileText, LocalDate published) {
    int nl = fileText.indexOf('\n');
    Article a = new Article("t", "", "", fileText.substring(0, nl).strip(), Optional.ofNullable(published),
        fileText.substring(nl + 1));
    AnalyzedDocument doc = TextLayer.standard().apply(AnalyzedDocument.of(a));
    return doc.withPlaces(places(doc.text()));
  }

  /**
   * Like {@link #document} but closer to the real text layer: sentences end at . ! ? ؟ too, and a
   * paragraph that repeats an earlier one is marked as a duplicate.
   */
  static AnalyzedDocument splitDocument(String fileText, LocalDate published) {
    AnalyzedDocument lines = document(fileText, published);
    String text = lines.text();
    List<Sentence> sentences = new ArrayList<>();
    List<Duplicate> duplicates = new ArrayList<>();
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    for (Sentence line : lines.sentences()) {
      String para = text.substring(line.start(), line.end());
      Integer earlier = seen.putIfAbsent(para.strip(), line.start());
      if (earlier != null) {
        duplicates.add(new Duplicate(line.start(), line.end(), earlier));
      }
      int start = line.start();
      for (int i = line.start(); i < line.end(); i++) {
        char c = text.charAt(i);
        if ((c == '.' || c == '!' || c == '?' || c == '؟') && (i + 1 == line.end() || text.charAt(i + 1) == ' ')) {
          sentences.add(new Sentence(start, i + 1));
          start = i + 1;
          while (start < line.end() && text.charAt(start) == ' ') {
            start++;
          }
        }
      }
      if (start < line.end()) {
        sentences.add(new Sentence(start, line.end()));
      }
    }
    return lines.withText(sentences, lines.tokens(), List.of(), duplicates).withPlaces(lines.places());
  }

  /** Great-circle distance in kilometres. */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double r = 6371.0;
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
        * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * r * Math.asin(Math.sqrt(a));
  }

  static List<Place> places(String text) {
    List<Place> out = new ArrayList<>();
    for (Gaz g : IRAQ) {
      int from = 0;
      int at;
      while ((at = text.indexOf(g.ar(), from)) >= 0) {
        boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1)) || "وبل".indexOf(text.charAt(at - 1)) >= 0
            && (at < 2 || !Character.isLetter(text.charAt(at - 2)));
        if (startOk) {
          out.add(new Place(g.ar(), at, at + g.ar().length(), g.name(), g.ar(), g.id(), "IQ", g.admin1(), "", g.lat(),
              g.lon(), g.feature(), g.precision()));
        }
        from = at + g.ar().length();
      }
    }
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return out;
  }
}
