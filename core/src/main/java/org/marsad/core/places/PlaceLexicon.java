package org.marsad.core.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.core.util.StringMap;
import org.marsad.core.util.StringSet;

/**
 * The word lists of the toponym recogniser, in matching form ({@link ArabicNames#key}): descriptors
 * (محافظة، قضاء، مدينة ...), relative words (شمال، قرب ...), person cues (titles and given names),
 * common words that are also place names, and the words around a place name that make it part of
 * an organisation's or club's name. Immutable; read once from a UTF-8 text file with
 * {@code [section]} headers and {@code #} comments (see the bundled {@code lexicon.txt}). Errors name
 * {@code source:line}.
 */
public final class PlaceLexicon {

  /** Where {@link #standard()} reads the bundled lexicon. */
  public static final String RESOURCE = "/org/marsad/core/places/lexicon.txt";

  /**
   * What a descriptor announces. {@code CAPITAL} (العاصمة) announces a town but, unlike مدينة, does
   * not make a common word a place; {@code ANY} fits every kind of place.
   */
  public enum Kind {
    COUNTRY, ADMIN1, ADMIN2, CITY, CAPITAL, VILLAGE, REGION, ANY;

    /** A descriptor of a town, village, governorate or district: it makes even a common word a place. */
    public boolean namesPlace() {
      return this == ADMIN1 || this == ADMIN2 || this == CITY || this == VILLAGE;
    }
  }

  private final Map<String, Kind> descriptors;
  private final Set<String> relative;
  private final Set<String> person;
  private final Set<String> stop;
  private final Set<String> ambiguous;
  private final Set<String> locative;
  private final Set<String> organisation;
  private final Set<String> club;

  private PlaceLexicon(Map<String, Kind> descriptors, Set<String> relative, Set<String> person, Set<String> stop,
      Set<String> ambiguous, Set<String> locative, Set<String> organisation, Set<String> club) {
    this.descriptors = StringMap.copyOf(descriptors);
    this.relative = StringSet.copyOf(relative);
    this.person = StringSet.copyOf(person);
    this.stop = StringSet.copyOf(stop);
    this.ambiguous = StringSet.copyOf(ambiguous);
    this.locative = StringSet.copyOf(locative);
    this.organisation = StringSet.copyOf(organisation);
    this.club = StringSet.copyOf(club);
  }

  public static PlaceLexicon standard() {
    InputStream in = PlaceLexicon.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("lexicon resource missing from the classpath: " + RESOURCE);
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(r, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  public static PlaceLexicon read(Reader reader, String source) throws IOException {
    BufferedReader r = new BufferedReader(reader);
    Map<String, Kind> descriptors = new HashMap<>();
    Set<String> relative = new HashSet<>();
    Set<String> person = new HashSet<>();
    Set<String> stop = new HashSet<>();
    Set<String> ambiguous = new HashSet<>();
    Set<String> locative = new HashSet<>();
    Set<String> organisation = new HashSet<>();
    Set<String> club = new HashSet<>();
    String section = "";
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      int hash = line.indexOf('#');
      String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (s.isEmpty()) {
        continue;
      }
      if (s.startsWith("[") && s.endsWith("]")) {
        section = s.substring(1, s.length() - 1);
        if (!Set.of("descriptor", "relative", "person", "stop", "ambiguous", "locative", "organisation",
            "club").contains(section)) {
          throw new IllegalArgumentException(source + ":" + lineNo + ": unknown section [" + section + "]");
        }
        continue;
      }
      String[] f = s.split("\\s+");
      String word = ArabicNames.key(f[0]);
      if (section.isEmpty()) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": entry '" + s + "' before any [section]");
      }
      if (section.equals("descriptor")) {
        if (f.length != 2) {
          throw new IllegalArgumentException(source + ":" + lineNo + ": expected 'WORD KIND', found '" + s + "'");
        }
        try {
          descriptors.put(word, Kind.valueOf(f[1].toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(source + ":" + lineNo + ": unknown kind '" + f[1] + "'", e);
        }
        continue;
      }
      if (f.length != 1) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": expected one word, found '" + s + "'");
      }
      switch (section) {
        case "relative" -> relative.add(word);
        case "person" -> person.add(word);
        case "stop" -> stop.add(word);
        case "locative" -> locative.add(word);
        case "organisation" -> organisation.add(word);
        case "club" -> club.add(word);
        default -> ambiguous.add(word);
      }
    }
    return new PlaceLexicon(descriptors, relative, person, stop, ambiguous, locative, organisation, club);
  }

  public Optional<Kind> descriptor(String key) {
    return Optional.ofNullable(descriptors.get(key));
  }

  public boolean isRelative(String key) {
    return relative.contains(key);
  }

  public boolean isPersonCue(String key) {
    return person.contains(key);
  }

  public boolean isStop(String key) {
    return stop.contains(key);
  }

  public boolean isLocative(String key) {
    return locative.contains(key);
  }

  /** A word that makes the name right after it part of an organisation's or team's name (قوات، نادي). */
  public boolean isOrganisationCue(String key) {
    return organisation.contains(key);
  }

  /** A word that makes the town's name right before it a club's (برشلونة الإسباني، مانشستر يونايتد). */
  public boolean isClubCue(String key) {
    return club.contains(key);
  }

  public boolean isAmbiguous(String key) {
    return ambiguous.contains(key);
  }
}
