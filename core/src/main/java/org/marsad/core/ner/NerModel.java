package org.marsad.core.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.marsad.core.util.Memos;

/**
 * A trained recogniser: first-order linear-chain models over the nine BIO labels, decoded with Viterbi
 * under the BIO constraint (an {@code I-X} only after {@code B-X} or {@code I-X}), so every output is a
 * valid BIO sequence. Two passes: the first tags each sentence from its own features
 * ({@link NerFeatures}); the optional second pass adds what the first said about the same words
 * elsewhere in the document ({@link DocumentFeatures}). Weights are indexed by hashed feature and label.
 * News text is tagged through per-word sums of the features that read one word ({@link WordEmissions}),
 * which give exactly the labels of reading every feature's weights ({@code tagByFeature}).
 * Immutable and thread-safe; {@link #standard()} loads the bundled model once.
 *
 * <p>File format (gzip): magic, version, hash bits, label count, the lexicon's gazetteer, cluster and
 * cluster-path entries, then each pass: start and transition weights and, per domain, the non-zero feature weights
 * as (gap, value) pairs. Version 6 adds the tag statistics' map after the paths; version 7 (word vectors,
 * seventh round) has the tag statistics' map (maybe empty) and then the vectors: dimensions, step, the number
 * of words, and each word's hash followed by its row of bytes. A model without vectors is still written as version 5 or 6.
 */
public final class NerModel {

  /** The classpath resource of the bundled model. */
  public static final String RESOURCE = "/org/marsad/core/ner/ner-model.bin";
  private static final int MAGIC = 0x4D4E4552;
  /** The version of a model without tag statistics; one with them is {@link #VERSION_TAGS} and has a fourth map. */
  private static final int VERSION = 5;
  private static final int VERSION_TAGS = 6;
  private static final int VERSION_VECTORS = 7;
  private static final int L = NerLabel.COUNT;
  private static final float IMPOSSIBLE = Float.NEGATIVE_INFINITY;
  /** {@code ALLOWED[p * L + y]}: label y may follow label p in BIO. */
  private static final boolean[] ALLOWED = allowedTransitions();

  /** {@code PREDECESSORS[y]}: the labels y may follow, in ascending order. */
  private static final int[][] PREDECESSORS = predecessors();

  private static int[][] predecessors() {
    int[][] out = new int[L][];
    for (int y = 0; y < L; y++) {
      int count = 0;
      int[] p = new int[L];
      for (int q = 0; q < L; q++) {
        if (ALLOWED[q * L + y]) {
          p[count++] = q;
        }
      }
      out[y] = java.util.Arrays.copyOf(p, count);
    }
    return out;
  }

  private static boolean[] allowedTransitions() {
    boolean[] allowed = new boolean[L * L];
    for (int p = 0; p < L; p++) {
      for (int y = 0; y < L; y++) {
        allowed[p * L + y] = NerLabel.of(y).canFollow(NerLabel.of(p));
      }
    }
    return allowed;
  }

  /**
   * The weights of one pass.
   *
   * @param width features per token that this pass reads
   * @param weights feature weights per domain ({@link NerDomain#ordinal()}), null for a domain not
   *     trained on; news is always present
   * @param start weights of the first label
   * @param transitions weights of label pairs, {@code [previous * L + next]}
   * @param outsideBias added to the score of {@code O} at every token: below zero it trades precision
   *     for recall (tuned on development data after training)
   */
  record Pass(int width, float[][] weights, float[] start, float[] transitions, float outsideBias) {
    Pass {
      if (weights.length != NerDomain.values().length || weights[NerDomain.NEWS.ordinal()] == null
          || start.length != L || transitions.length != L * L) {
        throw new IllegalArgumentException("inconsistent NER model pass");
      }
    }

    Pass withOutsideBias(float bias) {
      return new Pass(width, weights, start, transitions, bias);
    }

    float[] weightsOf(NerDomain domain) {
      float[] w = weights[domain.ordinal()];
      return w != null ? w : weights[NerDomain.NEWS.ordinal()];
    }
  }

  private final int bits;
  private final Pass first;
  private final Optional<Pass> second;
  private final NerLexicon lexicon;
  private final NerFeatures features;
  private final Quantised[] firstTables;
  private final Quantised[] secondTables;
  /** The news tables' sums per word, or null when the features are not the plain ones. */
  private final WordEmissions words;
  /** {@link #interleave}d news weights of the passes; null when {@link #words} is. */
  private final short[] newsWeights;

  NerModel(int bits, Pass first, Optional<Pass> second, NerLexicon lexicon) {
    int size = (1 << bits) * L;
    for (Pass p : second.isPresent() ? List.of(first, second.get()) : List.of(first)) {
      for (float[] w : p.weights()) {
        if (w != null && w.length != size) {
          throw new IllegalArgumentException("weights of " + w.length + " for " + bits + " hash bits");
        }
      }
    }
    int width = NerFeatures.width(lexicon);
    if (first.width() != width || second.isPresent() && second.get().width() != DocumentFeatures.width(width)) {
      throw new IllegalArgumentException("passes of width " + first.width() + "/" + second.map(Pass::width).orElse(0)
          + " for a lexicon of " + width + " features per token");
    }
    this.bits = bits;
    this.first = first;
    this.second = second;
    this.lexicon = lexicon;
    this.features = new NerFeatures(lexicon, bits);
    this.firstTables = Quantised.of(first);
    this.secondTables = second.map(Quantised::of).orElse(null);
    int news = NerDomain.NEWS.ordinal();
    int capacity = Memos.capacity(WordEmissions.CAPACITY, WordEmissions.ENTRY_BYTES);
    this.words = features.width() != NerFeatures.PER_TOKEN || features.denseIndices() != null ? null
        : secondTables == null ? new WordEmissions(features, capacity, firstTables[news].weights())
        : new WordEmissions(features, capacity, firstTables[news].weights(),
            secondTables[news].weights());
    this.newsWeights = words == null ? null
        : interleave(firstTables[news].weights(), secondTables == null ? null : secondTables[news].weights());
  }

  /** The model bundled in the jar, loaded on first use and shared afterwards. */
  public static NerModel standard() {
    return Bundled.MODEL;
  }

  private static final class Bundled {
    static final NerModel MODEL = loadBundled();

    private static NerModel loadBundled() {
      InputStream in = NerModel.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("NER model missing from the classpath: " + RESOURCE);
      }
      try (in) {
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the NER model " + RESOURCE, e);
      }
    }
  }

  /** The labels of one sentence's tokens, as news, the sentence being its own document. */
  public List<NerLabel> tag(List<String> tokens) {
    return tag(tokens, NerDomain.NEWS);
  }

  /** The labels of one sentence's tokens in a domain, the sentence being its own document. */
  public List<NerLabel> tag(List<String> tokens, NerDomain domain) {
    return tagDocument(List.of(tokens), domain).get(0);
  }

  /**
   * The labels of consecutive sentences of one document (or of a corpus read in order). A domain the
   * model was not trained on is tagged as news.
   */
  public List<List<NerLabel>> tagDocument(List<List<String>> sentences, NerDomain domain) {
    if (words != null && (domain == NerDomain.NEWS || firstTables[domain.ordinal()] == null)) {
      return tagNews(sentences);
    }
    return tagByFeature(sentences, domain);
  }

  /** {@link #tagDocument} reading every feature's weights (any domain, any features). */
  List<List<NerLabel>> tagByFeature(List<List<String>> sentences, NerDomain domain) {
    List<int[]> base = new ArrayList<>(sentences.size());
    List<long[]> stems = new ArrayList<>(sentences.size());
    List<NerLabel[]> labels = new ArrayList<>(sentences.size());
    List<DenseFeatures.Row> dense = new ArrayList<>(sentences.size());
    for (List<String> s : sentences) {
      NerFeatures.Extracted e = features.extractWithStems(s.toArray(String[]::new));
      base.add(e.features());
      stems.add(e.stems());
      dense.add(e.dense());
      labels.add(decode(first, firstTables, e.features(), e.dense(), s.size(), domain));
    }
    if (second.isPresent()) {
      List<int[]> stacked = DocumentFeatures.stack(base, stems, labels, features.mask());
      for (int j = 0; j < sentences.size(); j++) {
        labels.set(j, decode(second.get(), secondTables, stacked.get(j), dense.get(j), sentences.get(j).size(), domain));
      }
    }
    List<List<NerLabel>> out = new ArrayList<>(labels.size());
    for (NerLabel[] l : labels) {
      out.add(List.of(l));
    }
    return out;
  }

  /**
   * {@link #tagDocument} in the news tables through the per-word sums of {@link WordEmissions}: the same
   * labels, since every score is the same integer sum of quantised weights. The non-local features are
   * read once for both passes, from {@link #newsWeights}.
   */
  private List<List<NerLabel>> tagNews(List<List<String>> sentences) {
    int news = NerDomain.NEWS.ordinal();
    boolean two = second.isPresent();
    int stride = two ? 2 * L : L;
    int offsets = 2 * NerFeatures.REACH + 1;
    int[] absent = words.absent();
    int size = sentences.size();
    List<long[]> stems = new ArrayList<>(size);
    List<NerLabel[]> labels = new ArrayList<>(size);
    List<int[]> carried = new ArrayList<>(size);
    int width = NerFeatures.PER_TOKEN;
    int[] row = new int[width];
    for (List<String> s : sentences) {
      int n = s.size();
      WordEmissions.Entry[] e = new WordEmissions.Entry[n];
      for (int i = 0; i < n; i++) {
        e[i] = words.of(s.get(i));
      }
      NerFeatures.Columns columns = features.columns(e);
      int[] first = new int[n * L];
      int[] later = two ? new int[n * L] : null;
      for (int i = 0; i < n; i++) {
        int o = i * L;
        for (int d = -NerFeatures.REACH; d <= NerFeatures.REACH; d++) {
          int[] sums = i + d >= 0 && i + d < n ? e[i + d].sums() : absent;
          int at = (d + NerFeatures.REACH) * L;
          for (int y = 0; y < L; y++) {
            first[o + y] += sums[at + y];
          }
          if (two) {
            at += offsets * L;
            for (int y = 0; y < L; y++) {
              later[o + y] += sums[at + y];
            }
          }
        }
        features.nonLocal(columns, i, row, 0);
        for (int k : NerFeatures.NON_LOCAL) {
          int f = row[k];
          if (f < 0) {
            continue;
          }
          int base = f * stride;
          for (int y = 0; y < L; y++) {
            first[o + y] += newsWeights[base + y];
          }
          if (two) {
            for (int y = 0; y < L; y++) {
              later[o + y] += newsWeights[base + L + y];
            }
          }
        }
      }
      stems.add(columns.stem());
      carried.add(later);
      labels.add(decode(this.first, firstTables[news].scale(), first, n));
    }
    if (two) {
      short[] w = secondTables[news].weights();
      List<int[]> document = DocumentFeatures.features(stems, labels, features.mask());
      for (int j = 0; j < size; j++) {
        int[] sums = carried.get(j);
        int[] doc = document.get(j);
        int n = sentences.get(j).size();
        for (int i = 0; i < n; i++) {
          for (int k = 0; k < DocumentFeatures.COUNT; k++) {
            int base = doc[i * DocumentFeatures.COUNT + k] * L;
            for (int y = 0; y < L; y++) {
              sums[i * L + y] += w[base + y];
            }
          }
        }
        labels.set(j, decode(second.get(), secondTables[news].scale(), sums, n));
      }
    }
    List<List<NerLabel>> out = new ArrayList<>(size);
    for (NerLabel[] l : labels) {
      out.add(List.of(l));
    }
    return out;
  }

  /** Viterbi over integer emission sums {@code sums[i * L + y]} of a pass whose weights are in steps of {@code scale}. */
  private static NerLabel[] decode(Pass pass, float scale, int[] sums, int n) {
    if (n == 0) {
      return new NerLabel[0];
    }
    float[] emit = new float[n * L];
    for (int i = 0; i < n * L; i++) {
      emit[i] = sums[i] * scale;
    }
    for (int i = 0; i < n; i++) {
      emit[i * L + NerLabel.O.ordinal()] += pass.outsideBias();
    }
    return viterbi(emit, n, pass.start(), pass.transitions());
  }

  /**
   * The news weights of both passes side by side, {@code [bucket][pass][label]}, so that the document
   * pass's weight of a non-local feature shares the first pass's cache line; null without word sums.
   */
  private static short[] interleave(short[] first, short[] second) {
    if (second == null) {
      return first;
    }
    short[] out = new short[first.length * 2];
    for (int b = 0; b < first.length / L; b++) {
      System.arraycopy(first, b * L, out, b * 2 * L, L);
      System.arraycopy(second, b * L, out, b * 2 * L + L, L);
    }
    return out;
  }

  /** True when the model was trained on text of {@code domain}. */
  public boolean knows(NerDomain domain) {
    return first.weights()[domain.ordinal()] != null;
  }

  /** True when the model has the document pass. */
  public boolean hasDocumentPass() {
    return second.isPresent();
  }

  /**
   * A pass's weights of one domain as 16-bit integers times one scale. Tagging reads these: half the
   * memory of floats, so fewer cache misses in the emission scores, which dominate tagging time. The
   * rounding error is at most half a step, {@code scale / 2}, per weight.
   */
  private record Quantised(short[] weights, float scale) {
    static Quantised[] of(Pass pass) {
      Quantised[] out = new Quantised[pass.weights().length];
      for (int d = 0; d < out.length; d++) {
        float[] w = pass.weights()[d];
        if (w != null) {
          out[d] = of(w);
        }
      }
      return out;
    }

    static Quantised of(float[] w) {
      float max = 0;
      for (float x : w) {
        max = Math.max(max, Math.abs(x));
      }
      float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
      short[] q = new short[w.length];
      for (int i = 0; i < w.length; i++) {
        q[i] = (short) Math.round(w[i] / scale);
      }
      return new Quantised(q, scale);
    }
  }

  private static NerLabel[] decode(Pass pass, Quantised[] tables, int[] feats, DenseFeatures.Row dense, int n,
      NerDomain domain) {
    if (n == 0) {
      return new NerLabel[0];
    }
    Quantised table = tables[domain.ordinal()] != null ? tables[domain.ordinal()] : tables[NerDomain.NEWS.ordinal()];
    int width = pass.width();
    short[] w = table.weights();
    float[] emit = new float[n * L];
    int[] sum = new int[L];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(sum, 0);
      int o = i * width;
      for (int k = 0; k < width; k++) {
        int f = feats[o + k];
        if (f >= 0) {
          int base = f * L;
          for (int y = 0; y < L; y++) {
            sum[y] += w[base + y];
          }
        }
      }
      for (int y = 0; y < L; y++) {
        emit[i * L + y] = sum[y] * table.scale();
      }
      emit[i * L + NerLabel.O.ordinal()] += pass.outsideBias();
    }
    DenseFeatures.addScores(dense, n, emit, w, table.scale());
    return viterbi(emit, n, pass.start(), pass.transitions());
  }

  /**
   * Viterbi over the emission scores of {@code w} (plus {@code w2} when not null), with impossible BIO
   * transitions excluded; {@code dense} (null when none) adds the dense features' scores.
   */
  static NerLabel[] decode(int[] feats, DenseFeatures.Row dense, int width, int n, float[] w, float[] w2, float[] start,
      float[] transitions, float outsideBias) {
    float[] emit = new float[n * L];
    for (int i = 0; i < n; i++) {
      int o = i * width;
      int e = i * L;
      emit[e + NerLabel.O.ordinal()] = outsideBias;
      for (int k = 0; k < width; k++) {
        int f = feats[o + k];
        if (f < 0) {
          continue;
        }
        int base = f * L;
        for (int y = 0; y < L; y++) {
          emit[e + y] += w[base + y];
        }
        if (w2 != null) {
          for (int y = 0; y < L; y++) {
            emit[e + y] += w2[base + y];
          }
        }
      }
    }
    DenseFeatures.addScores(dense, n, emit, w, w2);
    return viterbi(emit, n, start, transitions);
  }

  /** The best BIO-valid label sequence for emission scores {@code emit[i * L + y]}. */
  private static NerLabel[] viterbi(float[] emit, int n, float[] start, float[] transitions) {
    float[] score = new float[n * L];
    int[] back = new int[n * L];
    for (int y = 0; y < L; y++) {
      score[y] = NerLabel.of(y).canStart() ? start[y] + emit[y] : IMPOSSIBLE;
    }
    for (int i = 1; i < n; i++) {
      for (int y = 0; y < L; y++) {
        float best = IMPOSSIBLE;
        int arg = 0;
        for (int p : PREDECESSORS[y]) {
          float s = score[(i - 1) * L + p] + transitions[p * L + y];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        score[i * L + y] = best + emit[i * L + y];
        back[i * L + y] = arg;
      }
    }
    int y = 0;
    float best = IMPOSSIBLE;
    for (int k = 0; k < L; k++) {
      if (score[(n - 1) * L + k] > best) {
        best = score[(n - 1) * L + k];
        y = k;
      }
    }
    NerLabel[] out = new NerLabel[n];
    for (int i = n - 1; i >= 0; i--) {
      out[i] = NerLabel.of(y);
      y = back[i * L + y];
    }
    return out;
  }

  /** Writes the model; the stream is finished (gzip trailer written) but not closed. */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(new BufferedOutputStream(out, 1 << 16) {
      @Override
      public void close() throws IOException {
        flush();
      }
    }, 1 << 16);
    DataOutputStream d = new DataOutputStream(gz);
    boolean tags = lexicon.hasTagStatistics();
    boolean vectors = lexicon.vectorDims() > 0;
    d.writeInt(MAGIC);
    d.writeInt(vectors ? VERSION_VECTORS : tags ? VERSION_TAGS : VERSION);
    d.writeInt(bits);
    d.writeInt(L);
    writeMap(d, lexicon.gazetteer());
    writeMap(d, lexicon.clusters());
    writeMap(d, lexicon.paths());
    if (tags || vectors) {
      writeMap(d, lexicon.tagStatistics());
    }
    if (vectors) {
      NerLexicon.Vectors v = lexicon.vectors();
      d.writeInt(v.dims());
      d.writeFloat(v.step());
      long[] keys = new long[v.rows().size()];
      v.rows().forEach((k, row) -> keys[row] = k);
      d.writeInt(keys.length);
      for (int r = 0; r < keys.length; r++) {
        d.writeLong(keys[r]);
        d.write(v.values(), r * v.dims(), v.dims());
      }
    }
    writePass(d, first);
    d.writeBoolean(second.isPresent());
    if (second.isPresent()) {
      writePass(d, second.get());
    }
    d.flush();
    gz.finish();
    gz.flush();
  }

  /** Reads a model written by {@link #write}; errors name what was wrong. */
  public static NerModel read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
    try {
      int magic = d.readInt();
      if (magic != MAGIC) {
        throw new IOException("not a marsad NER model (magic " + Integer.toHexString(magic) + ")");
      }
      int version = d.readInt();
      if (version != VERSION && version != VERSION_TAGS && version != VERSION_VECTORS) {
        throw new IOException("unsupported NER model version " + version + ", expected " + VERSION + ", "
            + VERSION_TAGS + " or " + VERSION_VECTORS);
      }
      int bits = d.readInt();
      int labels = d.readInt();
      if (labels != L || bits < 8 || bits > 26) {
        throw new IOException("bad NER model header: " + bits + " bits, " + labels + " labels");
      }
      LongIntMap gazetteer = readMap(d);
      LongIntMap clusters = readMap(d);
      LongIntMap paths = readMap(d);
      LongIntMap tags = version >= VERSION_TAGS ? readMap(d) : LongIntMap.empty();
      NerLexicon.Vectors vectors = NerLexicon.Vectors.NONE;
      if (version == VERSION_VECTORS) {
        int dims = d.readInt();
        float step = d.readFloat();
        int count = d.readInt();
        if (dims < 1 || dims > 4096 || !(step > 0) || count < 0) {
          throw new IOException("bad NER model word vectors: " + count + " words, " + dims + " dimensions, step " + step);
        }
        long[] keys = new long[count];
        int[] rows = new int[count];
        byte[] values = new byte[count * dims];
        for (int r = 0; r < count; r++) {
          keys[r] = d.readLong();
          rows[r] = r;
          d.readFully(values, r * dims, dims);
        }
        vectors = new NerLexicon.Vectors(dims, step, LongIntMap.of(keys, rows, count), values);
      }
      Pass first = readPass(d, (1 << bits) * L);
      Optional<Pass> second = d.readBoolean() ? Optional.of(readPass(d, (1 << bits) * L)) : Optional.empty();
      return new NerModel(bits, first, second, new NerLexicon(gazetteer, clusters, paths, tags, vectors));
    } catch (EOFException e) {
      throw new IOException("truncated NER model", e);
    } catch (IllegalArgumentException e) {
      throw new IOException("bad NER model: " + e.getMessage(), e);
    }
  }

  private static void writePass(DataOutputStream d, Pass pass) throws IOException {
    d.writeInt(pass.width());
    d.writeFloat(pass.outsideBias());
    for (float f : pass.start()) {
      d.writeFloat(f);
    }
    for (float f : pass.transitions()) {
      d.writeFloat(f);
    }
    for (float[] w : pass.weights()) {
      d.writeBoolean(w != null);
      if (w != null) {
        writeWeights(d, w);
      }
    }
  }

  private static Pass readPass(DataInputStream d, int size) throws IOException {
    int width = d.readInt();
    int tagged = NerFeatures.PER_TOKEN + NerFeatures.TAG_FEATURES;
    if (width != NerFeatures.PER_TOKEN && width != tagged && width != DocumentFeatures.width(NerFeatures.PER_TOKEN)
        && width != DocumentFeatures.width(tagged)) {
      throw new IOException("NER model pass of unknown width " + width);
    }
    float outsideBias = d.readFloat();
    float[] start = new float[L];
    for (int i = 0; i < L; i++) {
      start[i] = d.readFloat();
    }
    float[] transitions = new float[L * L];
    for (int i = 0; i < transitions.length; i++) {
      transitions[i] = d.readFloat();
    }
    float[][] weights = new float[NerDomain.values().length][];
    for (int k = 0; k < weights.length; k++) {
      if (d.readBoolean()) {
        weights[k] = readWeights(d, size);
      }
    }
    return new Pass(width, weights, start, transitions, outsideBias);
  }

  private static void writeWeights(DataOutputStream d, float[] weights) throws IOException {
    int nonZero = 0;
    for (float f : weights) {
      if (f != 0) {
        nonZero++;
      }
    }
    d.writeInt(nonZero);
    int last = -1;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] != 0) {
        writeVarInt(d, i - last);
        d.writeFloat(weights[i]);
        last = i;
      }
    }
  }

  private static float[] readWeights(DataInputStream d, int size) throws IOException {
    float[] weights = new float[size];
    int nonZero = d.readInt();
    int at = -1;
    for (int k = 0; k < nonZero; k++) {
      at += readVarInt(d);
      if (at < 0 || at >= weights.length) {
        throw new IOException("NER model weight index out of range: " + at);
      }
      weights[at] = d.readFloat();
    }
    return weights;
  }

  private static void writeMap(DataOutputStream d, LongIntMap map) throws IOException {
    d.writeInt(map.size());
    List<IOException> failures = new ArrayList<>();
    map.forEach((k, v) -> {
      try {
        d.writeLong(k);
        d.writeInt(v);
      } catch (IOException e) {
        failures.add(e);
      }
    });
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
  }

  private static LongIntMap readMap(DataInputStream d) throws IOException {
    int size = d.readInt();
    if (size < 0) {
      throw new IOException("bad NER model map size " + size);
    }
    long[] keys = new long[size];
    int[] values = new int[size];
    for (int i = 0; i < size; i++) {
      keys[i] = d.readLong();
      values[i] = d.readInt();
    }
    return LongIntMap.of(keys, values, size);
  }

  private static void writeVarInt(DataOutputStream d, int v) throws IOException {
    while ((v & ~0x7F) != 0) {
      d.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    d.writeByte(v);
  }

  private static int readVarInt(DataInputStream d) throws IOException {
    int v = 0;
    for (int shift = 0; shift < 32; shift += 7) {
      int b = d.readUnsignedByte();
      v |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IOException("bad varint in NER model");
  }

  @Override
  public String toString() {
    return "NerModel[bits=" + bits + ", passes=" + (second.isPresent() ? 2 : 1) + ", " + lexicon + "]";
  }
}
