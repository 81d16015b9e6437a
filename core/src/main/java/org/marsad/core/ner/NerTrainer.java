package org.marsad.core.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marsad.core.ner.NerModel.Pass;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/**
 * Trains a {@link NerModel} with the averaged structured perceptron (Collins 2002). Rules:
 * <ul>
 *   <li>each epoch visits the sentences in an order shuffled by a fixed seed, decodes each with the
 *       current weights under the BIO constraint, and on a mistake adds the gold path's features and
 *       subtracts the predicted path's; the model keeps the average of the weights over all steps;</li>
 *   <li>each feature has a weight shared by all domains and one per domain ({@link NerDomain}); an
 *       update changes both, and tagging in a domain adds them;</li>
 *   <li>with a development set (news, read as one document), each epoch's averaged model is scored and
 *       the best epoch is kept;</li>
 *   <li>with {@code folds > 0}, a second, document pass is trained: the first pass's labels of the
 *       training sentences come from models trained on the other folds (contiguous blocks of each
 *       corpus), so the second pass learns how far to trust a first pass that has not seen the sentence.</li>
 * </ul>
 * The same data, lexicon and options give the same model.
 */
public final class NerTrainer {

  /**
   * @param bits size of the hashed feature space, 2^bits buckets (each holds a weight per label)
   * @param epochs passes of the first pass over the training data (the most; a development set picks the best)
   * @param secondEpochs passes of the document pass (the most; a development set picks the best)
   * @param folds folds for training the document pass; 0 for none
   * @param seed the shuffling seed
   * @param replicas perceptrons trained side by side, each shuffling with its own seed (seed, seed + 1,
   *     ...); the model is the mean of their averaged weights
   * @param firstBias the first pass's bias on the outside label when no development set tunes it
   * @param secondBias the document pass's bias on the outside label when no development set tunes it
   */
  public record Options(int bits, int epochs, int secondEpochs, int folds, long seed, int replicas, float firstBias,
      float secondBias) {
    public static final Options DEFAULT = new Options(17, 8, 8, 4, 20211027L, 1, 0, 0);

    public Options {
      if (bits < 8 || bits > 24) {
        throw new IllegalArgumentException("hash bits must lie in 8..24: " + bits);
      }
      if (epochs < 1 || secondEpochs < 1) {
        throw new IllegalArgumentException("epochs must be at least 1: " + epochs + ", " + secondEpochs);
      }
      if (replicas < 1) {
        throw new IllegalArgumentException("replicas must be at least 1: " + replicas);
      }
      if (folds < 0 || folds == 1) {
        throw new IllegalArgumentException("folds must be 0 (no document pass) or at least 2: " + folds);
      }
    }
  }

  /** Labelled sentences of one domain, in document order. */
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

  /** The training data in one place: features, labels, domains, and each corpus's range. */
  private record Data(List<int[]> base, List<long[]> stems, List<NerLabel[]> gold, List<NerDomain> domains,
      List<int[]> corpusRanges) {}

  /** Trains on corpora of any domains; with {@code dev} (news), keeps the epochs that score best on it. */
  public NerModel train(List<Corpus> corpora, Optional<List<NerSentence>> dev) {
    NerFeatures features = new NerFeatures(lexicon, options.bits());
    Data data = extract(corpora, features);
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < data.base().size(); i++) {
      all.add(i);
    }
    log.accept("first pass");
    Result first = perceptron(data.base(), NerFeatures.PER_TOKEN, data, all, options.epochs(),
        dev.map(d -> pass -> score(model(pass, Optional.empty()), d, NerDomain.NEWS).overall().f1()));
    if (dev.isPresent()) {
      first = new Result(tuneOutsideBias(first.pass(), p -> score(model(p, Optional.empty()), dev.get(),
          NerDomain.NEWS).overall().f1()), first.epochs());
    } else {
      first = new Result(first.pass().withOutsideBias(options.firstBias()), first.epochs());
    }
    if (options.folds() == 0) {
      return model(first.pass(), Optional.empty());
    }
    List<NerLabel[]> heldOut = new ArrayList<>(Collections.nCopies(data.base().size(), null));
    for (int k = 0; k < options.folds(); k++) {
      List<Integer> in = new ArrayList<>();
      List<Integer> out = new ArrayList<>();
      for (int[] range : data.corpusRanges()) {
        int size = range[1] - range[0];
        for (int i = range[0]; i < range[1]; i++) {
          ((i - range[0]) * options.folds() / size == k ? out : in).add(i);
        }
      }
      Result fold = perceptron(data.base(), NerFeatures.PER_TOKEN, data, in, first.epochs(), Optional.empty());
      for (int i : out) {
        heldOut.set(i, NerModel.decode(data.base().get(i), NerFeatures.PER_TOKEN, data.gold().get(i).length,
            fold.pass().weightsOf(data.domains().get(i)), null, fold.pass().start(), fold.pass().transitions(), 0));
      }
      log.accept(String.format(Locale.ROOT, "fold %d of %d: %d sentences tagged", k + 1, options.folds(), out.size()));
    }
    List<int[]> stacked = new ArrayList<>(data.base().size());
    for (int[] range : data.corpusRanges()) {
      stacked.addAll(DocumentFeatures.stack(data.base().subList(range[0], range[1]),
          data.stems().subList(range[0], range[1]), heldOut.subList(range[0], range[1]), features.mask()));
    }
    log.accept("document pass");
    Pass firstPass = first.pass();
    Result second = perceptron(stacked, DocumentFeatures.WIDTH, data, all, options.secondEpochs(),
        dev.map(d -> pass -> score(model(firstPass, Optional.of(pass)), d, NerDomain.NEWS).overall().f1()));
    Pass secondPass = second.pass().withOutsideBias(options.secondBias());
    if (dev.isPresent()) {
      secondPass = tuneOutsideBias(secondPass, p -> score(model(firstPass, Optional.of(p)), dev.get(),
          NerDomain.NEWS).overall().f1());
    }
    return model(first.pass(), Optional.of(secondPass));
  }

  /** Candidate biases on the outside label, tried on the development set; 0 is the untuned model. */
  private static final float[] OUTSIDE_BIASES = {0, -1, -2, -4, -8, -12, -16, -24, -32, -48, -64};

  private Pass tuneOutsideBias(Pass pass, ToDoubleFunction<Pass> devScore) {
    Pass best = pass;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (float bias : OUTSIDE_BIASES) {
      Pass p = pass.withOutsideBias(bias);
      double score = devScore.applyAsDouble(p);
      log.accept(String.format(Locale.ROOT, "outside bias %.1f: dev F1 %.2f", bias, score));
      if (score > bestScore) {
        bestScore = score;
        best = p;
      }
    }
    log.accept(String.format(Locale.ROOT, "chosen outside bias %.1f", best.outsideBias()));
    return best;
  }

  private NerModel model(Pass first, Optional<Pass> second) {
    return new NerModel(options.bits(), first, second, lexicon);
  }

  private static Data extract(List<Corpus> corpora, NerFeatures features) {
    List<int[]> base = new ArrayList<>();
    List<long[]> stems = new ArrayList<>();
    List<NerLabel[]> gold = new ArrayList<>();
    List<NerDomain> domains = new ArrayList<>();
    List<int[]> ranges = new ArrayList<>();
    for (Corpus corpus : corpora) {
      int from = base.size();
      for (NerSentence s : corpus.sentences()) {
        if (s.size() > 0) {
          NerFeatures.Extracted e = features.extractWithStems(s.tokens().toArray(String[]::new));
          base.add(e.features());
          stems.add(e.stems());
          gold.add(s.labels().toArray(NerLabel[]::new));
          domains.add(corpus.domain());
        }
      }
      if (base.size() > from) {
        ranges.add(new int[] {from, base.size()});
      }
    }
    return new Data(base, stems, gold, domains, ranges);
  }

  private record Result(Pass pass, int epochs) {}

  private Result perceptron(List<int[]> feats, int width, Data data, List<Integer> subset, int epochs,
      Optional<ToDoubleFunction<Pass>> devScore) {
    List<Replica> replicas = new ArrayList<>();
    for (int r = 0; r < options.replicas(); r++) {
      replicas.add(new Replica(data, subset, options.seed() + r));
    }
    Result best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int epoch = 1; epoch <= epochs; epoch++) {
      int mistakes = 0;
      List<Pass> passes = new ArrayList<>(replicas.size());
      for (Replica replica : replicas) {
        mistakes += replica.epoch(feats, width, data);
        passes.add(replica.average(width));
      }
      Pass averaged = mean(passes);
      String line = String.format(Locale.ROOT, "epoch %d: %d of %d sentences wrong", epoch, mistakes,
          subset.size() * replicas.size());
      if (devScore.isPresent()) {
        double score = devScore.get().applyAsDouble(averaged);
        line += String.format(Locale.ROOT, ", dev F1 %.2f", score);
        if (score > bestScore) {
          bestScore = score;
          best = new Result(averaged, epoch);
        }
        log.accept(line);
      } else {
        best = new Result(averaged, epoch);
      }
    }
    if (devScore.isPresent()) {
      log.accept("chosen epoch " + best.epochs());
    }
    return best;
  }

  /** The element-wise mean of passes of the same shape. */
  private static Pass mean(List<Pass> passes) {
    Pass first = passes.get(0);
    if (passes.size() == 1) {
      return first;
    }
    float[][] weights = new float[DOMAINS][];
    for (int d = 0; d < DOMAINS; d++) {
      int domain = d;
      weights[d] = first.weights()[d] == null ? null : meanOf(passes.stream().map(p -> p.weights()[domain]).toList());
    }
    return new Pass(first.width(), weights, meanOf(passes.stream().map(Pass::start).toList()),
        meanOf(passes.stream().map(Pass::transitions).toList()), first.outsideBias());
  }

  private static float[] meanOf(List<float[]> arrays) {
    float[] out = new float[arrays.get(0).length];
    for (float[] a : arrays) {
      for (int i = 0; i < out.length; i++) {
        out[i] += a[i];
      }
    }
    float scale = 1f / arrays.size();
    for (int i = 0; i < out.length; i++) {
      out[i] *= scale;
    }
    return out;
  }

  /** One perceptron with its own weights and its own shuffling seed. */
  private final class Replica {
    final Weights shared;
    final Weights[] own = new Weights[DOMAINS];
    final Weights start = new Weights(L);
    final Weights trans = new Weights(L * L);
    final List<Integer> order;
    final Random random;
    long c = 1;

    Replica(Data data, List<Integer> subset, long seed) {
      int size = (1 << options.bits()) * L;
      shared = new Weights(size);
      for (int i : subset) {
        int d = data.domains().get(i).ordinal();
        if (own[d] == null) {
          own[d] = new Weights(size);
        }
      }
      order = new ArrayList<>(subset);
      random = new Random(seed);
    }

    /** One pass over the shuffled sentences; returns how many were tagged wrong. */
    int epoch(List<int[]> feats, int width, Data data) {
      Collections.shuffle(order, random);
      int mistakes = 0;
      for (int idx : order) {
        int[] f = feats.get(idx);
        NerLabel[] g = data.gold().get(idx);
        Weights mine = own[data.domains().get(idx).ordinal()];
        NerLabel[] p = NerModel.decode(f, width, g.length, shared.w, mine.w, start.w, trans.w, 0);
        boolean wrong = false;
        for (int i = 0; i < g.length; i++) {
          if (g[i] != p[i]) {
            wrong = true;
            shared.update(f, width, i, g[i].ordinal(), 1, c);
            shared.update(f, width, i, p[i].ordinal(), -1, c);
            mine.update(f, width, i, g[i].ordinal(), 1, c);
            mine.update(f, width, i, p[i].ordinal(), -1, c);
          }
          int gp = i == 0 ? -1 : g[i - 1].ordinal();
          int pp = i == 0 ? -1 : p[i - 1].ordinal();
          if (gp != pp || g[i] != p[i]) {
            if (i == 0) {
              start.add(g[0].ordinal(), 1, c);
              start.add(p[0].ordinal(), -1, c);
            } else {
              trans.add(gp * L + g[i].ordinal(), 1, c);
              trans.add(pp * L + p[i].ordinal(), -1, c);
            }
          }
        }
        if (wrong) {
          mistakes++;
        }
        c++;
      }
      return mistakes;
    }

    Pass average(int width) {
      return NerTrainer.average(width, shared, own, start, trans, c);
    }
  }

  private static Pass average(int width, Weights shared, Weights[] own, Weights start, Weights trans, long c) {
    float[] sharedAverage = shared.average(c);
    float[][] folded = new float[DOMAINS][];
    for (int d = 0; d < DOMAINS; d++) {
      if (own[d] != null && d != NerDomain.SILVER.ordinal()) {
        folded[d] = own[d].average(c);
        for (int i = 0; i < folded[d].length; i++) {
          folded[d][i] += sharedAverage[i];
        }
      }
    }
    if (folded[NerDomain.NEWS.ordinal()] == null) {
      folded[NerDomain.NEWS.ordinal()] = sharedAverage;
    }
    return new Pass(width, folded, start.average(c), trans.average(c), 0);
  }

  /** Current and accumulated weights, for lazy averaging (Daumé's trick: average = w - acc / c). */
  private static final class Weights {
    final float[] w;
    final double[] accumulated;

    Weights(int size) {
      w = new float[size];
      accumulated = new double[size];
    }

    void add(int index, int delta, long c) {
      w[index] += delta;
      accumulated[index] += (double) delta * c;
    }

    void update(int[] f, int width, int i, int label, int delta, long c) {
      int o = i * width;
      for (int k = 0; k < width; k++) {
        int feature = f[o + k];
        if (feature >= 0) {
          add(feature * L + label, delta, c);
        }
      }
    }

    float[] average(long c) {
      float[] out = new float[w.length];
      for (int i = 0; i < w.length; i++) {
        out[i] = (float) (w[i] - accumulated[i] / c);
      }
      return out;
    }
  }

  /** Tags {@code gold} as news, its sentences read in order as one document, and scores the result. */
  public static NerScore score(NerModel model, List<NerSentence> gold) {
    return score(model, gold, NerDomain.NEWS);
  }

  /** Tags {@code gold} as text of {@code domain}, its sentences in order as one document, and scores it. */
  public static NerScore score(NerModel model, List<NerSentence> gold, NerDomain domain) {
    List<List<String>> tokens = gold.stream().map(NerSentence::tokens).toList();
    List<List<NerLabel>> predicted = model.tagDocument(tokens, domain);
    NerScore score = new NerScore();
    for (int i = 0; i < gold.size(); i++) {
      score.add(gold.get(i).labels(), predicted.get(i));
    }
    return score;
  }
}
