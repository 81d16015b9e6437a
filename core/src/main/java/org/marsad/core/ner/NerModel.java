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
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained recogniser: a first-order linear-chain model over the nine BIO labels, decoded with Viterbi
 * under the BIO constraint (an {@code I-X} only after {@code B-X} or {@code I-X}), so every output is a
 * valid BIO sequence. Weights are indexed by hashed features ({@link NerFeatures}) and label.
 * Immutable and thread-safe; {@link #standard()} loads the bundled model once.
 *
 * <p>File format (gzip): magic, version, hash bits, label count, start and transition weights, the
 * lexicon's gazetteer and cluster entries, then the non-zero feature weights as (gap, value) pairs.
 */
public final class NerModel {

  /** The classpath resource of the bundled model. */
  public static final String RESOURCE = "/org/marsad/core/ner/ner-model.bin";
  private static final int MAGIC = 0x4D4E4552;
  private static final int VERSION = 2;
  private static final int L = NerLabel.COUNT;
  private static final float IMPOSSIBLE = Float.NEGATIVE_INFINITY;

  private final int bits;
  private final float[][] weights;
  private final float[] start;
  private final float[] transitions;
  private final NerLexicon lexicon;
  private final NerFeatures features;

  /**
   * @param weights the feature weights of each domain, indexed by {@link NerDomain#ordinal()}; null for
   *     a domain the model was not trained on. {@link NerDomain#NEWS} must be present.
   */
  NerModel(int bits, float[][] weights, float[] start, float[] transitions, NerLexicon lexicon) {
    if (weights.length != NerDomain.values().length || weights[NerDomain.NEWS.ordinal()] == null
        || start.length != L || transitions.length != L * L) {
      throw new IllegalArgumentException("inconsistent model for " + bits + " hash bits");
    }
    for (float[] w : weights) {
      if (w != null && w.length != (1 << bits) * L) {
        throw new IllegalArgumentException("weights of " + w.length + " for " + bits + " hash bits");
      }
    }
    this.bits = bits;
    this.weights = weights;
    this.start = start;
    this.transitions = transitions;
    this.lexicon = lexicon;
    this.features = new NerFeatures(lexicon, bits);
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

  /** The labels of one sentence's tokens, as news text. */
  public List<NerLabel> tag(List<String> tokens) {
    return List.of(tag(tokens.toArray(String[]::new), NerDomain.NEWS));
  }

  /** The labels of one sentence's tokens in a domain; a domain the model lacks falls back to news. */
  public List<NerLabel> tag(List<String> tokens, NerDomain domain) {
    return List.of(tag(tokens.toArray(String[]::new), domain));
  }

  NerLabel[] tag(String[] tokens) {
    return tag(tokens, NerDomain.NEWS);
  }

  NerLabel[] tag(String[] tokens, NerDomain domain) {
    if (tokens.length == 0) {
      return new NerLabel[0];
    }
    return decode(features.extract(tokens), tokens.length, weightsOf(domain), null);
  }

  /** True when the model was trained on text of {@code domain}. */
  public boolean knows(NerDomain domain) {
    return weights[domain.ordinal()] != null;
  }

  private float[] weightsOf(NerDomain domain) {
    float[] w = weights[domain.ordinal()];
    return w != null ? w : weights[NerDomain.NEWS.ordinal()];
  }

  NerFeatures features() {
    return features;
  }

  NerLexicon lexicon() {
    return lexicon;
  }

  int bits() {
    return bits;
  }

  /**
   * Viterbi over the emission scores of {@code w} (plus {@code w2} when not null), with impossible BIO
   * transitions excluded.
   */
  NerLabel[] decode(int[] feats, int n, float[] w, float[] w2) {
    float[] emit = new float[n * L];
    for (int i = 0; i < n; i++) {
      int o = i * NerFeatures.PER_TOKEN;
      for (int k = 0; k < NerFeatures.PER_TOKEN; k++) {
        int f = feats[o + k];
        if (f < 0) {
          continue;
        }
        int base = f * L;
        for (int y = 0; y < L; y++) {
          emit[i * L + y] += w[base + y];
        }
        if (w2 != null) {
          for (int y = 0; y < L; y++) {
            emit[i * L + y] += w2[base + y];
          }
        }
      }
    }
    float[] score = new float[n * L];
    int[] back = new int[n * L];
    for (int y = 0; y < L; y++) {
      score[y] = NerLabel.of(y).canStart() ? start[y] + emit[y] : IMPOSSIBLE;
    }
    for (int i = 1; i < n; i++) {
      for (int y = 0; y < L; y++) {
        NerLabel label = NerLabel.of(y);
        float best = IMPOSSIBLE;
        int arg = 0;
        for (int p = 0; p < L; p++) {
          if (!label.canFollow(NerLabel.of(p))) {
            continue;
          }
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

  float[] start() {
    return start;
  }

  float[] transitions() {
    return transitions;
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
    d.writeInt(MAGIC);
    d.writeInt(VERSION);
    d.writeInt(bits);
    d.writeInt(L);
    for (float f : start) {
      d.writeFloat(f);
    }
    for (float f : transitions) {
      d.writeFloat(f);
    }
    writeMap(d, lexicon.gazetteer());
    writeMap(d, lexicon.clusters());
    for (float[] w : weights) {
      d.writeBoolean(w != null);
      if (w != null) {
        writeWeights(d, w);
      }
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
      if (version != VERSION) {
        throw new IOException("unsupported NER model version " + version + ", expected " + VERSION);
      }
      int bits = d.readInt();
      int labels = d.readInt();
      if (labels != L || bits < 8 || bits > 26) {
        throw new IOException("bad NER model header: " + bits + " bits, " + labels + " labels");
      }
      float[] start = new float[L];
      for (int i = 0; i < L; i++) {
        start[i] = d.readFloat();
      }
      float[] transitions = new float[L * L];
      for (int i = 0; i < transitions.length; i++) {
        transitions[i] = d.readFloat();
      }
      LongIntMap gazetteer = readMap(d);
      LongIntMap clusters = readMap(d);
      float[][] weights = new float[NerDomain.values().length][];
      for (int k = 0; k < weights.length; k++) {
        if (d.readBoolean()) {
          weights[k] = readWeights(d, (1 << bits) * L);
        }
      }
      if (weights[NerDomain.NEWS.ordinal()] == null) {
        throw new IOException("NER model lacks the news weights");
      }
      return new NerModel(bits, weights, start, transitions, new NerLexicon(gazetteer, clusters));
    } catch (EOFException e) {
      throw new IOException("truncated NER model", e);
    }
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
    return "NerModel[bits=" + bits + ", " + lexicon + "]";
  }
}
