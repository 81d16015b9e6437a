package org.marsad.io.geonames;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.marsad.core.model.Feature;
import org.marsad.core.places.ArabicNames;
import org.marsad.core.places.GazetteerEntry;

/**
 * Arabic names the sources lack: common short forms of countries ("الإمارات", "أمريكا"), regions
 * known by a descriptor ("قطاع غزة"), Arabic spellings of Iraqi regions whose source name is Kurdish.
 * A UTF-8 text file, {@code #} comments, one rule a line, tab-separated:
 * <pre>
 * alias  TARGET  ARABIC[|ARABIC...]
 * </pre>
 * where TARGET is {@code country:SA}, {@code admin1:PS.GZ}, {@code id:98182} (a GeoNames id) or
 * {@code name:IQ:Iqlim Kurdistan} (an entry of that country with that English name). A target that
 * the built gazetteer lacks is ignored, so the file also serves partial builds.
 */
public final class Supplement {

  static final String RESOURCE = "/org/marsad/io/geonames/supplement.tsv";

  private record Alias(String target, List<String> arabic) {}

  private final List<Alias> aliases;

  private Supplement(List<Alias> aliases) {
    this.aliases = List.copyOf(aliases);
  }

  public static Supplement bundled() {
    InputStream in = Supplement.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(r, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Supplement read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    }
  }

  static Supplement read(Reader reader, String source) throws IOException {
    BufferedReader r = new BufferedReader(reader);
    List<Alias> out = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      String[] f = s.split("\t");
      if (f.length != 3 || !f[0].equals("alias")) {
        throw new MalformedRowException(source, lineNo, "expected 'alias<TAB>TARGET<TAB>ARABIC|...', found '" + s + "'");
      }
      if (!f[1].matches("(country|admin1|id|name):.+")) {
        throw new MalformedRowException(source, lineNo, "unknown target '" + f[1] + "'");
      }
      List<String> names = List.of(f[2].split("\\|"));
      for (String n : names) {
        if (!ArabicNames.isArabic(n)) {
          throw new MalformedRowException(source, lineNo, "not an Arabic name: '" + n + "'");
        }
      }
      out.add(new Alias(f[1], names));
    }
    return new Supplement(out);
  }

  /** The entries with the aliases added to their keys (and as name_ar where they had none). */
  List<GazetteerEntry> apply(List<GazetteerEntry> entries) {
    List<GazetteerEntry> out = new ArrayList<>(entries);
    for (Alias a : aliases) {
      Optional<GazetteerEntry> target = find(out, a.target());
      if (target.isEmpty()) {
        continue;
      }
      GazetteerEntry e = target.get();
      LinkedHashSet<String> keys = new LinkedHashSet<>(e.arabicKeys());
      a.arabic().forEach(n -> keys.add(ArabicNames.key(n)));
      String nameAr = e.nameAr().isEmpty() ? a.arabic().get(0) : e.nameAr();
      out.set(e.index(), new GazetteerEntry(e.index(), e.geonamesId(), e.feature(), e.featureCode(), e.country(),
          e.admin1(), e.admin2(), e.lat(), e.lon(), e.population(), e.name(), nameAr, List.copyOf(keys)));
    }
    return out;
  }

  private static Optional<GazetteerEntry> find(List<GazetteerEntry> entries, String target) {
    String kind = target.substring(0, target.indexOf(':'));
    String value = target.substring(target.indexOf(':') + 1);
    return entries.stream().filter(e -> switch (kind) {
      case "country" -> e.feature() == Feature.COUNTRY && e.country().equals(value);
      case "admin1" -> e.feature() == Feature.ADMIN1 && e.admin1Code().equals(value);
      case "id" -> e.feature() != Feature.COUNTRY && String.valueOf(e.geonamesId()).equals(value);
      default -> {
        int colon = value.indexOf(':');
        yield colon > 0 && e.country().equals(value.substring(0, colon))
            && e.name().equals(value.substring(colon + 1));
      }
    }).findFirst();
  }
}
