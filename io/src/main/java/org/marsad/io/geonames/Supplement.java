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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.model.Feature;
import org.marsad.core.places.ArabicNames;
import org.marsad.core.places.GazetteerEntry;

/**
 * Arabic names the sources lack: common short forms of countries ("الإمارات", "أمريكا"), regions
 * known by a descriptor ("قطاع غزة"), Arabic spellings of Iraqi regions whose source name is Kurdish,
 * the Arabic names of first-level divisions and towns of the region marsad follows.
 * A UTF-8 text file, {@code #} comments, one rule a line, tab-separated:
 * <pre>
 * alias  TARGET  ARABIC[|ARABIC...]
 * names  TARGET  ARABIC[|ARABIC...]
 * place  CC.ADMIN1  LAT,LON  FEATURE_CODE  English name  ARABIC[|ARABIC...]
 * </pre>
 * {@code alias} adds the names to the entry's keys (the first becomes its name_ar if it had none);
 * {@code names} replaces the entry's Arabic names and keys with these, for an entry whose source names
 * are wrong (a province that took its seat's name: Takhar ← تالقان).
 * TARGET is {@code country:SA}, {@code admin1:PS.GZ}, {@code id:98182} (a GeoNames id) or
 * {@code name:IQ:Iqlim Kurdistan} (the first entry of that country with that English name). A target
 * that the built gazetteer lacks is skipped and listed by {@link #unmatched}, so the file also serves
 * partial builds.
 * <p>{@code place} adds a town that no source has (cities500 holds only a few dozen places of some
 * Saudi regions): a point written for marsad (two decimals, about 1 km), no population; a seat
 * ({@code PPLA}, {@code PPLA2}) is a {@code city}, anything else a {@code village}.
 */
public final class Supplement {

  static final String RESOURCE = "/org/marsad/io/geonames/supplement.tsv";

  private record Alias(String target, List<String> arabic, boolean replace, int line) {}

  private record Place(String country, String admin1, double lat, double lon, String featureCode, String name,
      List<String> arabic) {}

  private final List<Alias> aliases;
  private final List<Place> places;

  private Supplement(List<Alias> aliases, List<Place> places) {
    this.aliases = List.copyOf(aliases);
    this.places = List.copyOf(places);
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
    List<Place> places = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      String[] f = s.split("\t");
      if (f[0].equals("place")) {
        places.add(place(f, source, lineNo, s));
        continue;
      }
      if (f.length != 3 || !f[0].equals("alias") && !f[0].equals("names")) {
        throw new MalformedRowException(source, lineNo,
            "expected 'alias|names<TAB>TARGET<TAB>ARABIC|...', found '" + s + "'");
      }
      if (!f[1].matches("(country|admin1|name):.+|id:[0-9]+")) {
        throw new MalformedRowException(source, lineNo, "unknown target '" + f[1] + "'");
      }
      out.add(new Alias(f[1], arabic(f[2], source, lineNo), f[0].equals("names"), lineNo));
    }
    return new Supplement(out, places);
  }

  private static List<String> arabic(String field, String source, int lineNo) {
    List<String> names = List.of(field.split("\\|"));
    for (String n : names) {
      if (!ArabicNames.isArabic(n)) {
        throw new MalformedRowException(source, lineNo, "not an Arabic name: '" + n + "'");
      }
    }
    return names;
  }

  private static Place place(String[] f, String source, int lineNo, String line) {
    if (f.length != 6 || !f[1].matches("[A-Z]{2}\\.[0-9A-Z]+") || !f[2].matches("-?[0-9.]+,-?[0-9.]+")
        || !f[3].matches("PPL[A-Z0-9]*") || f[4].isBlank()) {
      throw new MalformedRowException(source, lineNo,
          "expected 'place<TAB>CC.ADMIN1<TAB>LAT,LON<TAB>PPL...<TAB>English name<TAB>ARABIC|...', found '" + line + "'");
    }
    String[] ll = f[2].split(",");
    double lat = Double.parseDouble(ll[0]);
    double lon = Double.parseDouble(ll[1]);
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      throw new MalformedRowException(source, lineNo, "coordinates out of range: " + f[2]);
    }
    String[] code = f[1].split("\\.");
    return new Place(code[0], code[1], lat, lon, f[3], f[4], arabic(f[5], source, lineNo));
  }

  /** The entries with the supplement's places appended (in file order), then its rules applied. */
  List<GazetteerEntry> addPlaces(List<GazetteerEntry> entries) {
    List<GazetteerEntry> out = new ArrayList<>(entries);
    for (Place p : places) {
      Feature feature = p.featureCode().equals("PPLA") || p.featureCode().equals("PPLA2") ? Feature.CITY
          : Feature.VILLAGE;
      LinkedHashSet<String> keys = new LinkedHashSet<>();
      p.arabic().forEach(n -> keys.add(ArabicNames.key(n)));
      out.add(new GazetteerEntry(out.size(), 0, feature, p.featureCode(), p.country(), p.admin1(), "", p.lat(),
          p.lon(), 0, p.name(), p.arabic().get(0), List.copyOf(keys)));
    }
    return out;
  }

  /** The entries with the aliases added to their keys (and as name_ar where they had none). */
  List<GazetteerEntry> apply(List<GazetteerEntry> entries) {
    List<GazetteerEntry> out = new ArrayList<>(entries);
    Map<String, Integer> index = index(out);
    for (Alias a : aliases) {
      Integer at = index.get(a.target());
      if (at == null) {
        continue;
      }
      GazetteerEntry e = out.get(at);
      LinkedHashSet<String> keys = new LinkedHashSet<>(a.replace() ? List.of() : e.arabicKeys());
      a.arabic().forEach(n -> keys.add(ArabicNames.key(n)));
      String nameAr = e.nameAr().isEmpty() || a.replace() ? a.arabic().get(0) : e.nameAr();
      out.set(at, new GazetteerEntry(e.index(), e.geonamesId(), e.feature(), e.featureCode(), e.country(),
          e.admin1(), e.admin2(), e.lat(), e.lon(), e.population(), e.name(), nameAr, List.copyOf(keys)));
    }
    return out;
  }

  /** The GeoNames ids that rules name ({@code id:...} targets): the builder keeps these places. */
  Set<Long> ids() {
    Set<Long> out = new HashSet<>();
    for (Alias a : aliases) {
      if (a.target().startsWith("id:")) {
        out.add(Long.parseLong(a.target().substring(3)));
      }
    }
    return out;
  }

  /** The rules whose target is not among the entries, as "line N: TARGET". */
  List<String> unmatched(List<GazetteerEntry> entries) {
    Map<String, Integer> index = index(entries);
    List<String> out = new ArrayList<>();
    for (Alias a : aliases) {
      if (!index.containsKey(a.target())) {
        out.add("line " + a.line() + ": " + a.target());
      }
    }
    return out;
  }

  /** Every target an entry answers to, mapped to the first such entry's position. */
  private static Map<String, Integer> index(List<GazetteerEntry> entries) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      GazetteerEntry e = entries.get(i);
      if (e.feature() == Feature.COUNTRY) {
        index.putIfAbsent("country:" + e.country(), i);
      } else {
        index.putIfAbsent("id:" + e.geonamesId(), i);
      }
      if (e.feature() == Feature.ADMIN1) {
        index.putIfAbsent("admin1:" + e.admin1Code(), i);
      }
      index.putIfAbsent("name:" + e.country() + ":" + e.name(), i);
    }
    return index;
  }
}
