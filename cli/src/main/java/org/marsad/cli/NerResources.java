package org.marsad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.marsad.core.model.EntityType;
import org.marsad.core.ner.NerSentence;
import org.marsad.core.ner.GazetteerType;
import org.marsad.core.ner.NerLexicon;
import org.marsad.core.ner.NerModel;

/**
 * Loads what NER training and tagging read from files: gazetteer lists, the title list, word clusters
 * and models. Lists are UTF-8 lines with {@code #} comments; errors name {@code file:line}.
 */
final class NerResources {

  /** The bundled list of titles that precede names. */
  static final String TITLES_RESOURCE = "/org/marsad/cli/ner-titles.txt";
  /** The bundled list of given names. */
  static final String GIVEN_NAMES_RESOURCE = "/org/marsad/cli/ner-given-names.txt";
  /** The bundled list of organisations. */
  static final String ORGANISATIONS_RESOURCE = "/org/marsad/cli/ner-organisations.txt";
  /** ANERgazet's three list files, by the type they list. */
  private static final String[][] ANERGAZET = {
      {"AlignedPersGazetteer.txt", "PER"}, {"AlignedLocGazetteer.txt", "LOC"}, {"AlignedOrgGazetteer.txt", "ORG"}};
  private static final String ANERGAZET_SEPARATOR = "====";

  private NerResources() {}

  /** Adds ANERgazet's person, place and organisation lists from their folder. */
  static int addAnergazet(NerLexicon.Builder lexicon, Path dir) {
    int n = 0;
    for (String[] file : ANERGAZET) {
      Path p = dir.resolve(file[0]);
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException("gazetteer folder " + dir + " lacks " + file[0]);
      }
      try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        n += addLines(lexicon, r, GazetteerType.valueOf(file[1]));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
      }
    }
    return n;
  }

  /** Adds the titles, from {@code file} or else the bundled list. */
  static int addTitles(NerLexicon.Builder lexicon, Optional<Path> file) {
    try (InputStream in = file.isPresent() ? Files.newInputStream(file.get())
        : NerResources.class.getResourceAsStream(TITLES_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + TITLES_RESOURCE);
      }
      return addLines(lexicon, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), GazetteerType.TITLE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read titles " + file.map(Path::toString).orElse(TITLES_RESOURCE), e);
    }
  }

  /** Adds the bundled list of organisations. */
  static int addOrganisations(NerLexicon.Builder lexicon) {
    return addBundled(lexicon, ORGANISATIONS_RESOURCE, GazetteerType.ORG);
  }

  /** Adds the bundled list of given names, as persons. */
  static int addGivenNames(NerLexicon.Builder lexicon) {
    return addBundled(lexicon, GIVEN_NAMES_RESOURCE, GazetteerType.PER);
  }

  private static int addBundled(NerLexicon.Builder lexicon, String resource, GazetteerType type) {
    try (InputStream in = NerResources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return addLines(lexicon, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static int addLines(NerLexicon.Builder lexicon, BufferedReader r, GazetteerType type) throws IOException {
    int n = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#") || s.startsWith(ANERGAZET_SEPARATOR)) {
        continue;
      }
      lexicon.addPhrase(s, type);
      n++;
    }
    return n;
  }

  /** The column of GeoNames' alternate names in {@code cities500.txt}. */
  private static final int GEONAMES_ALTERNATES = 3;

  /** Adds the Arabic names (alternate names with an Arabic letter) of GeoNames places as places. */
  static int addGeonames(NerLexicon.Builder lexicon, Path file) {
    int n = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t", -1);
        if (f.length <= GEONAMES_ALTERNATES) {
          continue;
        }
        for (String name : f[GEONAMES_ALTERNATES].split(",")) {
          if (hasArabicLetter(name)) {
            lexicon.addPhrase(name, GazetteerType.LOC);
            n++;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read GeoNames " + file + ": " + e.getMessage(), e);
    }
    return n;
  }

  private static boolean hasArabicLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0621' && c <= '\u064A') {
        return true;
      }
    }
    return false;
  }

  /** Adds the PER, LOC and ORG entities of a labelled corpus as gazetteer phrases. */
  static int addCorpusEntities(NerLexicon.Builder lexicon, List<NerSentence> sentences) {
    int n = 0;
    for (NerSentence s : sentences) {
      for (NerSentence.Span span : s.spans()) {
        if (span.type() == EntityType.MISC) {
          continue;
        }
        lexicon.addPhrase(String.join(" ", s.tokens().subList(span.start(), span.end())),
            GazetteerType.valueOf(span.type().name()));
        n++;
      }
    }
    return n;
  }

  /** Adds clusters written by {@code marsad train clusters}: {@code word<TAB>fine<TAB>coarse}. */
  static int addClusters(NerLexicon.Builder lexicon, Path file) {
    return readRows(file, "clusters", 3, "word<TAB>fine<TAB>coarse",
        f -> lexicon.addCluster(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2])));
  }

  /** Adds cluster paths written by {@code marsad train clusters --method SKIPGRAM}: {@code word<TAB>n.n.n}. */
  static int addPaths(NerLexicon.Builder lexicon, Path file) {
    return readRows(file, "cluster paths", 2, "word<TAB>path",
        f -> lexicon.addPath(f[0], java.util.Arrays.stream(f[1].split("\\.")).mapToInt(Integer::parseInt).toArray()));
  }

  /**
   * Hands each row of a tab-separated file to {@code add} and counts them; lines starting with #
   * and blank lines are skipped, a row without {@code columns} fields or that {@code add} refuses
   * is an error naming {@code file:line}.
   */
  private static int readRows(Path file, String what, int columns, String expected, Consumer<String[]> add) {
    int n = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        try {
          if (f.length != columns) {
            throw new IllegalArgumentException("expected " + expected);
          }
          add.accept(f);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(file + ":" + lineNo + ": " + e.getMessage() + ": " + line);
        }
        n++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what + " " + file + ": " + e.getMessage(), e);
    }
    return n;
  }

  /** The model in {@code file}, or the bundled one. */
  static NerModel model(Optional<Path> file) {
    if (file.isEmpty()) {
      return NerModel.standard();
    }
    try (InputStream in = Files.newInputStream(file.get())) {
      return NerModel.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NER model " + file.get() + ": " + e.getMessage(), e);
    }
  }
}
