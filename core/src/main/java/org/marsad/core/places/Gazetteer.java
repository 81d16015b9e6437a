package org.marsad.core.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.marsad.core.model.Feature;
import org.marsad.core.util.CharTable;

/**
 * An immutable gazetteer: places with Arabic names in matching form, and the country / first- /
 * second-level division tables that give every place its hierarchy.
 *
 * <p>The stored form is UTF-8 text, one place per line, tab-separated, gzip-compressed on the
 * classpath. Lines starting with {@code #} are notes (provenance) kept in {@link #notes()}.
 * Columns: {@code geonames_id feature feature_code country admin1 admin2 lat lon population name
 * name_ar arabic_keys}, where {@code arabic_keys} is a {@code |}-separated list and an absent
 * coordinate is empty. Errors name {@code source:line}.
 */
public final class Gazetteer {

  /** Where {@link #standard()} finds the default gazetteer. */
  public static final String RESOURCE = "/org/marsad/core/places/gazetteer.tsv.gz";

  static final String HEADER = "geonames_id\tfeature\tfeature_code\tcountry\tadmin1\tadmin2\tlat\tlon\tpopulation"
      + "\tname\tname_ar\tarabic_keys";
  private static final int COLUMNS = 12;

  private final List<GazetteerEntry> entries;
  private final List<String> notes;
  /**
   * One lookup per word: the entries a key names (maybe none), those of them with coordinates, and
   * whether longer names start with the key.
   */
  record KeyInfo(int[] ids, List<GazetteerEntry> located, boolean continues) {
    boolean names() {
      return ids.length > 0;
    }
  }

  private static final int[] NO_IDS = new int[0];
  private static final int HEAD_FILTER_BITS_LOG2 = 19;
  private static final int PHRASE_FILTER_BITS_LOG2 = 18;

  private final CharTable<KeyInfo> byKey;
  /** Names' first words, and keys of several words with their prefixes: see {@link NameFilter}. */
  private final NameFilter heads;
  private final NameFilter phrases;
  private final Map<String, GazetteerEntry> byCode;
  private final int maxWords;
  private final int[] admin1Index;
  private final int[] admin2Index;

  private Gazetteer(List<GazetteerEntry> entries, List<String> notes) {
    this.entries = List.copyOf(entries);
    this.notes = List.copyOf(notes);
    Map<String, List<Integer>> keys = new HashMap<>();
    Map<String, GazetteerEntry> codes = new HashMap<>();
    Set<String> prefixes = new HashSet<>();
    int longest = 1;
    for (GazetteerEntry e : this.entries) {
      for (String k : e.arabicKeys()) {
        List<Integer> list = keys.computeIfAbsent(k, x -> new ArrayList<>(1));
        if (!list.contains(e.index())) {
          list.add(e.index());
        }
        for (int space = k.indexOf(' '); space > 0; space = k.indexOf(' ', space + 1)) {
          prefixes.add(k.substring(0, space));
        }
        if (k.indexOf(' ') > 0) {
          longest = Math.max(longest, k.split(" ").length);
        }
      }
      switch (e.feature()) {
        case COUNTRY -> codes.putIfAbsent(e.country(), e);
        case ADMIN1 -> codes.putIfAbsent(e.admin1Code(), e);
        case ADMIN2 -> codes.putIfAbsent(e.admin2Code(), e);
        default -> { }
      }
    }
    Map<String, KeyInfo> index = new HashMap<>((keys.size() + prefixes.size()) * 2);
    keys.forEach((k, v) -> {
      int[] ids = v.stream().mapToInt(Integer::intValue).toArray();
      List<GazetteerEntry> located = v.stream().map(this.entries::get).filter(GazetteerEntry::hasCoordinates).toList();
      index.put(k, new KeyInfo(ids, located, prefixes.contains(k)));
    });
    for (String p : prefixes) {
      index.putIfAbsent(p, new KeyInfo(NO_IDS, List.of(), true));
    }
    this.byKey = new CharTable<>(index);
    this.heads = new NameFilter(index.keySet().stream().map(k -> k.indexOf(' ') < 0 ? k : k.substring(0, k.indexOf(' ')))
        .distinct().toList(), HEAD_FILTER_BITS_LOG2);
    this.phrases = new NameFilter(index.keySet().stream().filter(k -> k.indexOf(' ') > 0).toList(),
        PHRASE_FILTER_BITS_LOG2);
    this.byCode = Map.copyOf(codes);
    this.maxWords = longest;
    this.admin1Index = new int[this.entries.size()];
    this.admin2Index = new int[this.entries.size()];
    for (GazetteerEntry e : this.entries) {
      GazetteerEntry a1 = e.admin1Code().isEmpty() ? null : codes.get(e.admin1Code());
      GazetteerEntry a2 = e.admin2Code().isEmpty() ? null : codes.get(e.admin2Code());
      admin1Index[e.index()] = a1 == null ? -1 : a1.index();
      admin2Index[e.index()] = a2 == null ? -1 : a2.index();
    }
  }

  /** A gazetteer of {@code entries}, whose {@link GazetteerEntry#index()} must be their position. */
  public static Gazetteer of(List<GazetteerEntry> entries, List<String> notes) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).index() != i) {
        throw new IllegalArgumentException("entry " + entries.get(i).name() + " has index "
            + entries.get(i).index() + " at position " + i);
      }
    }
    return new Gazetteer(entries, notes);
  }

  /** The default gazetteer bundled in the jar (built by {@code marsad gazetteer build}), read once. */
  public static Gazetteer standard() {
    return Bundled.GAZETTEER;
  }

  private static final class Bundled {
    static final Gazetteer GAZETTEER = load();
  }

  private static Gazetteer load() {
    InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("gazetteer resource missing from the classpath: " + RESOURCE);
    }
    try (in) {
      return read(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads the text form; {@code source} names the input in errors. */
  public static Gazetteer read(Reader reader, String source) throws IOException {
    BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
    List<GazetteerEntry> entries = new ArrayList<>(140_000);
    List<String> notes = new ArrayList<>();
    String line;
    int lineNo = 0;
    String[] f = new String[COLUMNS];
    while ((line = r.readLine()) != null) {
      lineNo++;
      if (line.startsWith("#")) {
        notes.add(line.substring(1).strip());
        continue;
      }
      if (line.isEmpty() || line.equals(HEADER)) {
        continue;
      }
      int n = split(line, f);
      if (n != COLUMNS) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": expected " + COLUMNS + " columns, found " + n);
      }
      try {
        Feature feature = Feature.valueOf(f[1].toUpperCase(Locale.ROOT));
        List<String> keys = f[11].isEmpty() ? List.of() : List.of(f[11].split("\\|"));
        entries.add(new GazetteerEntry(entries.size(), Long.parseLong(f[0]), feature, f[2], f[3], f[4], f[5],
            coordinate(f[6]), coordinate(f[7]), f[8].isEmpty() ? 0 : Long.parseLong(f[8]), f[9], f[10], keys));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    return new Gazetteer(entries, notes);
  }

  /** Writes the text form that {@link #read} reads back. */
  public void write(Writer out) throws IOException {
    for (String note : notes) {
      out.write("# " + note + "\n");
    }
    out.write(HEADER + "\n");
    StringBuilder b = new StringBuilder(256);
    for (GazetteerEntry e : entries) {
      b.setLength(0);
      b.append(e.geonamesId()).append('\t').append(e.feature().code()).append('\t').append(e.featureCode())
          .append('\t').append(e.country()).append('\t').append(e.admin1()).append('\t').append(e.admin2())
          .append('\t').append(format(e.lat())).append('\t').append(format(e.lon())).append('\t')
          .append(e.population()).append('\t').append(clean(e.name())).append('\t').append(clean(e.nameAr()))
          .append('\t').append(String.join("|", e.arabicKeys())).append('\n');
      out.write(b.toString());
    }
  }

  public List<GazetteerEntry> entries() {
    return entries;
  }

  /** Provenance notes: what the gazetteer was built from, and when. */
  public List<String> notes() {
    return notes;
  }

  /** The places whose Arabic names have the matching form {@code key}. */
  public List<GazetteerEntry> lookup(String key) {
    KeyInfo info = byKey.get(key);
    if (info == null) {
      return List.of();
    }
    int[] ids = info.ids();
    List<GazetteerEntry> out = new ArrayList<>(ids.length);
    for (int id : ids) {
      out.add(entries.get(id));
    }
    return out;
  }

  public boolean containsKey(String key) {
    KeyInfo info = byKey.get(key);
    return info != null && info.ids().length > 0;
  }

  /** True when some multi-word name starts with the words of {@code key} and goes on. */
  public boolean startsMultiWordName(String key) {
    KeyInfo info = byKey.get(key);
    return info != null && info.continues();
  }

  /**
   * What the gazetteer knows of the key {@code buf[off, off + len)}, whose {@link CharTable#hash} is
   * {@code hash}, in one lookup; null when nothing.
   */
  KeyInfo probe(int hash, char[] buf, int off, int len) {
    return byKey.get(hash, buf, off, len);
  }

  /** False when no name starts with the word whose {@link CharTable#hash} is {@code hash}. */
  boolean mightStartName(int hash) {
    return heads.mightContain(hash);
  }

  /** False when the words whose {@link CharTable#hash} is {@code hash} neither are nor start a name of several words. */
  boolean mightBePhrase(int hash) {
    return phrases.mightContain(hash);
  }

  /** The largest number of words in a name. */
  public int maxWords() {
    return maxWords;
  }

  /** The country entry for an ISO code ("IQ"). */
  public Optional<GazetteerEntry> country(String iso) {
    return Optional.ofNullable(byCode.get(iso)).filter(e -> e.feature() == Feature.COUNTRY);
  }

  /** The first-level division of a place (itself for a division), if the gazetteer has it. */
  public Optional<GazetteerEntry> admin1Of(GazetteerEntry e) {
    int i = admin1Index(e);
    return i < 0 ? Optional.empty() : Optional.of(entries.get(i));
  }

  /** The second-level division of a place (itself for a district), if the gazetteer has it. */
  public Optional<GazetteerEntry> admin2Of(GazetteerEntry e) {
    int i = admin2Index(e);
    return i < 0 ? Optional.empty() : Optional.of(entries.get(i));
  }

  /** The index of the place's first-level division, or -1. */
  int admin1Index(GazetteerEntry e) {
    return admin1Index[e.index()];
  }

  /** The index of the place's second-level division, or -1. */
  int admin2Index(GazetteerEntry e) {
    return admin2Index[e.index()];
  }

  private static int split(String line, String[] out) {
    int n = 0;
    int start = 0;
    for (int i = 0; i <= line.length(); i++) {
      if (i == line.length() || line.charAt(i) == '\t') {
        if (n < out.length) {
          out[n] = line.substring(start, i);
        }
        n++;
        start = i + 1;
      }
    }
    return n;
  }

  private static double coordinate(String s) {
    return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
  }

  private static String format(double d) {
    if (Double.isNaN(d)) {
      return "";
    }
    return String.format(Locale.ROOT, "%.5f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ');
  }
}
