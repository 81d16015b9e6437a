package org.marsad.core.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains a {@link NerModel} with the averaged structured perceptron (Collins 2002): each epoch visits
 * the sentences in an order shuffled by a fixed seed, decodes each with the current weights under the
 * BIO constraint, and on a mistake adds the gold path's features and subtracts the predicted path's.
 * The model keeps the average of the weights over all steps. Each feature has a weight shared by all
 * domains and one per domain ({@link NerDomain}); an update changes both. With a development set (news),
 * each epoch's averaged model is scored and the best epoch is kept. The same data, lexicon and options
 * give the same model.
 */
public final class NerTrainer {

  /**
   * @param bits size of the hashed feature space, 2^bits buckets (each holds a weight per label)
   * @param epochs passes over the training data
   * @param seed the shuffling seed
   */
  public record Options(int bits, int epochs, long seed) {
    public static final Options DEFAULT = new Options(19, 12, 20211027L);

    public Options {
      if (bits < 8 || bits > 24) {
        throw new IllegalArgumentException("hash bits must lie in 8..24: " + bits);
      }
      if (epochs < 1) {
        throw new IllegalArgumentException("epochs must be at least 1: " + epochs);
      }
    }
  }

  /** Labelled sentences of one domain. */
  public record Corpus(NerDomain domain, List<NerSentence> sentences) {}

  private static final int L = NerLabel.COUNT;
  private static final int DOMAINS = NerDomain.values().length;

  private final Options options;
  private final NerLexicon lexicon;
  private final Consumer<String> log;

  public NerTrainer(Options options, NerLexicon lexicon, Consumer<String> log) {
    this.options = options;
    this.lexicon = lexicon;
    this.log = log;
  }

  /** Trains on news sentences only. */
  public NerModel trainNews(List<NerSentence> train, Optional<List<NerSentence>> dev) {
    return train(List.of(new Corpus(NerDomain.NEWS, train)), dev);
  }

  /** Trains on corpora of any domains; with {@code dev} (news), keeps the epoch that scores best on it. */
  public NerModel train(List<Corpus> corpora, Optional<List<NerSentence>> dev) {
    int size = (1 << options.bits()) * L;
    Weights shared = new Weights(size);
    Weights[] own = new Weights[DOMAINS];
    float[] start = new float[L];
    double[] startA = new double[L];
    float[] trans = new float[L * L];
    double[] transA = new double[L * L];
    NerFeatures features = new NerFeatures(lexicon, options.bits());
    float[][] scratchWeights = new float[DOMAINS][];
    scratchWeights[NerDomain.NEWS.ordinal()] = shared.w;
    NerModel scratch = new NerModel(options.bits(), scratchWeights, start, trans, lexicon);

    List<int[]> feats = new ArrayList<>();
    List<NerLabel[]> gold = new ArrayList<>();
    List<NerDomain> domains = new ArrayList<>();
    for (Corpus corpus : corpora) {
      if (own[corpus.domain().ordinal()] == null) {
        own[corpus.domain().ordinal()] = new Weights(size);
      }
      for (NerSentence s : corpus.sentences()) {
        if (s.size() > 0) {
          feats.add(features.extract(s.tokens().toArray(String[]::new)));
          gold.add(s.labels().toArray(NerLabel[]::new));
          domains.add(corpus.domain());
        }
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < feats.size(); i++) {
      order.add(i);
    }
    Random random = new Random(options.seed());
    long c = 1;
    NerModel best = null;
    double bestF1 = -1;
    for (int epoch = 1; epoch <= options.epochs(); epoch++) {
      Collections.shuffle(order, random);
      int mistakes = 0;
      for (int idx : order) {
        int[] f = feats.get(idx);
        NerLabel[] g = gold.get(idx);
        Weights mine = own[domains.get(idx).ordinal()];
        NerLabel[] p = scratch.decode(f, g.length, shared.w, mine.w);
        boolean wrong = false;
        for (int i = 0; i < g.length; i++) {
          if (g[i] != p[i]) {
            wrong = true;
            for (Weights w : new Weights[] {shared, mine}) {
              w.update(f, i, g[i].ordinal(), 1, c);
              w.update(f, i, p[i].ordinal(), -1, c);
            }
          }
          int gp = i == 0 ? -1 : g[i - 1].ordinal();
          int pp = i == 0 ? -1 : p[i - 1].ordinal();
          if (gp != pp || g[i] != p[i]) {
            if (i == 0) {
              start[g[0].ordinal()] += 1;
              startA[g[0].ordinal()] += c;
              start[p[0].ordinal()] -= 1;
              startA[p[0].ordinal()] -= c;
            } else {
              trans[gp * L + g[i].ordinal()] += 1;
              transA[gp * L + g[i].ordinal()] += c;
              trans[pp * L + p[i].ordinal()] -= 1;
              transA[pp * L + p[i].ordinal()] -= c;
            }
          }
        }
        if (wrong) {
          mistakes++;
        }
        c++;
      }
      float[] sharedAverage = shared.average(c);
      float[][] folded = new float[DOMAINS][];
      for (int d = 0; d < DOMAINS; d++) {
        if (own[d] != null && d != NerDomain.SILVER.ordinal()) {
          folded[d] = own[d].average(c);
          for (int i = 0; i < size; i++) {
            folded[d][i] += sharedAverage[i];
          }
        }
      }
      if (folded[NerDomain.NEWS.ordinal()] == null) {
        folded[NerDomain.NEWS.ordinal()] = sharedAverage;
      }
      NerModel averaged = new NerModel(options.bits(), folded, average(start, startA, c), average(trans, transA, c),
          lexicon);
      String line = String.format(Locale.ROOT, "epoch %d: %d of %d sentences wrong", epoch, mistakes, order.size());
      if (dev.isPresent()) {
        double f1 = score(averaged, dev.get()).overall().f1();
        line += String.format(Locale.ROOT, ", dev F1 %.2f", f1);
        if (f1 > bestF1) {
          bestF1 = f1;
          best = averaged;
        }
      } else {
        best = averaged;
      }
      log.accept(line);
    }
    return best;
  }

  /** Current and accumulated weights of one copy of the features, for lazy averaging. */
  private static final class Weights {
    final float[] w;
    final double[] accumulated;

    Weights(int size) {
      w = new float[size];
      accumulated = new double[size];
    }

    void update(int[] f, int i, int label, int delta, long c) {
      int o = i * NerFeatures.PER_TOKEN;
      for (int k = 0; k < NerFeatures.PER_TOKEN; k++) {
        int feature = f[o + k];
        if (feature >= 0) {
          w[feature * L + label] += delta;
          accumulated[feature * L + label] += (double) delta * c;
        }
      }
    }

    float[] average(long c) {
      return NerTrainer.average(w, accumulated, c);
    }
  }

  private static float[] average(float[] w, double[] wa, long c) {
    float[] out = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = (float) (w[i] - wa[i] / c);
    }
    return out;
  }

  /** Tags every sentence of {@code gold} as news with {@code model} and scores the result. */
  public static NerScore score(NerModel model, List<NerSentence> gold) {
    return score(model, gold, NerDomain.NEWS);
  }

  /** Tags every sentence of {@code gold} as text of {@code domain} and scores the result. */
  public static NerScore score(NerModel model, List<NerSentence> gold, NerDomain domain) {
    NerScore score = new NerScore();
    for (NerSentence s : gold) {
      score.add(s.labels(), model.tag(s.tokens(), domain));
    }
    return score;
  }
}
