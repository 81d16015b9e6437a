package org.marsad.core.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The lexical resources the features read, kept as hashes inside the model: the gazetteer (phrases
 * of person, place and organisation names and titles) and word clusters learned from unlabelled news.
 * Immutable. Keys:
 * <ul>
 *   <li>a gazetteer phrase is keyed by the {@link WordForms#stem() stems} of its words, so الأردن,
 *       والأردن and بالأردن all match the entry أردن;</li>
 *   <li>a cluster is keyed by the normalised word; each word has a fine and a coarse cluster;</li>
 *   <li>a cluster path (from the skip-gram tree) is keyed by the normalised word; it packs up to
 *       {@value #PATH_LEVELS} cluster numbers below {@value #PATH_BRANCHING_LIMIT}, coarse first;</li>
 *   <li>a word vector (seventh round; dense features, {@link DenseFeatures}) is keyed by the normalised
 *       word; its values are stored as signed bytes times one step, so training sees exactly the values
 *       that tagging sees.</li>
 * </ul>
 */
public final class NerLexicon {

  /** The longest gazetteer phrase that is matched, in tokens. */
  static final int MAX_PHRASE = 6;
  /** Returned by {@link #cluster} for a word outside the clustered vocabulary. */
  static final int NO_CLUSTER = -1;
  /** The mask bit of a phrase that begins a longer listed phrase. */
  static final int PREFIX = 1 << 30;
  private static final int FINE_BITS = 16;
  private static final int FINE_MASK = (1 << FINE_BITS) - 1;

  /** The most levels of a cluster path. */
  static final int PATH_LEVELS = 3;
  /** Cluster numbers on a path lie below this. */
  static final int PATH_BRANCHING_LIMIT = 256;
  private static final int PATH_LEVEL_BITS = 8;

  static final NerLexicon EMPTY = new NerLexicon(LongIntMap.empty(), LongIntMap.empty(), LongIntMap.empty());

  private final LongIntMap gazetteer;
  private final LongIntMap clusters;
  private final LongIntMap paths;
  private final LongIntMap tagStatistics;
  private final Vectors vectors;

  /**
   * Word vectors: {@code rows} maps a normalised word's hash to its row; row r holds
   * {@code values[r * dims .. (r + 1) * dims)}, each value being the byte times {@code step}.
   */
  record Vectors(int dims, float step, LongIntMap rows, byte[] values) {
    static final Vectors NONE = new Vectors(0, 0, LongIntMap.empty(), new byte[0]);

    Vectors {
      if (dims < 0 || values.length != rows.size() * dims) {
        throw new IllegalArgumentException("word vectors of " + values.length + " values for " + rows.size()
            + " words of " + dims + " dimensions");
      }
    }

    /** The row of a normalised word's hash, or -1. */
    int row(long hash) {
      return rows.get(hash, -1);
    }
  }

  NerLexicon(LongIntMap gazetteer, LongIntMap clusters, LongIntMap paths) {
    this(gazetteer, clusters, paths, LongIntMap.empty());
  }

  NerLexicon(LongIntMap gazetteer, LongIntMap clusters, LongIntMap paths, LongIntMap tagStatistics) {
    this(gazetteer, clusters, paths, tagStatistics, Vectors.NONE);
  }

  NerLexicon(LongIntMap gazetteer, LongIntMap clusters, LongIntMap paths, LongIntMap tagStatistics, Vectors vectors) {
    this.gazetteer = gazetteer;
    this.clusters = clusters;
    this.paths = paths;
    this.tagStatistics = tagStatistics;
    this.vectors = vectors;
  }

  /**
   * This lexicon with the tag statistics of {@code statistics} (what a tagger said about each stem over
   * unlabelled news; see {@link TagStatistics}) in place of its own.
   */
  public NerLexicon withTagStatistics(TagStatistics statistics) {
    return new NerLexicon(gazetteer, clusters, paths, statistics.codes(), vectors);
  }

  Vectors vectors() {
    return vectors;
  }

  /** Dimensions of the word vectors, 0 when the lexicon has none (then there are no dense features). */
  int vectorDims() {
    return vectors.dims();
  }

  LongIntMap tagStatistics() {
    return tagStatistics;
  }

  /** True when the lexicon carries tag statistics, which add {@link NerFeatures#TAG_FEATURES} features. */
  boolean hasTagStatistics() {
    return tagStatistics.size() > 0;
  }

  /** The tag-statistics code of a stem (see {@link TagStatistics}), or 0 when the stem has none. */
  int tagCode(long stemHash) {
    return tagStatistics.get(stemHash, 0);
  }

  /** Starts an empty lexicon. */
  public static Builder builder() {
    return new Builder();
  }

  LongIntMap gazetteer() {
    return gazetteer;
  }

  LongIntMap clusters() {
    return clusters;
  }

  LongIntMap paths() {
    return paths;
  }

  /** The packed cluster path of a normalised word, or {@link #NO_CLUSTER}. */
  int path(long normHash) {
    return paths.get(normHash, NO_CLUSTER);
  }

  /** The first {@code levels} cluster numbers of a packed path, as one number; {@link #NO_CLUSTER} stays. */
  static int pathPrefix(int packed, int levels) {
    return packed == NO_CLUSTER ? NO_CLUSTER : packed >>> (PATH_LEVEL_BITS * (PATH_LEVELS - levels));
  }

  /** The packed clusters of a normalised word (fine in the low 16 bits), or {@link #NO_CLUSTER}. */
  int cluster(long normHash) {
    return clusters.get(normHash, NO_CLUSTER);
  }

  static int fine(int packed) {
    return packed == NO_CLUSTER ? NO_CLUSTER : packed & FINE_MASK;
  }

  static int coarse(int packed) {
    return packed == NO_CLUSTER ? NO_CLUSTER : packed >>> FINE_BITS;
  }

  /**
   * The mask of the phrase whose stem hashes are {@code stems[from..to)}: a bit per {@link GazetteerType}
   * it is listed under, plus {@link #PREFIX} when a longer phrase starts with it; 0 when neither.
   */
  int phraseMask(long[] stems, int from, int to) {
    return gazetteer.get(phraseKey(stems, from, to), 0);
  }

  static long phraseKey(long[] stems, int from, int to) {
    long h = stems[from];
    for (int i = from + 1; i < to; i++) {
      h = Hashing.combine(h, stems[i]);
    }
    return h;
  }

  /** Collects gazetteer phrases and clusters; the texts are hashed at once, so the builder is cheap. */
  public static final class Builder {
    private final List<long[]> gazetteer = new ArrayList<>();
    private final List<long[]> clusters = new ArrayList<>();
    private final List<long[]> paths = new ArrayList<>();
    private final List<Long> vectorKeys = new ArrayList<>();
    private final List<byte[]> vectorRows = new ArrayList<>();
    private int vectorDims;
    private float vectorStep;

    /**
     * Adds a gazetteer phrase, split on whitespace; phrases longer than {@value #MAX_PHRASE} words are
     * ignored because they could never match.
     */
    public Builder addPhrase(String phrase, GazetteerType type) {
      String[] words = phrase.trim().split("\\s+");
      if (words.length == 0 || words[0].isEmpty() || words.length > MAX_PHRASE) {
        return this;
      }
      long[] stems = new long[words.length];
      for (int i = 0; i < words.length; i++) {
        stems[i] = Hashing.of(WordForms.of(words[i]).stem());
      }
      for (int n = 1; n < stems.length; n++) {
        gazetteer.add(new long[] {phraseKey(stems, 0, n), PREFIX});
      }
      gazetteer.add(new long[] {phraseKey(stems, 0, stems.length), type.bit()});
      return this;
    }

    /** Assigns a word (normalised here) to a fine and a coarse cluster, both below 65,536. */
    public Builder addCluster(String word, int fine, int coarse) {
      if (fine < 0 || fine > FINE_MASK || coarse < 0 || coarse > FINE_MASK) {
        throw new IllegalArgumentException("cluster out of range for " + word + ": " + fine + "/" + coarse);
      }
      String norm = NerNormalizer.normalize(word);
      clusters.add(new long[] {Hashing.of(norm), (long) coarse << FINE_BITS | fine});
      return this;
    }

    /**
     * Places a word (normalised here) on a path of at most {@value #PATH_LEVELS} cluster numbers, each
     * below {@value #PATH_BRANCHING_LIMIT}, coarse first.
     */
    public Builder addPath(String word, int[] path) {
      if (path.length == 0 || path.length > PATH_LEVELS) {
        throw new IllegalArgumentException("cluster path of " + path.length + " levels for " + word
            + ", expected 1.." + PATH_LEVELS);
      }
      int packed = 0;
      for (int level = 0; level < PATH_LEVELS; level++) {
        int c = level < path.length ? path[level] : 0;
        if (c < 0 || c >= PATH_BRANCHING_LIMIT) {
          throw new IllegalArgumentException("cluster number out of range for " + word + ": " + c);
        }
        packed = packed << PATH_LEVEL_BITS | c;
      }
      paths.add(new long[] {Hashing.of(NerNormalizer.normalize(word)), packed});
      return this;
    }

    /**
     * Gives a word (normalised here) a vector; the values are rounded to multiples of {@code step} and
     * clipped to ±127 steps. Every vector must have the same dimensions and step; a word given twice
     * keeps its first vector.
     */
    public Builder addVector(String word, float[] vector, float step) {
      if (vector.length == 0 || !(step > 0)) {
        throw new IllegalArgumentException("a word vector needs dimensions and a step above 0: " + word);
      }
      if (vectorRows.isEmpty()) {
        vectorDims = vector.length;
        vectorStep = step;
      } else if (vector.length != vectorDims || step != vectorStep) {
        throw new IllegalArgumentException("word vector of " + vector.length + " dimensions (step " + step + ") for "
            + word + ", expected " + vectorDims + " (step " + vectorStep + ")");
      }
      byte[] q = new byte[vector.length];
      for (int k = 0; k < q.length; k++) {
        q[k] = (byte) Math.max(-127, Math.min(127, Math.round(vector[k] / step)));
      }
      vectorKeys.add(Hashing.of(NerNormalizer.normalize(word)));
      vectorRows.add(q);
      return this;
    }

    public NerLexicon build() {
      return new NerLexicon(toMap(gazetteer), toMap(clusters), toMap(paths), LongIntMap.empty(), vectors());
    }

    private Vectors vectors() {
      if (vectorRows.isEmpty()) {
        return Vectors.NONE;
      }
      java.util.Map<Long, Integer> first = new java.util.LinkedHashMap<>();
      for (int i = 0; i < vectorKeys.size(); i++) {
        first.putIfAbsent(vectorKeys.get(i) == 0 ? 1L : vectorKeys.get(i), i);
      }
      long[] keys = new long[first.size()];
      int[] rows = new int[first.size()];
      byte[] values = new byte[first.size() * vectorDims];
      int r = 0;
      for (java.util.Map.Entry<Long, Integer> e : first.entrySet()) {
        keys[r] = e.getKey();
        rows[r] = r;
        System.arraycopy(vectorRows.get(e.getValue()), 0, values, r * vectorDims, vectorDims);
        r++;
      }
      return new Vectors(vectorDims, vectorStep, LongIntMap.of(keys, rows, r), values);
    }

    private static LongIntMap toMap(List<long[]> entries) {
      long[] keys = new long[entries.size()];
      int[] values = new int[entries.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = entries.get(i)[0];
        values[i] = (int) entries.get(i)[1];
      }
      return LongIntMap.of(keys, values, keys.length);
    }
  }

  @Override
  public String toString() {
    return "NerLexicon[gazetteer=" + gazetteer.size() + ", clusters=" + clusters.size() + ", paths=" + paths.size()
        + ", tag statistics=" + tagStatistics.size() + ", vectors=" + vectors.rows().size() + "x" + vectors.dims() + "]";
  }
}
