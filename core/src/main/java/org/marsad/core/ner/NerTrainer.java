package org.marsad.core.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.Optional;
import org.marsad.core.ner.NerModel.Pass;
import java.util.Random;
import java.util.function.Consumer;

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
   * @param objective how the weights learn ({@link Objective})
   * @param rate the passive-aggressive step's cap, or the CRF's base learning rate
   * @param newsRepeats how many times each news sentence is visited in an epoch (the other domains once)
   * @param l2 {@link Objective#LBFGS}: the coefficient c2 of the L2 term (c2 / 2) |w|²; for that objective
   *     {@code epochs} and {@code secondEpochs} are the most L-BFGS iterations of each pass
   */
  public record Options(int bits, int epochs, int secondEpochs, int folds, long seed, int replicas, float firstBias,
      float secondBias, Objective objective, float rate, int newsRepeats, float l2) {
    public static final Options DEFAULT = new Options(17, 8, 8, 4, 20211027L, 1, 0, 0);

    /** Options of the plain averaged perceptron. */
    public Options(int bits, int epochs, int secondEpochs, int folds, long seed, int replicas, float firstBias,
        float secondBias) {
      this(bits, epochs, secondEpochs, folds, seed, replicas, firstBias, secondBias, Objective.PERCEPTRON, 1, 1);
    }

    /** Options without an L2 term's coefficient (1, used only by {@link Objective#LBFGS}). */
    public Options(int bits, int epochs, int secondEpochs, int folds, long seed, int replicas, float firstBias,
        float secondBias, Objective objective, float rate, int newsRepeats) {
      this(bits, epochs, secondEpochs, folds, seed, replicas, firstBias, secondBias, objective, rate, newsRepeats, 1);
    }

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
      if (newsRepeats < 1) {
        throw new IllegalArgumentException("news sentences must be visited at least once an epoch: " + newsRepeats);
      }
      if (!(rate > 0)) {
        throw new IllegalArgumentException("the rate must be above 0: " + rate);
      }
      if (!(l2 >= 0)) {
        throw new IllegalArgumentException("the L2 coefficient must be at least 0: " + l2);
      }
      if (folds < 0 || folds == 1) {
        throw new IllegalArgumentException("folds must be 0 (no document pass) or at least 2: " + folds);
      }
    }
  }

  /**
   * How a mistake or a sentence changes the weights; every objective averages its weights over all steps.
   * <ul>
   *   <li>{@code PERCEPTRON}: on a wrongly tagged sentence, the gold path's features +1 and the predicted
   *       path's −1;</li>
   *   <li>{@code PASSIVE_AGGRESSIVE}: the same direction, scaled by the smallest step that puts the gold path
   *       ahead of the predicted one by its number of wrong tokens, at most {@code rate} (PA-I, Crammer et
   *       al. 2006);</li>
   *   <li>{@code CRF}: a stochastic gradient step (AdaGrad, base rate {@code rate}) on the log-likelihood of the gold path
   *       under the BIO-constrained linear-chain CRF (observed minus expected features, the expectations by
   *       forward-backward).</li>
   *   <li>{@code LBFGS}: the same CRF, trained in batch: L-BFGS ({@link Lbfgs}) minimises the negative
   *       log-likelihood of all the training sentences plus {@code (l2 / 2) |w|²} over the shared and domain
   *       weights, start and transitions ({@link CrfLikelihood}); no shuffling, no averaging, no replicas
   *       (the seed and replicas are ignored). With a development set, the weights after every
   *       {@value #CHECK_EVERY} iterations (and after the last) are scored and the best is kept, like an epoch.</li>
   * </ul>
   */
  public enum Objective { PERCEPTRON, PASSIVE_AGGRESSIVE, CRF, LBFGS }

  /** {@link Objective#LBFGS}: how often, in iterations, the weights are scored on the development set. */
  static final int CHECK_EVERY = 10;

  /** Labelled sentences of one domain, in document order. */
  public record Corpus(NerDomain domain, List<NerSentence> sentences) {}

  private static final int L = NerLabel.COUNT;
  private static final int DOMAINS = NerDomain.values().length;

  /**
   * Jackknifed lexicons for the training sentences (sixth round): the training corpora are cut into
   * {@code blocks} contiguous blocks each (as for the document pass), and the features of each block's
   * sentences are extracted with the lexicon that {@code lexiconFor} gives for the corpora without that
   * block, for instance with tag statistics from a tagger that did not see those sentences. The model
   * itself keeps the trainer's lexicon (built from all the training corpora), used at tagging time and on
   * development data. Removes the over-trust of features made by a tagger trained on the very sentences.
   *
   * @param blocks number of blocks, at least 2
   * @param lexiconFor the lexicon for a list of training corpora; must give the same feature width as
   *     the trainer's lexicon
   */
  public record Jackknife(int blocks, java.util.function.Function<List<Corpus>, NerLexicon> lexiconFor) {
    public Jackknife {
      if (blocks < 2) {
        throw new IllegalArgumentException("a jackknife needs at least 2 blocks: " + blocks);
      }
    }
  }

  private final Options options;
  private final NerLexicon lexicon;
  private final Consumer<String> log;
  private final Optional<Jackknife> jackknife;
  /**
   * In cross-validation, the jackknife block of each training sentence (per corpus, in order), in place of
   * contiguous blocks; null for contiguous blocks.
   */
  private final int[][] jackknifeBlocks;

  public NerTrainer(Options options, NerLexicon lexicon, Consumer<String> log) {
    this(options, lexicon, log, Optional.empty());
  }

  /** A trainer whose training sentences take their features from jackknifed lexicons ({@link Jackknife}). */
  public NerTrainer(Options options, NerLexicon lexicon, Consumer<String> log, Optional<Jackknife> jackknife) {
    this(options, lexicon, log, jackknife, null);
  }

  private NerTrainer(Options options, NerLexicon lexicon, Consumer<String> log, Optional<Jackknife> jackknife,
      int[][] jackknifeBlocks) {
    this.options = options;
    this.lexicon = lexicon;
    this.log = log;
    this.jackknife = jackknife;
    this.jackknifeBlocks = jackknifeBlocks;
  }

  /** The options this trainer was made with. */
  public Options options() {
    return options;
  }

  /** Trains on news sentences only. */
  public NerModel trainNews(List<NerSentence> train, Optional<List<NerSentence>> dev) {
    return train(List.of(new Corpus(NerDomain.NEWS, train)), dev);
  }

  /** The training data in one place: features, labels, domains, and each corpus's range. */
  private record Data(List<int[]> base, List<long[]> stems, List<NerLabel[]> gold, List<NerDomain> domains,
      List<int[]> corpusRanges, List<DenseFeatures.Row> dense) {}

  /** Trains on corpora of any domains; with {@code dev} (news), keeps the epochs that score best on it. */
  public NerModel train(List<Corpus> corpora, Optional<List<NerSentence>> dev) {
    return train(corpora, dev, true, (setting, score) -> { });
  }

  /**
   * K-fold cross-validation on the news corpora: the news sentences, in order, are cut into {@code k}
   * contiguous blocks; each block in turn is held out and a model is trained on the rest (plus the
   * corpora of the other domains) with the options' epochs and outside biases, nothing chosen on the
   * held-out block. Every epoch and every candidate bias is still scored on it. Returns, per setting
   * (such as {@code "first epoch 05"} or {@code "second bias -24.0"}), the score of each fold, in fold order.
   */
  public Map<String, List<NerScore>> crossValidate(List<Corpus> corpora, int k) {
    return crossValidate(corpora, k, trainOn -> lexicon);
  }

  /**
   * Cross-validation as {@link #crossValidate(List, int)}, each fold with the lexicon that
   * {@code lexiconFor} gives for its training corpora (for instance with tag statistics from a tagger
   * trained on them alone, so that nothing of the held-out block reaches the features).
   */
  public Map<String, List<NerScore>> crossValidate(List<Corpus> corpora, int k,
      java.util.function.Function<List<Corpus>, NerLexicon> lexiconFor) {
    if (k < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds: " + k);
    }
    List<NerSentence> news = new ArrayList<>();
    for (Corpus c : corpora) {
      if (c.domain() == NerDomain.NEWS) {
        news.addAll(c.sentences());
      }
    }
    Map<String, List<NerScore>> scores = new TreeMap<>();
    for (int fold = 0; fold < k; fold++) {
      int from = fold * news.size() / k;
      int to = (fold + 1) * news.size() / k;
      List<NerSentence> rest = new ArrayList<>(news.subList(0, from));
      rest.addAll(news.subList(to, news.size()));
      List<Corpus> trainOn = new ArrayList<>();
      trainOn.add(new Corpus(NerDomain.NEWS, rest));
      for (Corpus c : corpora) {
        if (c.domain() != NerDomain.NEWS) {
          trainOn.add(c);
        }
      }
      log.accept(String.format(Locale.ROOT, "cross-validation fold %d of %d: sentences %d..%d held out", fold + 1, k,
          from, to - 1));
      new NerTrainer(options, lexiconFor.apply(trainOn), log, jackknife, pairedBlocks(trainOn, news.size(), k, fold)).train(trainOn, Optional.of(news.subList(from, to)), false,
          (setting, score) -> scores.computeIfAbsent(setting, s -> new ArrayList<>()).add(score));
    }
    return scores;
  }

  /**
   * The jackknife blocks of a cross-validation fold's training corpora that let folds share taggers, or
   * null (contiguous blocks) unless there is a jackknife of {@code k - 1} blocks and {@code k} is a power
   * of two. Fold {@code f}'s news sentences of held-out block {@code g} go to jackknife block
   * {@code (f ^ g) - 1}, and the other corpora are cut into {@code k - 1} contiguous blocks. Each fold has
   * one news block per jackknife block, and the lexicon for "fold f without its block b" is trained on the
   * same sentences as the one for "fold g without its block b" where {@code f ^ g = b + 1} (the pairs of
   * folds are coloured like the edges of a complete graph, {@code f ^ g} being a proper edge colouring), so
   * {@code k (k - 1) / 2} lexicons serve all folds' blocks if {@link Jackknife#lexiconFor} remembers them.
   * Every jackknife lexicon of a fold is still trained without the fold's held-out block.
   */
  private int[][] pairedBlocks(List<Corpus> trainOn, int newsSize, int k, int fold) {
    if (jackknife.isEmpty() || jackknife.get().blocks() != k - 1 || Integer.bitCount(k) != 1) {
      return null;
    }
    int[][] blocks = new int[trainOn.size()][];
    for (int c = 0; c < trainOn.size(); c++) {
      int n = trainOn.get(c).sentences().size();
      blocks[c] = new int[n];
      if (trainOn.get(c).domain() == NerDomain.NEWS) {
        // trainOn's news: the news sentences without the held-out block, in order
        for (int i = 0; i < n; i++) {
          int original = i < fold * newsSize / k ? i : i + (fold + 1) * newsSize / k - fold * newsSize / k;
          int g = 0;
          while ((g + 1) * newsSize / k <= original) {
            g++;
          }
          blocks[c][i] = (fold ^ g) - 1;
        }
      } else {
        for (int i = 0; i < n; i++) {
          blocks[c][i] = (int) ((long) i * (k - 1) / n);
        }
      }
    }
    return blocks;
  }

  /**
   * Trains; with {@code dev}, every epoch and candidate outside bias is scored on it and reported to
   * {@code sink}, and with {@code select} the best are kept (otherwise the options' values are).
   */
  private NerModel train(List<Corpus> corpora, Optional<List<NerSentence>> dev, boolean select,
      BiConsumer<String, NerScore> sink) {
    NerFeatures features = new NerFeatures(lexicon, options.bits());
    if (features.denseIndices() != null && options.objective() != Objective.PERCEPTRON) {
      throw new IllegalArgumentException("dense features (word vectors) are learned by the perceptron only, not by "
          + options.objective());
    }
    Data data = extract(corpora, features);
    jackknife.ifPresent(j -> jackknifeFeatures(corpora, data, features.width(), j));
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < data.base().size(); i++) {
      all.add(i);
    }
    log.accept("first pass");
    String step = options.objective() == Objective.LBFGS ? "iteration %03d" : "epoch %02d";
    Result first = learn(data.base(), features.width(), data, all, options.epochs(), select,
        dev.map(d -> (epoch, pass) -> {
          NerScore s = score(model(pass, Optional.empty()), d, NerDomain.NEWS);
          sink.accept(String.format(Locale.ROOT, "first " + step, epoch), s);
          return s.overall().f1();
        }));
    first = new Result(first.pass().withOutsideBias(options.firstBias()), first.epochs());
    if (dev.isPresent()) {
      Pass tuned = tuneOutsideBias(first.pass(), select, (bias, p) -> {
        NerScore s = score(model(p, Optional.empty()), dev.get(), NerDomain.NEWS);
        sink.accept(String.format(Locale.ROOT, "first bias %+07.2f", bias), s);
        return s.overall().f1();
      });
      first = new Result(tuned, first.epochs());
    }
    if (options.folds() == 0) {
      Pass only = first.pass();
      dev.ifPresent(d -> compareQuantised(only, Optional.empty(), d));
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
      Result fold = learn(data.base(), features.width(), data, in, first.epochs(), false, Optional.empty());
      for (int i : out) {
        heldOut.set(i, NerModel.decode(data.base().get(i), data.dense().get(i), features.width(), data.gold().get(i).length,
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
    Result second = learn(stacked, DocumentFeatures.width(features.width()), data, all, options.secondEpochs(), select,
        dev.map(d -> (epoch, pass) -> {
          NerScore s = score(model(firstPass, Optional.of(pass)), d, NerDomain.NEWS);
          sink.accept(String.format(Locale.ROOT, "second " + step, epoch), s);
          return s.overall().f1();
        }));
    Pass secondPass = second.pass().withOutsideBias(options.secondBias());
    if (dev.isPresent()) {
      secondPass = tuneOutsideBias(secondPass, select, (bias, p) -> {
        NerScore s = score(model(firstPass, Optional.of(p)), dev.get(), NerDomain.NEWS);
        sink.accept(String.format(Locale.ROOT, "second bias %+07.2f", bias), s);
        return s.overall().f1();
      });
    }
    Pass chosen = secondPass;
    dev.ifPresent(d -> compareQuantised(firstPass, Optional.of(chosen), d));
    return model(first.pass(), Optional.of(secondPass));
  }

  /**
   * {@link Objective#LBFGS}: logs the development F1 of the passes decoded with their float weights beside that
   * of the model, which tags with the 16-bit weights ({@link NerModel}'s quantisation), to show what the
   * quantisation costs the CRF's weights.
   */
  private void compareQuantised(Pass first, Optional<Pass> second, List<NerSentence> dev) {
    if (options.objective() != Objective.LBFGS) {
      return;
    }
    NerFeatures features = new NerFeatures(lexicon, options.bits());
    List<int[]> base = new ArrayList<>();
    List<long[]> stems = new ArrayList<>();
    List<NerLabel[]> labels = new ArrayList<>();
    for (NerSentence s : dev) {
      NerFeatures.Extracted e = features.extractWithStems(s.tokens().toArray(String[]::new));
      base.add(e.features());
      stems.add(e.stems());
      labels.add(floatDecode(first, e.features(), s.size()));
    }
    if (second.isPresent()) {
      List<int[]> stacked = DocumentFeatures.stack(base, stems, labels, features.mask());
      for (int j = 0; j < dev.size(); j++) {
        labels.set(j, floatDecode(second.get(), stacked.get(j), dev.get(j).size()));
      }
    }
    NerScore floats = new NerScore();
    for (int i = 0; i < dev.size(); i++) {
      floats.add(dev.get(i).labels(), List.of(labels.get(i)));
    }
    NerScore quantised = score(model(first, second), dev, NerDomain.NEWS);
    log.accept(String.format(Locale.ROOT, "dev F1 with float weights %.2f, with the model's 16-bit weights %.2f",
        floats.overall().f1(), quantised.overall().f1()));
  }

  private static NerLabel[] floatDecode(Pass pass, int[] feats, int n) {
    if (n == 0) {
      return new NerLabel[0];
    }
    return NerModel.decode(feats, null, pass.width(), n, pass.weightsOf(NerDomain.NEWS), null, pass.start(),
        pass.transitions(), pass.outsideBias());
  }

  /** Scores a pass on development data after a given epoch or with a given outside bias. */
  private interface Probe<T> {
    double score(T setting, Pass pass);
  }

  /** Candidate biases on the outside label, tried on the development set; 0 is the untuned model. */
  private static final float[] OUTSIDE_BIASES = {0, -1, -2, -4, -8, -12, -16, -24, -32, -48, -64};
  /**
   * Candidates for the objectives whose weights are not on the perceptron's scale (a gradient step or
   * a passive-aggressive step is a fraction of the perceptron's unit step).
   */
  private static final float[] FINE_OUTSIDE_BIASES = {0, -0.01f, -0.02f, -0.05f, -0.1f, -0.2f, -0.3f, -0.5f, -0.75f,
      -1, -1.5f, -2, -3, -4, -6, -8, -12, -16};

  private Pass tuneOutsideBias(Pass pass, boolean select, Probe<Float> devScore) {
    Pass best = pass;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (float bias : options.objective() == Objective.PERCEPTRON ? OUTSIDE_BIASES : FINE_OUTSIDE_BIASES) {
      Pass p = pass.withOutsideBias(bias);
      double score = devScore.score(bias, p);
      log.accept(String.format(Locale.ROOT, "outside bias %s: dev F1 %.2f", bias, score));
      if (select && score > bestScore) {
        bestScore = score;
        best = p;
      }
    }
    log.accept(String.format(Locale.ROOT, "%s outside bias %s", select ? "chosen" : "kept", best.outsideBias()));
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
    List<DenseFeatures.Row> dense = new ArrayList<>();
    for (Corpus corpus : corpora) {
      int from = base.size();
      for (NerSentence s : corpus.sentences()) {
        if (s.size() > 0) {
          NerFeatures.Extracted e = features.extractWithStems(s.tokens().toArray(String[]::new));
          base.add(e.features());
          stems.add(e.stems());
          dense.add(e.dense());
          gold.add(s.labels().toArray(NerLabel[]::new));
          domains.add(corpus.domain());
        }
      }
      if (base.size() > from) {
        ranges.add(new int[] {from, base.size()});
      }
    }
    return new Data(base, stems, gold, domains, ranges, dense);
  }

  /**
   * Replaces the features of each block's sentences by those of the lexicon built without that block
   * (the blocks are contiguous in each corpus; the sentences keep their places in {@code data}).
   */
  private void jackknifeFeatures(List<Corpus> corpora, Data data, int width, Jackknife j) {
    int k = j.blocks();
    int[][] blockOf = jackknifeBlocks;
    if (blockOf == null) {
      blockOf = new int[corpora.size()][];
      for (int c = 0; c < corpora.size(); c++) {
        int n = corpora.get(c).sentences().size();
        blockOf[c] = new int[n];
        for (int i = 0; i < n; i++) {
          blockOf[c][i] = (int) ((long) i * k / n);
        }
      }
    }
    for (int b = 0; b < k; b++) {
      List<Corpus> trainOn = new ArrayList<>();
      for (int c = 0; c < corpora.size(); c++) {
        List<NerSentence> rest = new ArrayList<>();
        for (int i = 0; i < blockOf[c].length; i++) {
          if (blockOf[c][i] != b) {
            rest.add(corpora.get(c).sentences().get(i));
          }
        }
        trainOn.add(new Corpus(corpora.get(c).domain(), rest));
      }
      NerFeatures blockFeatures = new NerFeatures(j.lexiconFor().apply(trainOn), options.bits());
      if (blockFeatures.width() != width) {
        throw new IllegalArgumentException("a jackknifed lexicon changes the feature width: " + blockFeatures.width()
            + " instead of " + width);
      }
      int index = 0;
      int replaced = 0;
      for (int c = 0; c < corpora.size(); c++) {
        List<NerSentence> sentences = corpora.get(c).sentences();
        for (int i = 0; i < sentences.size(); i++) {
          NerSentence s = sentences.get(i);
          if (s.size() == 0) {
            continue;
          }
          if (blockOf[c][i] == b) {
            data.base().set(index, blockFeatures.extractWithStems(s.tokens().toArray(String[]::new)).features());
            replaced++;
          }
          index++;
        }
      }
      log.accept(String.format(Locale.ROOT, "jackknife block %d of %d: features of %d sentences from a lexicon without them",
          b + 1, k, replaced));
    }
  }

  private record Result(Pass pass, int epochs) {}

  /** Trains a pass with the options' objective: at most {@code epochs} epochs, or L-BFGS iterations. */
  private Result learn(List<int[]> feats, int width, Data data, List<Integer> subset, int epochs, boolean select,
      Optional<Probe<Integer>> devScore) {
    return options.objective() == Objective.LBFGS ? lbfgs(feats, width, data, subset, epochs, select, devScore)
        : perceptron(feats, width, data, subset, epochs, select, devScore);
  }

  /**
   * {@link Objective#LBFGS}: minimises the L2-regularised CRF objective over {@code subset} for at most
   * {@code iterations} iterations. With {@code devScore}, the weights after every {@link #CHECK_EVERY}
   * iterations and after the last are scored (if L-BFGS stops early, its final weights stand for the
   * checkpoints it did not reach), and with {@code select} the best checkpoint is kept.
   */
  private Result lbfgs(List<int[]> feats, int width, Data data, List<Integer> subset, int iterations, boolean select,
      Optional<Probe<Integer>> devScore) {
    long t0 = System.nanoTime();
    int[] blockOfDomain = new int[DOMAINS];
    for (int i : subset) {
      blockOfDomain[data.domains().get(i).ordinal()] = 1;
    }
    int blocks = 0;
    for (int d = 0; d < DOMAINS; d++) {
      if (blockOfDomain[d] > 0) {
        blockOfDomain[d] = ++blocks;
      }
    }
    int[] domainBlock = new int[data.base().size()];
    for (int i : subset) {
      domainBlock[i] = blockOfDomain[data.domains().get(i).ordinal()];
    }
    CrfLikelihood objective = new CrfLikelihood(feats, width, data.gold(), domainBlock, subset, 1 << options.bits(),
        blocks, options.l2());
    List<Integer> checkpoints = new ArrayList<>();
    for (int k = CHECK_EVERY; k < iterations; k += CHECK_EVERY) {
      checkpoints.add(k);
    }
    checkpoints.add(iterations);
    Result[] best = new Result[1];
    double[] bestScore = {Double.NEGATIVE_INFINITY};
    BiConsumer<Integer, Pass> check = (k, pass) -> {
      if (devScore.isEmpty()) {
        return;
      }
      double score = devScore.get().score(k, pass);
      log.accept(String.format(Locale.ROOT, "iteration %d: dev F1 %.2f", k, score));
      if (!select || score > bestScore[0]) {
        bestScore[0] = score;
        best[0] = new Result(pass, k);
      }
    };
    Lbfgs.Result r = new Lbfgs(LBFGS_MEMORY, iterations, LBFGS_PAST, LBFGS_DELTA).minimise(objective,
        new double[objective.dimension()], (k, x, value, evaluations) -> {
          if (k % CHECK_EVERY == 0 || k == iterations) {
            log.accept(String.format(Locale.ROOT, "iteration %d: objective %.6g, %d evaluations, %.1f s", k, value,
                evaluations, (System.nanoTime() - t0) / 1e9));
          }
          if (checkpoints.contains(k)) {
            check.accept(k, crfPass(x, objective, blockOfDomain, width));
          }
          return true;
        });
    Pass last = crfPass(r.x(), objective, blockOfDomain, width);
    log.accept(String.format(Locale.ROOT, "L-BFGS stopped (%s) after %d iterations, %d evaluations, objective %.6g, "
        + "%d sentences, %.1f s", r.stop(), r.iterations(), r.evaluations(), r.value(), subset.size(),
        (System.nanoTime() - t0) / 1e9));
    for (int k : checkpoints) {
      if (k > r.iterations()) {
        check.accept(k, last);
      }
    }
    if (devScore.isEmpty()) {
      return new Result(last, r.iterations());
    }
    if (select) {
      log.accept("chosen iteration " + best[0].epochs());
    }
    return best[0];
  }

  private static final int LBFGS_MEMORY = 10;
  private static final int LBFGS_PAST = 10;
  private static final double LBFGS_DELTA = 1e-5;

  /** The pass of CRF parameters {@code x}: each trained domain's table folds in the shared weights (not silver's). */
  private Pass crfPass(double[] x, CrfLikelihood objective, int[] blockOfDomain, int width) {
    int size = (1 << options.bits()) * L;
    float[][] folded = new float[DOMAINS][];
    for (int d = 0; d < DOMAINS; d++) {
      if (blockOfDomain[d] > 0 && d != NerDomain.SILVER.ordinal()) {
        int o = objective.blockOffset(blockOfDomain[d]);
        float[] w = new float[size];
        for (int i = 0; i < size; i++) {
          w[i] = (float) (x[i] + x[o + i]);
        }
        folded[d] = w;
      }
    }
    if (folded[NerDomain.NEWS.ordinal()] == null) {
      float[] w = new float[size];
      for (int i = 0; i < size; i++) {
        w[i] = (float) x[i];
      }
      folded[NerDomain.NEWS.ordinal()] = w;
    }
    float[] start = new float[L];
    for (int y = 0; y < L; y++) {
      start[y] = (float) x[objective.startOffset() + y];
    }
    float[] transitions = new float[L * L];
    for (int k = 0; k < L * L; k++) {
      transitions[k] = (float) x[objective.transitionOffset() + k];
    }
    return new Pass(width, folded, start, transitions, 0);
  }

  private Result perceptron(List<int[]> feats, int width, Data data, List<Integer> subset, int epochs, boolean select,
      Optional<Probe<Integer>> devScore) {
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
        double score = devScore.get().score(epoch, averaged);
        line += String.format(Locale.ROOT, ", dev F1 %.2f", score);
        log.accept(line);
        if (!select || score > bestScore) {
          bestScore = score;
          best = new Result(averaged, epoch);
        }
      } else {
        best = new Result(averaged, epoch);
      }
    }
    if (devScore.isPresent() && select) {
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
      for (int r = 1; r < options.newsRepeats(); r++) {
        for (int i : subset) {
          if (data.domains().get(i) == NerDomain.NEWS) {
            order.add(i);
          }
        }
      }
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
        DenseFeatures.Row dense = data.dense().get(idx);
        NerLabel[] p = NerModel.decode(f, dense, width, g.length, shared.w, mine.w, start.w, trans.w, 0);
        int wrong = 0;
        for (int i = 0; i < g.length; i++) {
          if (g[i] != p[i]) {
            wrong++;
          }
        }
        if (wrong > 0) {
          mistakes++;
        }
        switch (options.objective()) {
          case PERCEPTRON -> {
            if (wrong > 0) {
              step(f, width, g, p, mine, 1);
              if (dense != null) {
                denseStep(dense, g, p, mine, 1);
              }
            }
          }
          case PASSIVE_AGGRESSIVE -> {
            if (wrong > 0) {
              float margin = pathScore(f, width, g, mine) - pathScore(f, width, p, mine);
              double norm = squaredDifference(f, width, g, p);
              if (norm > 0) {
                step(f, width, g, p, mine, (float) Math.min(options.rate(), (wrong - margin) / norm));
              }
            }
          }
          case CRF -> gradientStep(f, width, g, mine);
        }
        c++;
      }
      return mistakes;
    }

    /** Adds {@code tau} times the gold path's features and subtracts {@code tau} times the predicted path's. */
    private void step(int[] f, int width, NerLabel[] g, NerLabel[] p, Weights mine, float tau) {
      for (int i = 0; i < g.length; i++) {
        if (g[i] != p[i]) {
          shared.update(f, width, i, g[i].ordinal(), tau, c);
          shared.update(f, width, i, p[i].ordinal(), -tau, c);
          mine.update(f, width, i, g[i].ordinal(), tau, c);
          mine.update(f, width, i, p[i].ordinal(), -tau, c);
        }
        int gp = i == 0 ? -1 : g[i - 1].ordinal();
        int pp = i == 0 ? -1 : p[i - 1].ordinal();
        if (gp != pp || g[i] != p[i]) {
          if (i == 0) {
            start.add(g[0].ordinal(), tau, c);
            start.add(p[0].ordinal(), -tau, c);
          } else {
            trans.add(gp * L + g[i].ordinal(), tau, c);
            trans.add(pp * L + p[i].ordinal(), -tau, c);
          }
        }
      }
    }

    /** The dense features' share of {@link #step}: each weight moves by {@code tau} times the feature's value. */
    private void denseStep(DenseFeatures.Row dense, NerLabel[] g, NerLabel[] p, Weights mine, float tau) {
      for (int i = 0; i < g.length; i++) {
        if (g[i] != p[i]) {
          shared.updateDense(dense, g.length, i, g[i].ordinal(), tau, c);
          shared.updateDense(dense, g.length, i, p[i].ordinal(), -tau, c);
          mine.updateDense(dense, g.length, i, g[i].ordinal(), tau, c);
          mine.updateDense(dense, g.length, i, p[i].ordinal(), -tau, c);
        }
      }
    }

    /** The current score of a label path: emissions (shared and domain weights), start and transitions. */
    private float pathScore(int[] f, int width, NerLabel[] y, Weights mine) {
      float score = start.w[y[0].ordinal()];
      for (int i = 0; i < y.length; i++) {
        int label = y[i].ordinal();
        if (i > 0) {
          score += trans.w[y[i - 1].ordinal() * L + label];
        }
        for (int k = 0; k < width; k++) {
          int feature = f[i * width + k];
          if (feature >= 0) {
            score += shared.w[feature * L + label] + mine.w[feature * L + label];
          }
        }
      }
      return score;
    }

    /** The squared norm of the gold path's features minus the predicted path's (shared and domain copies). */
    private double squaredDifference(int[] f, int width, NerLabel[] g, NerLabel[] p) {
      Map<Long, Integer> diff = new HashMap<>();
      for (int i = 0; i < g.length; i++) {
        if (g[i] != p[i]) {
          for (int k = 0; k < width; k++) {
            int feature = f[i * width + k];
            if (feature >= 0) {
              diff.merge((long) feature * L + g[i].ordinal(), 1, Integer::sum);
              diff.merge((long) feature * L + p[i].ordinal(), -1, Integer::sum);
            }
          }
        }
        long gold = i == 0 ? -1 - g[0].ordinal() : -100 - (g[i - 1].ordinal() * L + g[i].ordinal());
        long predicted = i == 0 ? -1 - p[0].ordinal() : -100 - (p[i - 1].ordinal() * L + p[i].ordinal());
        diff.merge(gold, 1, Integer::sum);
        diff.merge(predicted, -1, Integer::sum);
      }
      double norm = 0;
      for (Map.Entry<Long, Integer> e : diff.entrySet()) {
        double v = e.getValue();
        norm += e.getKey() >= 0 ? 2 * v * v : v * v;
      }
      return norm;
    }

    /** One stochastic gradient step on the CRF log-likelihood of the gold labels {@code g}. */
    private void gradientStep(int[] f, int width, NerLabel[] g, Weights mine) {
      int n = g.length;
      double[] emit = new double[n * L];
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < width; k++) {
          int feature = f[i * width + k];
          if (feature >= 0) {
            int base = feature * L;
            for (int y = 0; y < L; y++) {
              emit[i * L + y] += shared.w[base + y] + mine.w[base + y];
            }
          }
        }
      }
      double[] alpha = new double[n * L];
      double[] beta = new double[n * L];
      double[] startScores = new double[L];
      for (int y = 0; y < L; y++) {
        startScores[y] = start.w[y];
      }
      double[] transScores = new double[L * L];
      for (int k = 0; k < L * L; k++) {
        transScores[k] = trans.w[k];
      }
      double logZ = CrfLikelihood.logForwardBackward(emit, n, startScores, transScores, alpha, beta);
      float rate = options.rate();
      for (int i = 0; i < n; i++) {
        for (int y = 0; y < L; y++) {
          double marginal = Math.exp(alpha[i * L + y] + beta[i * L + y] - logZ);
          double gradient = (g[i].ordinal() == y ? 1 : 0) - marginal;
          if (Math.abs(gradient) < 1e-6) {
            continue;
          }
          shared.adapt(f, width, i, y, gradient, rate, c);
          mine.adapt(f, width, i, y, gradient, rate, c);
          if (i == 0) {
            start.adapt(y, gradient, rate, c);
          }
        }
        if (i > 0) {
          double[] pairGradient = new double[L * L];
          pairGradient[g[i - 1].ordinal() * L + g[i].ordinal()] = 1;
          for (int q = 0; q < L; q++) {
            for (int y = 0; y < L; y++) {
              if (ALLOWED[q * L + y]) {
                pairGradient[q * L + y] -= Math.exp(alpha[(i - 1) * L + q] + trans.w[q * L + y] + emit[i * L + y]
                    + beta[i * L + y] - logZ);
              }
            }
          }
          for (int k = 0; k < pairGradient.length; k++) {
            if (Math.abs(pairGradient[k]) > 1e-6) {
              trans.adapt(k, pairGradient[k], rate, c);
            }
          }
        }
      }
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

  /** {@code ALLOWED[p * L + y]}: label y may follow label p in BIO. */
  private static final boolean[] ALLOWED = CrfLikelihood.ALLOWED;

  /** Current and accumulated weights, for lazy averaging (Daumé's trick: average = w - acc / c). */
  private static final class Weights {
    final float[] w;
    final double[] accumulated;
    /** Summed squared gradients, for AdaGrad steps; allocated on the first such step. */
    double[] squares;

    Weights(int size) {
      w = new float[size];
      accumulated = new double[size];
    }

    void add(int index, float delta, long c) {
      w[index] += delta;
      accumulated[index] += (double) delta * c;
    }

    void update(int[] f, int width, int i, int label, float delta, long c) {
      int o = i * width;
      for (int k = 0; k < width; k++) {
        int feature = f[o + k];
        if (feature >= 0) {
          add(feature * L + label, delta, c);
        }
      }
    }

    /** Adds {@code delta} times each dense value read by token i (its neighbours' and its own vectors) to label's weights. */
    void updateDense(DenseFeatures.Row dense, int n, int i, int label, float delta, long c) {
      int dims = dense.dims();
      for (int p = 0; p < DenseFeatures.POSITIONS; p++) {
        int j = i + p - 1;
        if (j < 0 || j >= n) {
          continue;
        }
        for (int k = 0; k < dims; k++) {
          float v = dense.values()[j * dims + k];
          if (v != 0) {
            add(dense.indices()[p * dims + k] * L + label, delta * v, c);
          }
        }
      }
    }

    /** AdaGrad: a step of {@code rate} times the gradient over the root of this weight's summed squared gradients. */
    void adapt(int index, double gradient, float rate, long c) {
      if (squares == null) {
        squares = new double[w.length];
      }
      squares[index] += gradient * gradient;
      add(index, (float) (rate * gradient / Math.sqrt(squares[index])), c);
    }

    void adapt(int[] f, int width, int i, int label, double gradient, float rate, long c) {
      int o = i * width;
      for (int k = 0; k < width; k++) {
        int feature = f[o + k];
        if (feature >= 0) {
          adapt(feature * L + label, gradient, rate, c);
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
