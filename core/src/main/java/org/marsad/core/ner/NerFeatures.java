package org.marsad.core.ner;

/**
 * Turns a sentence into hashed feature indices, {@link #PER_TOKEN} per token (-1 where a feature is
 * absent). Every feature is a template number hashed together with a value, so no feature strings are
 * built or stored. The templates:
 * <ul>
 *   <li>the token: bias, surface form, normalised form, stem, bare form, proclitic, prefixes of the
 *       stem (1-3 letters), suffixes of the normalised form (1-4 letters), shape, stem length;</li>
 *   <li>its context: normalised forms at -2..+2, stems at -1 and +1, and the word bigrams with each
 *       neighbour;</li>
 *   <li>word clusters: fine at -2..+2, the fine cluster of the stem or bare form, coarse at 0 and the
 *       coarse pairs with each neighbour, and the stem paired with the fine cluster of each neighbour;</li>
 *   <li>gazetteer membership: for each list (person, place, organisation, title) whether the token
 *       begins, continues, ends or alone forms a listed phrase, at -1, 0 and +1, and at 0 paired with
 *       the shape; whether a title ends within the two tokens before;</li>
 *   <li>the shapes of the token and its neighbours together, and whether the token opens the sentence;</li>
 *   <li>skip-gram cluster paths (of the word, else its stem or bare form): the prefixes of every length
 *       at 0, and the two-level prefix and the whole path at -1 and +1;</li>
 *   <li>when the lexicon has tag statistics ({@link TagStatistics}): the code of the stem (else of the
 *       bare form) at 0, -1 and +1, and the pair at 0 and +1.</li>
 * </ul>
 * A word without a cluster of its own takes the cluster of its stem or bare form (with the article
 * restored when it was stripped), so والليكود finds the cluster of الليكود.
 */
final class NerFeatures {

  /** Features per token without tag statistics. */
  static final int PER_TOKEN = 48;
  /** Features added when the lexicon has tag statistics ({@link TagStatistics}). */
  static final int TAG_FEATURES = 4;
  private static final String ARTICLE = "ال";
  private static final long ABSENT = 0x5DEECE66DL;
  private static final long BOUNDARY = 0x2545F4914F6CDD1DL;
  private static final int MAX_PREFIX = 3;
  private static final int MAX_SUFFIX = 4;
  private static final int MAX_LENGTH_BUCKET = 8;
  private static final int GAZ_BEGIN = 0;
  private static final int GAZ_INSIDE = 1;
  private static final int GAZ_END = 2;
  private static final int GAZ_SINGLE = 3;
  private static final int GAZ_POSITIONS = 4;
  /** {@link GazetteerType#values()} once: each call copies the array. */
  private static final GazetteerType[] GAZETTEER_TYPES = GazetteerType.values();

  // The slots of the features that nonLocal writes; every other slot k reads the one word at i + OFFSET[k].
  private static final int BIGRAM_BEFORE = 21;
  private static final int BIGRAM_AFTER = 22;
  private static final int COARSE_BEFORE = 29;
  private static final int COARSE_AFTER = 31;
  private static final int GAZETTEER = 32;
  private static final int GAZETTEER_BEFORE = 33;
  private static final int GAZETTEER_AFTER = 34;
  private static final int TITLE_BEFORE = 35;
  private static final int SHAPES = 36;
  private static final int STEM_FINE_AFTER = 38;
  private static final int FINE_BEFORE_STEM = 39;
  private static final int GAZETTEER_SHAPE = 40;
  /** The slots (of the first {@link #PER_TOKEN}) written by {@link #nonLocal}. */
  static final int[] NON_LOCAL = {BIGRAM_BEFORE, BIGRAM_AFTER, COARSE_BEFORE, COARSE_AFTER, GAZETTEER,
      GAZETTEER_BEFORE, GAZETTEER_AFTER, TITLE_BEFORE, SHAPES, STEM_FINE_AFTER, FINE_BEFORE_STEM, GAZETTEER_SHAPE};
  /** Marks a slot of {@link #NON_LOCAL} in {@link #OFFSET}. */
  static final int NOT_LOCAL = Integer.MIN_VALUE;
  /** The farthest offset a slot reads. */
  static final int REACH = 2;
  /**
   * For each of the first {@link #PER_TOKEN} slots, the offset of the one word it reads (the slot's value
   * for token i is a function of the word at i + offset alone, or of its absence when that is outside the
   * sentence), or {@link #NOT_LOCAL}. The sentence-start slot reads whether a word precedes.
   */
  static final int[] OFFSET = offsets();

  private static int[] offsets() {
    int[] offset = new int[PER_TOKEN];
    int[][] reads = {{15, -2}, {16, -1}, {17, 1}, {18, 2}, {19, -1}, {20, 1}, {23, -2}, {24, -1}, {26, 1},
        {27, 2}, {37, -1}, {44, -1}, {45, 1}, {46, -1}, {47, 1}};
    for (int[] r : reads) {
      offset[r[0]] = r[1];
    }
    for (int k : NON_LOCAL) {
      offset[k] = NOT_LOCAL;
    }
    return offset;
  }

  private final NerLexicon lexicon;
  private final int mask;
  private final int width;
  private final int[] denseIndices;

  NerFeatures(NerLexicon lexicon, int bits) {
    this.lexicon = lexicon;
    this.mask = (1 << bits) - 1;
    this.width = width(lexicon);
    this.denseIndices = lexicon.vectorDims() > 0 ? DenseFeatures.indices(lexicon.vectorDims(), mask) : null;
  }

  /** Features per token with this lexicon. */
  static int width(NerLexicon lexicon) {
    return PER_TOKEN + (lexicon.hasTagStatistics() ? TAG_FEATURES : 0);
  }

  /** Features per token. */
  int width() {
    return width;
  }

  /**
   * The features of a sentence, the stem hash of each token (the key of document statistics) and the
   * dense values ({@link DenseFeatures}; null when the lexicon has no word vectors).
   */
  record Extracted(int[] features, long[] stems, DenseFeatures.Row dense) {}

  /** The buckets of the dense features, or null when the lexicon has no word vectors. */
  int[] denseIndices() {
    return denseIndices;
  }

  /**
   * What the features read of one word on its own: its forms and their hashes, shape, clusters and
   * cluster path.
   */
  record Word(WordForms forms, long word, Shared shared, int stemCluster, int path) {}

  /** The values of one word that its neighbours' non-local features read too. */
  interface Values {
    long norm();

    long stem();

    long bare();

    int shape();

    int fine();

    int coarse();
  }

  /** {@link Values} alone. */
  record Shared(long norm, long stem, long bare, int shape, int fine, int coarse) implements Values {}

  /** A sentence's {@link Values} as columns, with its gazetteer codes: what {@link #nonLocal} reads. */
  record Columns(long[] norm, long[] stem, long[] bare, int[] shape, int[] fine, int[] coarse, int[] gaz) {}

  /** The columns of a sentence's words. */
  Columns columns(Values[] words) {
    int n = words.length;
    long[] norm = new long[n];
    long[] stem = new long[n];
    long[] bare = new long[n];
    int[] shape = new int[n];
    int[] fine = new int[n];
    int[] coarse = new int[n];
    for (int i = 0; i < n; i++) {
      Values w = words[i];
      norm[i] = w.norm();
      stem[i] = w.stem();
      bare[i] = w.bare();
      shape[i] = w.shape();
      fine[i] = w.fine();
      coarse[i] = w.coarse();
    }
    return new Columns(norm, stem, bare, shape, fine, coarse, gazetteerCodes(stem, bare, n));
  }

  /** The values of {@link Word} for one token. */
  Word word(String token) {
    WordForms f = WordForms.of(token);
    long norm = Hashing.of(f.norm());
    long stem = f.stem().equals(f.norm()) ? norm : Hashing.of(f.stem());
    long bare = f.bare().equals(f.stem()) ? stem : Hashing.of(f.bare());
    int c = lexicon.cluster(norm);
    int sc = f.stem().equals(f.norm()) ? NerLexicon.NO_CLUSTER : lexicon.cluster(Hashing.ofConcat(ARTICLE, f.stem()));
    if (sc == NerLexicon.NO_CLUSTER) {
      sc = lexicon.cluster(stem);
    }
    if (sc == NerLexicon.NO_CLUSTER) {
      sc = lexicon.cluster(bare);
    }
    if (sc == NerLexicon.NO_CLUSTER && !f.bare().equals(f.stem())) {
      sc = lexicon.cluster(Hashing.ofConcat(ARTICLE, f.bare()));
    }
    int path = pathOf(f, norm, stem, bare);
    if (c == NerLexicon.NO_CLUSTER) {
      c = sc;
    }
    return new Word(f, Hashing.of(f.word()),
        new Shared(norm, stem, bare, shape(f.word()), NerLexicon.fine(c), NerLexicon.coarse(c)), NerLexicon.fine(sc),
        path);
  }

  /** The feature indices of every token ({@code features[i * PER_TOKEN + k]} for token i) and its stem hash. */
  Extracted extractWithStems(String[] tokens) {
    Word[] words = new Word[tokens.length];
    for (int i = 0; i < words.length; i++) {
      words[i] = word(tokens[i]);
    }
    return extract(words);
  }

  /** {@link #extractWithStems} of tokens whose {@link Word} values are known. */
  Extracted extract(Word[] words) {
    int n = words.length;
    WordForms[] forms = new WordForms[n];
    long[] word = new long[n];
    int[] stemCluster = new int[n];
    int[] path = new int[n];
    Shared[] shared = new Shared[n];
    for (int i = 0; i < n; i++) {
      Word w = words[i];
      forms[i] = w.forms();
      word[i] = w.word();
      stemCluster[i] = w.stemCluster();
      path[i] = w.path();
      shared[i] = w.shared();
    }
    Columns columns = columns(shared);
    long[] norm = columns.norm();
    long[] stem = columns.stem();
    long[] bare = columns.bare();
    int[] shape = columns.shape();
    int[] fine = columns.fine();
    int[] coarse = columns.coarse();
    int[] tags = null;
    if (width > PER_TOKEN) {
      tags = new int[n];
      for (int i = 0; i < n; i++) {
        int t = lexicon.tagCode(stem[i]);
        tags[i] = t != 0 || bare[i] == stem[i] ? t : lexicon.tagCode(bare[i]);
      }
    }

    int[] out = new int[n * width];
    for (int i = 0; i < n; i++) {
      int o = i * width;
      WordForms f = forms[i];
      int k = 0;
      out[o + k] = index(k++, 0);
      out[o + k] = index(k++, word[i]);
      out[o + k] = index(k++, norm[i]);
      out[o + k] = index(k++, stem[i]);
      out[o + k] = index(k++, bare[i]);
      out[o + k] = index(k++, Hashing.of(f.proclitic()));
      for (int p = 1; p <= MAX_PREFIX; p++) {
        out[o + k] = f.stem().length() > p ? index(k, Hashing.of(f.stem(), 0, p)) : -1;
        k++;
      }
      for (int s = 1; s <= MAX_SUFFIX; s++) {
        out[o + k] = f.norm().length() > s ? index(k, Hashing.of(f.norm(), f.norm().length() - s, f.norm().length())) : -1;
        k++;
      }
      out[o + k] = index(k++, shape[i]);
      out[o + k] = index(k++, Math.min(f.stem().length(), MAX_LENGTH_BUCKET));
      out[o + k] = index(k++, at(norm, i - 2));
      out[o + k] = index(k++, at(norm, i - 1));
      out[o + k] = index(k++, at(norm, i + 1));
      out[o + k] = index(k++, at(norm, i + 2));
      out[o + k] = index(k++, at(stem, i - 1));
      out[o + k] = index(k++, at(stem, i + 1));
      k += 2; // BIGRAM_BEFORE, BIGRAM_AFTER: nonLocal
      out[o + k] = index(k++, clusterAt(fine, i - 2));
      out[o + k] = index(k++, clusterAt(fine, i - 1));
      out[o + k] = index(k++, clusterAt(fine, i));
      out[o + k] = index(k++, clusterAt(fine, i + 1));
      out[o + k] = index(k++, clusterAt(fine, i + 2));
      out[o + k] = index(k++, clusterAt(stemCluster, i));
      k++; // COARSE_BEFORE: nonLocal
      out[o + k] = index(k++, clusterAt(coarse, i));
      k += 6; // COARSE_AFTER, GAZETTEER, GAZETTEER_BEFORE, GAZETTEER_AFTER, TITLE_BEFORE, SHAPES: nonLocal
      out[o + k] = index(k++, i == 0 ? 1 : 0);
      k += 3; // STEM_FINE_AFTER, FINE_BEFORE_STEM, GAZETTEER_SHAPE: nonLocal
      for (int level = 1; level <= NerLexicon.PATH_LEVELS; level++) {
        out[o + k] = index(k++, pathAt(path, i, level));
      }
      out[o + k] = index(k++, pathAt(path, i - 1, 2));
      out[o + k] = index(k++, pathAt(path, i + 1, 2));
      out[o + k] = index(k++, pathAt(path, i - 1, NerLexicon.PATH_LEVELS));
      out[o + k] = index(k++, pathAt(path, i + 1, NerLexicon.PATH_LEVELS));
      nonLocal(columns, i, out, o);
      assert k <= PER_TOKEN;
      for (; k < PER_TOKEN; k++) {
        out[o + k] = -1;
      }
      if (tags != null) {
        out[o + k] = index(k++, tagAt(tags, i));
        out[o + k] = index(k++, tagAt(tags, i - 1));
        out[o + k] = index(k++, tagAt(tags, i + 1));
        out[o + k] = index(k++, Hashing.combine(tagAt(tags, i), tagAt(tags, i + 1)));
      }
    }
    return new Extracted(out, stem, dense(forms, norm, stem, bare));
  }

  /**
   * Writes the features of token {@code i} that read more than one word, or the gazetteer (whose codes
   * depend on the phrase around a word), into {@code out[o + slot]} for each slot of {@link #NON_LOCAL}.
   * Every other slot reads one word at a fixed offset ({@link #OFFSET}).
   */
  void nonLocal(Columns c, int i, int[] out, int o) {
    long[] norm = c.norm();
    long[] stem = c.stem();
    int[] shape = c.shape();
    int[] fine = c.fine();
    int[] coarse = c.coarse();
    int[] gaz = c.gaz();
    int n = norm.length;
    out[o + BIGRAM_BEFORE] = index(BIGRAM_BEFORE, Hashing.combine(at(norm, i - 1), norm[i]));
    out[o + BIGRAM_AFTER] = index(BIGRAM_AFTER, Hashing.combine(norm[i], at(norm, i + 1)));
    out[o + COARSE_BEFORE] = index(COARSE_BEFORE, Hashing.combine(clusterAt(coarse, i - 1), clusterAt(coarse, i)));
    out[o + COARSE_AFTER] = index(COARSE_AFTER, Hashing.combine(clusterAt(coarse, i), clusterAt(coarse, i + 1)));
    out[o + GAZETTEER] = gaz[i] != 0 ? index(GAZETTEER, gaz[i]) : -1;
    out[o + GAZETTEER_BEFORE] = index(GAZETTEER_BEFORE, i > 0 ? gaz[i - 1] : -1);
    out[o + GAZETTEER_AFTER] = index(GAZETTEER_AFTER, i + 1 < n ? gaz[i + 1] : -1);
    out[o + TITLE_BEFORE] = titleBefore(gaz, i) ? index(TITLE_BEFORE, 1) : -1;
    out[o + SHAPES] = index(SHAPES, Hashing.combine(at(shape, i - 1), Hashing.combine(shape[i], at(shape, i + 1))));
    out[o + STEM_FINE_AFTER] = index(STEM_FINE_AFTER, Hashing.combine(stem[i], clusterAt(fine, i + 1)));
    out[o + FINE_BEFORE_STEM] = index(FINE_BEFORE_STEM, Hashing.combine(clusterAt(fine, i - 1), stem[i]));
    out[o + GAZETTEER_SHAPE] = gaz[i] != 0 ? index(GAZETTEER_SHAPE, Hashing.combine(gaz[i], shape[i])) : -1;
  }

  int mask() {
    return mask;
  }

  private int index(int template, long value) {
    return index(template, value, mask);
  }

  static int index(int template, long value, int mask) {
    long h = Hashing.combine(template + 1L, value);
    return (int) (h >>> 32) & mask;
  }

  private static long at(long[] values, int i) {
    return i < 0 || i >= values.length ? BOUNDARY : values[i];
  }

  private static long at(int[] values, int i) {
    return i < 0 || i >= values.length ? BOUNDARY : values[i];
  }

  private static long tagAt(int[] tags, int i) {
    if (i < 0 || i >= tags.length) {
      return BOUNDARY;
    }
    return tags[i] == 0 ? ABSENT : tags[i];
  }

  private static long clusterAt(int[] clusters, int i) {
    if (i < 0 || i >= clusters.length) {
      return BOUNDARY;
    }
    return clusters[i] == NerLexicon.NO_CLUSTER ? ABSENT : clusters[i];
  }

  /** The tokens' word vectors, each looked up like its cluster path; null without vectors. */
  private DenseFeatures.Row dense(WordForms[] forms, long[] norm, long[] stem, long[] bare) {
    if (denseIndices == null) {
      return null;
    }
    NerLexicon.Vectors vectors = lexicon.vectors();
    int dims = vectors.dims();
    float step = vectors.step();
    byte[] data = vectors.values();
    float[] values = new float[forms.length * dims];
    for (int i = 0; i < forms.length; i++) {
      int row = vectorRow(vectors, forms[i], norm[i], stem[i], bare[i]);
      if (row >= 0) {
        for (int k = 0; k < dims; k++) {
          values[i * dims + k] = data[row * dims + k] * step;
        }
      }
    }
    return new DenseFeatures.Row(values, dims, denseIndices);
  }

  /** The vector row of the word, else of its stem (with the article restored first), else of its bare form. */
  private static int vectorRow(NerLexicon.Vectors v, WordForms f, long norm, long stem, long bare) {
    int r = v.row(norm);
    if (r < 0 && !f.stem().equals(f.norm())) {
      r = v.row(Hashing.ofConcat(ARTICLE, f.stem()));
      if (r < 0) {
        r = v.row(stem);
      }
    }
    if (r < 0 && bare != stem) {
      r = v.row(bare);
      if (r < 0) {
        r = v.row(Hashing.ofConcat(ARTICLE, f.bare()));
      }
    }
    return r;
  }

  /** The cluster path of the word, else of its stem (with the article restored first), else of its bare form. */
  private int pathOf(WordForms f, long norm, long stem, long bare) {
    int p = lexicon.path(norm);
    if (p == NerLexicon.NO_CLUSTER && !f.stem().equals(f.norm())) {
      p = lexicon.path(Hashing.ofConcat(ARTICLE, f.stem()));
      if (p == NerLexicon.NO_CLUSTER) {
        p = lexicon.path(stem);
      }
    }
    if (p == NerLexicon.NO_CLUSTER && bare != stem) {
      p = lexicon.path(bare);
      if (p == NerLexicon.NO_CLUSTER) {
        p = lexicon.path(Hashing.ofConcat(ARTICLE, f.bare()));
      }
    }
    return p;
  }

  private static long pathAt(int[] paths, int i, int levels) {
    if (i < 0 || i >= paths.length) {
      return BOUNDARY;
    }
    return paths[i] == NerLexicon.NO_CLUSTER ? ABSENT : NerLexicon.pathPrefix(paths[i], levels) * 8L + levels;
  }

  private static boolean titleBefore(int[] gaz, int i) {
    int title = GazetteerType.TITLE.ordinal() * GAZ_POSITIONS;
    for (int j = Math.max(0, i - 2); j < i; j++) {
      if ((gaz[j] & (1 << (title + GAZ_END) | 1 << (title + GAZ_SINGLE))) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * For each token, a bit per (list, position) pair: the token begins, continues, ends or alone forms
   * a phrase of that list. A phrase's first token may also match by its bare form.
   */
  int[] gazetteerCodes(long[] stem, long[] bare, int n) {
    int[] codes = new int[n];
    // the stems with token i's bare form in its place while phrases from i are marked, restored after:
    // one copy per sentence instead of one per token that has a bare form
    long[] first = stem.clone();
    for (int i = 0; i < n; i++) {
      mark(codes, stem, i, n);
      if (bare[i] != stem[i]) {
        first[i] = bare[i];
        mark(codes, first, i, n);
        first[i] = stem[i];
      }
    }
    return codes;
  }

  private void mark(int[] codes, long[] keys, int from, int n) {
    int limit = Math.min(n, from + NerLexicon.MAX_PHRASE);
    for (int to = from + 1; to <= limit; to++) {
      int types = lexicon.phraseMask(keys, from, to);
      if (types == 0) {
        return;
      }
      for (GazetteerType t : GAZETTEER_TYPES) {
        if ((types & t.bit()) == 0) {
          continue;
        }
        int base = t.ordinal() * GAZ_POSITIONS;
        if (to - from == 1) {
          codes[from] |= 1 << (base + GAZ_SINGLE);
        } else {
          codes[from] |= 1 << (base + GAZ_BEGIN);
          for (int j = from + 1; j < to - 1; j++) {
            codes[j] |= 1 << (base + GAZ_INSIDE);
          }
          codes[to - 1] |= 1 << (base + GAZ_END);
        }
      }
    }
  }

  /** A small code for the token's character classes: Arabic, Latin (upper/lower), digit, punctuation. */
  static int shape(String word) {
    int code = 0;
    int last = -1;
    int runs = 0;
    for (int i = 0; i < word.length() && runs < 4; i++) {
      char c = word.charAt(i);
      int cls;
      if (c >= '\u0600' && c <= '\u06FF') {
        cls = Character.isDigit(c) ? 2 : 1;
      } else if (Character.isDigit(c)) {
        cls = 2;
      } else if (Character.isUpperCase(c)) {
        cls = 3;
      } else if (Character.isLetter(c)) {
        cls = 4;
      } else {
        cls = 5;
      }
      if (cls != last) {
        code = code * 8 + cls;
        last = cls;
        runs++;
      }
    }
    return code * 8 + Math.min(word.length(), 7);
  }
}
