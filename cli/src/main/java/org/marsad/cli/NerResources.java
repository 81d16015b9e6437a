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
   * Adds word vectors written by {@code marsad train clusters --method SKIPGRAM --vectors}
   * ({@code word<TAB>v1 v2 ...}), reduced by principal components: each vector is centred on the mean
   * of all, projected on the {@code dims} components of largest variance, each component divided by its
   * standard deviation over the words and multiplied by {@code scale}, then stored in steps of
   * {@code scale / 32} (so up to about 4 standard deviations). The components come from a Jacobi
   * eigendecomposition of the covariance, which is deterministic, so the same file gives the same model.
   *
   * @return the number of words given a vector
   */
  static int addVectors(NerLexicon.Builder lexicon, Path file, int dims, float scale) {
    List<String> words = new java.util.ArrayList<>();
    List<float[]> vectors = new java.util.ArrayList<>();
    readRows(file, "word vectors", 2, "word<TAB>space-separated values", f -> {
      String[] parts = f[1].trim().split(" ");
      float[] v = new float[parts.length];
      for (int k = 0; k < v.length; k++) {
        v[k] = Float.parseFloat(parts[k]);
      }
      if (!vectors.isEmpty() && v.length != vectors.get(0).length) {
        throw new IllegalArgumentException(v.length + " values, expected " + vectors.get(0).length);
      }
      words.add(f[0]);
      vectors.add(v);
    });
    if (vectors.isEmpty()) {
      return 0;
    }
    int d = vectors.get(0).length;
    if (dims < 1 || dims > d) {
      throw new IllegalArgumentException("--vector-dims must lie in 1.." + d + ": " + dims);
    }
    double[] mean = new double[d];
    for (float[] v : vectors) {
      for (int k = 0; k < d; k++) {
        mean[k] += v[k];
      }
    }
    for (int k = 0; k < d; k++) {
      mean[k] /= vectors.size();
    }
    double[][] cov = new double[d][d];
    double[] x = new double[d];
    for (float[] v : vectors) {
      for (int k = 0; k < d; k++) {
        x[k] = v[k] - mean[k];
      }
      for (int a = 0; a < d; a++) {
        for (int b = a; b < d; b++) {
          cov[a][b] += x[a] * x[b];
        }
      }
    }
    for (int a = 0; a < d; a++) {
      for (int b = a; b < d; b++) {
        cov[a][b] /= vectors.size();
        cov[b][a] = cov[a][b];
      }
    }
    double[][] eigenvectors = new double[d][d];
    double[] eigenvalues = jacobi(cov, eigenvectors);
    Integer[] order = new Integer[d];
    for (int k = 0; k < d; k++) {
      order[k] = k;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(eigenvalues[b], eigenvalues[a]));
    float step = scale / 32f;
    for (int i = 0; i < words.size(); i++) {
      float[] v = vectors.get(i);
      float[] y = new float[dims];
      for (int c = 0; c < dims; c++) {
        int col = order[c];
        double dot = 0;
        for (int k = 0; k < d; k++) {
          dot += (v[k] - mean[k]) * eigenvectors[k][col];
        }
        y[c] = (float) (dot / Math.sqrt(Math.max(eigenvalues[col], 1e-12)) * scale);
      }
      lexicon.addVector(words.get(i), y, step);
    }
    return words.size();
  }

  /**
   * Eigenvalues of a symmetric matrix by cyclic Jacobi rotations; {@code vectors} receives the
   * eigenvectors as columns. {@code a} is overwritten.
   */
  static double[] jacobi(double[][] a, double[][] vectors) {
    int n = a.length;
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(vectors[i], 0);
      vectors[i][i] = 1;
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          off += a[p][q] * a[p][q];
        }
      }
      if (off < 1e-22) {
        break;
      }
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          if (Math.abs(a[p][q]) < 1e-300) {
            continue;
          }
          double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
          double t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
          }
          for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
          }
          for (int k = 0; k < n; k++) {
            double vkp = vectors[k][p];
            double vkq = vectors[k][q];
            vectors[k][p] = c * vkp - s * vkq;
            vectors[k][q] = s * vkp + c * vkq;
          }
        }
      }
    }
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = a[i][i];
    }
    return values;
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
