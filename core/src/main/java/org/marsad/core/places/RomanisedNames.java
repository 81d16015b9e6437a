package org.marsad.core.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Towns the gazetteer has no Arabic name for, found by their romanised names. Arabic writes a foreign
 * town by its sound (بوزانتي، سيبيتوكي، ديناناجار، فيرجسون), and GeoNames gives most small towns a
 * romanised name only (Pozantı, Cibitoke, Dīnānagar). Both are reduced to a pattern
 * ({@link #arabicPattern}, {@link #latinPattern}): consonant classes that the two scripts share (ت ط
 * ث / t th; س ص / s, soft c; ج غ / g j; ق ك خ / k q hard c; ب / b p; ف / f v ph; ش / sh ch), {@code V}
 * for a vowel, a mark for a first vowel; the article ال and a final ة (a final -ah) are dropped. The
 * index is keyed by the consonants ({@link #skeleton}); a town is found when the Arabic pattern
 * {@link #writes} its romanised one, the most populous first.
 *
 * <p>Only {@link PlacesLayer} asks, and only for a name right after a descriptor of a town (مدينة،
 * بلدة، منطقة ...) that no gazetteer name covers and that the names layer reads as a name, in the
 * country of the sentence or the article (docs/places.md "Romanised names"). Immutable and
 * thread-safe.
 */
public final class RomanisedNames {

  /** The bundled index, built by {@code marsad gazetteer romanised} from cities500. */
  public static final String RESOURCE = "/org/marsad/core/places/romanised.tsv.gz";
  /** The header line of the index. */
  public static final String HEADER = "country\tpattern\tgeonames_id\tname\tlat\tlon\tpopulation\tfeature_code";

  /** Inner vowels an Arabic spelling may leave unwritten. */
  static final int MAX_UNWRITTEN = 1;
  /** Consonants a name needs before an unwritten vowel is allowed. */
  static final int MIN_LOOSE = 3;

  /** A town of the index; {@code pattern} is {@link #latinPattern} of its ASCII name. */
  public record Town(String country, String pattern, long geonamesId, String name, double lat, double lon,
      long population, String featureCode) {}

  private final Map<String, List<Town>> byKey;
  private final int size;

  private RomanisedNames(Map<String, List<Town>> byKey, int size) {
    this.byKey = byKey;
    this.size = size;
  }

  /** An index of the given towns. */
  public static RomanisedNames of(List<Town> towns) {
    Map<String, List<Town>> m = new HashMap<>();
    for (Town t : towns) {
      m.computeIfAbsent(t.country() + "\t" + skeleton(t.pattern()), k -> new ArrayList<>(1)).add(t);
    }
    return new RomanisedNames(m, towns.size());
  }

  /** The bundled index, read once. */
  public static RomanisedNames standard() {
    return Bundled.INDEX;
  }

  private static final class Bundled {
    static final RomanisedNames INDEX = load();
  }

  private static RomanisedNames load() {
    InputStream in = RomanisedNames.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("romanised names missing from the classpath: " + RESOURCE);
    }
    try (in) {
      return read(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads the text form ({@link #HEADER}, then one town per line; {@code #} lines are notes). */
  public static RomanisedNames read(Reader reader, String source) throws IOException {
    List<Town> towns = new ArrayList<>();
    Map<String, String> shared = new HashMap<>();
    BufferedReader r = new BufferedReader(reader, 1 << 16);
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isEmpty() || line.startsWith("#") || line.equals(HEADER)) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 8) {
        throw new IOException(source + ":" + n + ": expected 8 tab-separated fields, got " + f.length);
      }
      try {
        // countries and feature codes repeat: one string each
        towns.add(new Town(shared.computeIfAbsent(f[0], k -> k), f[1], Long.parseLong(f[2]), f[3],
            Double.parseDouble(f[4]), Double.parseDouble(f[5]), Long.parseLong(f[6]), shared.computeIfAbsent(f[7], k -> k)));
      } catch (NumberFormatException e) {
        throw new IOException(source + ":" + n + ": " + e.getMessage(), e);
      }
    }
    return of(towns);
  }

  /**
   * The most populous town of {@code country} (ISO alpha-2) that the Arabic pattern
   * ({@link #arabicPattern}) {@link #writes}.
   */
  public Optional<Town> find(String country, String arabicPattern) {
    List<Town> towns = byKey.get(country + "\t" + skeleton(arabicPattern));
    Town best = null;
    if (towns != null) {
      for (Town t : towns) {
        if (writes(arabicPattern, t.pattern()) && (best == null || t.population() > best.population())) {
          best = t;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  public int size() {
    return size;
  }

  /** The towns, in no particular order. */
  public List<Town> towns() {
    List<Town> all = new ArrayList<>(size);
    byKey.values().forEach(all::addAll);
    return all;
  }

  /**
   * The pattern of an Arabic name in matching form ({@link ArabicNames#key}): consonant classes, with
   * {@code V} for each run of letters that write a vowel (ا و ي ى) after the first letter; a first
   * vowel letter (ا أ إ آ ع) is {@code a}, a first و is {@code w}, a first ي is {@code y}. The
   * article ال and a final ة are dropped, spaces ignored.
   */
  public static String arabicPattern(String key) {
    String k = key.replace(" ", "");
    k = k.startsWith("ال") && k.length() > 4 ? k.substring(2) : k;
    StringBuilder b = new StringBuilder(k.length());
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      boolean last = i == k.length() - 1;
      char x = switch (c) {
        case 'ب', 'پ' -> 'b';
        case 'ت', 'ط', 'ث' -> 't';
        case 'س', 'ص' -> 's';
        case 'ج', 'غ', 'گ', 'چ' -> 'g';
        case 'ح' -> 'h';
        case 'ه', 'ة' -> last ? 0 : 'h';
        case 'خ', 'ق', 'ك', 'ک' -> 'k';
        case 'د', 'ض' -> 'd';
        case 'ذ', 'ز', 'ظ', 'ژ' -> 'z';
        case 'ر' -> 'r';
        case 'ش' -> 'x';
        case 'ف', 'ڤ' -> 'f';
        case 'ل' -> 'l';
        case 'م' -> 'm';
        case 'ن' -> 'n';
        case 'و' -> i == 0 ? 'w' : 'V';
        case 'ي', 'ی' -> i == 0 ? 'y' : 'V';
        case 'ا', 'أ', 'إ', 'آ', 'ع' -> i == 0 ? 'a' : 'V';
        case 'ى' -> 'V';
        default -> 0; // ء ؤ ئ
      };
      append(b, x);
    }
    return b.toString();
  }

  /**
   * The pattern of a romanised name (GeoNames' ASCII name): consonant classes, {@code V} for each run
   * of vowels after the first letter, {@code a} for a first vowel; a final h after a vowel
   * (Sarmadah) is dropped like Arabic's final ة.
   */
  public static String latinPattern(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    if (s.length() > 3 && s.endsWith("h") && "aeiou".indexOf(s.charAt(s.length() - 2)) >= 0) {
      s = s.substring(0, s.length() - 1);
    }
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      int used = 1;
      char x;
      if (s.startsWith("sch", i) || s.startsWith("tch", i)) {
        x = 'x';
        used = 3;
      } else if (c == 's' && next == 'h' || c == 'c' && next == 'h') {
        x = 'x';
        used = 2;
      } else if ((c == 'k' || c == 'g') && next == 'h') {
        x = c == 'k' ? 'k' : 'g';
        used = 2;
      } else if (c == 't' && next == 'h' || c == 'p' && next == 'h' || c == 'd' && (next == 'j' || next == 'h')) {
        x = c == 't' ? 't' : c == 'p' ? 'f' : next == 'j' ? 'g' : 'd';
        used = 2;
      } else if (c == 'z' && next == 'h') {
        x = 'g';
        used = 2;
      } else if (c == 'c' && next == 'k') {
        x = 'k';
        used = 2;
      } else if (c == 'x') {
        append(b, 'k');
        x = 's';
      } else {
        x = switch (c) {
          case 'b', 'p' -> 'b';
          case 't' -> 't';
          case 's' -> 's';
          case 'c' -> next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
          case 'g', 'j' -> 'g';
          case 'h' -> 'h';
          case 'k', 'q' -> 'k';
          case 'd' -> 'd';
          case 'z' -> 'z';
          case 'r' -> 'r';
          case 'f', 'v' -> 'f';
          case 'l' -> 'l';
          case 'm' -> 'm';
          case 'n' -> 'n';
          case 'w' -> i == 0 ? 'w' : 'V';
          case 'y' -> i == 0 ? 'y' : 'V';
          case 'a', 'e', 'i', 'o', 'u' -> i == 0 ? 'a' : 'V';
          default -> 0;
        };
      }
      append(b, x);
      i += used;
    }
    return b.toString();
  }

  /** The lookup key of a pattern: its consonants (and first-letter mark), doubled ones once. */
  public static String skeleton(String pattern) {
    StringBuilder b = new StringBuilder(pattern.length());
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c != 'V') {
        append(b, c);
      }
    }
    return b.toString();
  }

  /**
   * True when the Arabic pattern can write the romanised one: the same consonants in the same order
   * (none merged across a vowel), a vowel letter only where the romanised name has a vowel, and at
   * most {@link #MAX_UNWRITTEN} vowel left unwritten inside the name (Arabic writes most vowels of a
   * foreign name: سيبيتوكي for Cibitoke, فيرجسون for Ferguson); a final vowel may go unwritten
   * (ديبالتسيف for Debaltseve). A name of fewer than {@link #MIN_LOOSE} consonants must write every
   * inner vowel.
   */
  public static boolean writes(String arabic, String latin) {
    int i = 0;
    int j = 0;
    int unwritten = 0;
    while (i < arabic.length()) {
      char a = arabic.charAt(i);
      if (j >= latin.length()) {
        return false;
      }
      char l = latin.charAt(j);
      if (a == l) {
        i++;
        j++;
      } else if (l == 'V') {
        unwritten++; // a vowel Arabic leaves unwritten
        j++;
      } else {
        return false;
      }
    }
    for (; j < latin.length(); j++) {
      if (latin.charAt(j) != 'V') {
        return false;
      }
    }
    return unwritten == 0 || unwritten <= MAX_UNWRITTEN && skeleton(arabic).length() >= MIN_LOOSE;
  }

  private static void append(StringBuilder b, char x) {
    if (x != 0 && (b.length() == 0 || b.charAt(b.length() - 1) != x)) {
      b.append(x);
    }
  }
}
