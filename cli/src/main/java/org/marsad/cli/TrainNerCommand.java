package org.marsad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.core.ner.NerDomain;
import org.marsad.core.ner.NerLexicon;
import org.marsad.core.ner.NerModel;
import org.marsad.core.ner.NerScore;
import org.marsad.core.ner.NerSentence;
import org.marsad.core.ner.NerTrainer;
import org.marsad.core.ner.TagStatistics;
import org.marsad.io.ner.NerCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad train ner}: trains the named-entity recogniser. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Train the named-entity recogniser (averaged structured perceptron) on ANERcorp, AQMAR or WikiANN files.")
final class TrainNerCommand implements Callable<Integer> {

  @Option(names = "--train", required = true, arity = "1..*", paramLabel = "FILE",
      description = "News training corpora (ANERcorp, CoNLL/IOB2 or WikiANN format, told by content).")
  List<Path> train;

  @Option(names = "--wiki", arity = "1..*", paramLabel = "FILE", description = "Wikipedia training corpora with gold labels (AQMAR).")
  List<Path> wiki = List.of();

  @Option(names = "--silver", arity = "1..*", paramLabel = "FILE", description = "Training corpora with silver labels (WikiANN).")
  List<Path> silver = List.of();

  @Option(names = "--dev", paramLabel = "FILE", description = "Development set: each epoch is scored on it and the best kept.")
  Optional<Path> dev;

  @Option(names = "--out", paramLabel = "MODEL", description = "Where to write the model (required unless --cv).")
  Optional<Path> out;

  @Option(names = "--cv", defaultValue = "0", paramLabel = "K",
      description = "Cross-validate instead of training: hold out each of K contiguous blocks of the news corpora in turn, "
          + "train on the rest with the given epochs and biases, and print the pooled score of every epoch and bias.")
  int crossValidation;

  @Option(names = "--gazetteer", paramLabel = "DIR", description = "ANERgazet folder (Aligned{Pers,Loc,Org}Gazetteer.txt).")
  Optional<Path> gazetteer;

  @Option(names = "--geonames", paramLabel = "FILE", description = "GeoNames cities500.txt: its Arabic names become places.")
  Optional<Path> geonames;

  @Option(names = "--gazetteer-corpus", arity = "1..*", paramLabel = "FILE",
      description = "Labelled corpora whose PER/LOC/ORG entities become gazetteer phrases (train sides only).")
  List<Path> gazetteerCorpora = List.of();

  @Option(names = "--no-organisations", description = "Leave out the bundled list of organisations.")
  boolean noOrganisations;

  @Option(names = "--no-given-names", description = "Leave out the bundled list of given names.")
  boolean noGivenNames;

  @Option(names = "--titles", paramLabel = "FILE", description = "List of titles (default: the bundled list).")
  Optional<Path> titles;

  @Option(names = "--clusters", paramLabel = "FILE", description = "Word clusters from `marsad train clusters`.")
  Optional<Path> clusters;

  @Option(names = "--paths", paramLabel = "FILE", description = "Cluster paths from `marsad train clusters --method SKIPGRAM`.")
  Optional<Path> paths;

  @Option(names = "--vectors", paramLabel = "FILE",
      description = "Word vectors from `marsad train clusters --method SKIPGRAM --vectors`: dense features of the word at -1, 0 and +1 (seventh round).")
  Optional<Path> vectors;

  @Option(names = "--vector-dims", defaultValue = "16", paramLabel = "N",
      description = "With --vectors: principal components kept (default: ${DEFAULT-VALUE}).")
  int vectorDims;

  @Option(names = "--vector-scale", defaultValue = "1", paramLabel = "S",
      description = "With --vectors: each component's standard deviation over the words (default: ${DEFAULT-VALUE}).")
  float vectorScale;

  @Option(names = "--epochs", split = ",", paramLabel = "FIRST[,SECOND]", defaultValue = "8",
      description = "Passes over the training data, of the first and the document pass; one value serves both (default: ${DEFAULT-VALUE}).")
  int[] epochs;

  @Option(names = "--replicas", defaultValue = "1",
      description = "Perceptrons trained with seeds seed, seed+1, ...; the model is the mean of their weights (default: ${DEFAULT-VALUE}).")
  int replicas;

  @Option(names = "--bits", defaultValue = "17", description = "Hashed feature space of 2^bits (default: ${DEFAULT-VALUE}).")
  int bits;

  @Option(names = "--folds", defaultValue = "4",
      description = "Folds for training the document pass; 0 for a single pass (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--outside-bias", split = ",", paramLabel = "FIRST,SECOND", defaultValue = "0,0",
      description = "Bias on the O label of each pass when no --dev tunes it, e.g. the values a --dev run chose (default: ${DEFAULT-VALUE}).")
  float[] outsideBias;

  @Option(names = "--objective", defaultValue = "PERCEPTRON",
      description = "PERCEPTRON, PASSIVE_AGGRESSIVE, CRF (AdaGrad, no L2) or LBFGS (a CRF with an L2 term, trained "
          + "in batch by L-BFGS) (default: ${DEFAULT-VALUE}).")
  NerTrainer.Objective objective;

  @Option(names = "--l2", defaultValue = "1", paramLabel = "C2",
      description = "With --objective LBFGS: the L2 coefficient c2 of (c2/2)|w|^2 (default: ${DEFAULT-VALUE}).")
  float l2;

  @Option(names = "--iterations", split = ",", paramLabel = "FIRST[,SECOND]", defaultValue = "100",
      description = "With --objective LBFGS: the most L-BFGS iterations of the first and the document pass, in place of "
          + "--epochs; one value serves both; with --dev every 10th and the last are scored and the best kept "
          + "(default: ${DEFAULT-VALUE}).")
  int[] iterations;

  @Option(names = "--rate", defaultValue = "1",
      description = "The passive-aggressive step's cap, or the CRF's gradient step (default: ${DEFAULT-VALUE}).")
  float rate;

  @Option(names = "--news-repeats", defaultValue = "1",
      description = "Visits of each news sentence per epoch; the other domains' once (default: ${DEFAULT-VALUE}).")
  int newsRepeats;

  @Option(names = "--seed", defaultValue = "20211027", description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--tag-statistics", paramLabel = "DIR",
      description = "SaudiNewsNet folder: a single-pass tagger trained on the training corpora tags its articles, and what it "
          + "said about each stem becomes features (in --cv, a tagger per fold, trained without the held-out block).")
  Optional<Path> tagStatisticsNews;

  @Option(names = "--tag-statistics-articles", defaultValue = "1000000", paramLabel = "N",
      description = "With --tag-statistics: tag at most this many articles (default: all).")
  int tagStatisticsArticles;

  @Option(names = "--tag-statistics-min-count", defaultValue = "" + TagStatistics.MIN_COUNT, paramLabel = "N",
      description = "With --tag-statistics: stems seen fewer times get no code (default: ${DEFAULT-VALUE}).")
  int tagStatisticsMinCount;

  @Option(names = "--tagger-epochs", defaultValue = "5", paramLabel = "N",
      description = "With --tag-statistics: epochs of the tagger (default: ${DEFAULT-VALUE}).")
  int taggerEpochs;

  @Option(names = "--tagger-bias", defaultValue = "-8", paramLabel = "B",
      description = "With --tag-statistics: the tagger's bias on the O label (default: ${DEFAULT-VALUE}).")
  float taggerBias;

  @Option(names = "--tagger-replicas", defaultValue = "3", paramLabel = "N",
      description = "With --tag-statistics: replicas of the tagger (default: ${DEFAULT-VALUE}).")
  int taggerReplicas;

  @Option(names = "--tag-statistics-jackknife", defaultValue = "0", paramLabel = "K",
      description = "With --tag-statistics: cut the training corpora into K contiguous blocks each; the features of a "
          + "block's sentences take their codes from a tagger trained without that block (K more taggers); the "
          + "model keeps the codes of the tagger trained on all. 0: every sentence takes the codes of the tagger trained on all (default: ${DEFAULT-VALUE}). In --cv, each fold jackknifes its own training "
          + "corpora; with --cv 4 and K = 3 (or --cv 2^m and K = 2^m - 1) a fold's blocks are the other folds' news "
          + "blocks, so pairs of folds share taggers (10 taggers for --cv 4 instead of 16).")
  int tagStatisticsJackknife;

  @Override
  public Integer call() throws IOException {
    try {
      return train();
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      System.err.println("marsad: train ner: " + e.getMessage());
      return ExitCode.SOME_FAILED.code();
    }
  }

  private int train() throws IOException {
    long t0 = System.nanoTime();
    NerLexicon.Builder builder = NerLexicon.builder();
    gazetteer.ifPresent(dir -> System.err.println("marsad: gazetteer phrases: " + NerResources.addAnergazet(builder, dir)));
    geonames.ifPresent(f -> System.err.println("marsad: GeoNames names: " + NerResources.addGeonames(builder, f)));
    for (Path p : gazetteerCorpora) {
      System.err.println("marsad: entities of " + p + ": " + NerResources.addCorpusEntities(builder, NerCorpus.read(p)));
    }
    if (!noOrganisations) {
      System.err.println("marsad: organisations: " + NerResources.addOrganisations(builder));
    }
    if (!noGivenNames) {
      System.err.println("marsad: given names: " + NerResources.addGivenNames(builder));
    }
    System.err.println("marsad: titles: " + NerResources.addTitles(builder, titles));
    clusters.ifPresent(f -> System.err.println("marsad: clustered words: " + NerResources.addClusters(builder, f)));
    paths.ifPresent(f -> System.err.println("marsad: words on cluster paths: " + NerResources.addPaths(builder, f)));
    vectors.ifPresent(f -> System.err.println("marsad: words with vectors: "
        + NerResources.addVectors(builder, f, vectorDims, vectorScale)));
    NerLexicon lexicon = builder.build();
    List<NerTrainer.Corpus> corpora = new ArrayList<>();
    read(train, NerDomain.NEWS, corpora);
    read(wiki, NerDomain.WIKIPEDIA, corpora);
    read(silver, NerDomain.SILVER, corpora);
    Optional<List<NerSentence>> devSet = dev.map(NerCorpus::read);
    int[] steps = objective == NerTrainer.Objective.LBFGS ? iterations : epochs;
    NerTrainer trainer = new NerTrainer(new NerTrainer.Options(bits, steps[0], steps[steps.length - 1], folds, seed, replicas, outsideBias[0], outsideBias.length > 1 ? outsideBias[1] : 0, objective, rate, newsRepeats, l2), lexicon,
        line -> System.err.println("marsad: " + line));
    if (tagStatisticsNews.isPresent()) {
      List<List<List<String>>> news = newsDocuments(tagStatisticsNews.get(), tagStatisticsArticles);
      NerLexicon base = lexicon;
      // remembered by training sentences: in --cv with a jackknife of K-1 blocks, pairs of folds share taggers
      Map<List<NerTrainer.Corpus>, NerLexicon> made = new java.util.HashMap<>();
      java.util.function.Function<List<NerTrainer.Corpus>, NerLexicon> withStatistics = trainOn -> {
        NerLexicon known = made.get(trainOn);
        if (known != null) {
          System.err.println("marsad: tag statistics: the tagger of these training sentences was made before");
          return known;
        }
        NerLexicon l = base.withTagStatistics(tagStatistics(base, trainOn, news));
        made.put(List.copyOf(trainOn), l);
        return l;
      };
      Optional<NerTrainer.Jackknife> jackknife = tagStatisticsJackknife > 0
          ? Optional.of(new NerTrainer.Jackknife(tagStatisticsJackknife, withStatistics)) : Optional.empty();
      trainer = new NerTrainer(trainer.options(), lexicon, line -> System.err.println("marsad: " + line), jackknife);
      if (crossValidation > 0) {
        printCrossValidation(trainer.crossValidate(corpora, crossValidation, withStatistics));
        System.err.printf("marsad: cross-validated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return ExitCode.OK.code();
      }
      lexicon = withStatistics.apply(corpora);
      trainer = new NerTrainer(trainer.options(), lexicon, line -> System.err.println("marsad: " + line), jackknife);
    }
    if (crossValidation > 0) {
      printCrossValidation(trainer.crossValidate(corpora, crossValidation));
      System.err.printf("marsad: cross-validated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      return ExitCode.OK.code();
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("--out is required unless --cv is given");
    }
    NerModel model = trainer.train(corpora, devSet);
    try (OutputStream o = Files.newOutputStream(out.get())) {
      model.write(o);
    }
    System.err.printf("marsad: wrote %s (%d bytes) in %.1f s%n", out.get(), Files.size(out.get()),
        (System.nanoTime() - t0) / 1e9);
    return ExitCode.OK.code();
  }

  /** The articles of a SaudiNewsNet folder as sentences of tokens; equal tokens share one string. */
  private static List<List<List<String>>> newsDocuments(Path dir, int maxArticles) {
    long t0 = System.nanoTime();
    Map<String, String> interned = new java.util.HashMap<>();
    List<List<List<String>>> documents = new ArrayList<>();
    long tokens = 0;
    for (org.marsad.core.model.Article a : NewsCorpus.load(dir, Integer.MAX_VALUE, maxArticles)) {
      List<List<String>> document = new ArrayList<>();
      NewsArchive.sentences(a.analysedText(), sentence -> {
        List<String> s = new ArrayList<>(sentence.size());
        for (String token : sentence) {
          s.add(interned.computeIfAbsent(token, t -> t));
        }
        document.add(s);
      });
      documents.add(document);
      for (List<String> s : document) {
        tokens += s.size();
      }
    }
    System.err.printf(Locale.ROOT, "marsad: tag statistics: %d articles, %d tokens read in %.1f s%n", documents.size(),
        tokens, (System.nanoTime() - t0) / 1e9);
    return documents;
  }

  /** Trains a single-pass tagger on {@code trainOn}, tags the news with it and counts what it said per stem. */
  private TagStatistics tagStatistics(NerLexicon base, List<NerTrainer.Corpus> trainOn, List<List<List<String>>> news) {
    long t0 = System.nanoTime();
    NerTrainer.Options o = new NerTrainer.Options(bits, taggerEpochs, 1, 0, seed, taggerReplicas, taggerBias, 0);
    NerModel tagger = new NerTrainer(o, base, line -> { }).train(trainOn, Optional.empty());
    long t1 = System.nanoTime();
    TagStatistics.Counter counter = TagStatistics.counter(tagger);
    for (List<List<String>> document : news) {
      counter.add(document);
    }
    TagStatistics statistics = counter.build(tagStatisticsMinCount);
    System.err.printf(Locale.ROOT, "marsad: tag statistics: tagger trained on %d sentences in %.1f s, %d tokens tagged in %.1f s, %d stems%n",
        trainOn.stream().mapToInt(c -> c.sentences().size()).sum(), (t1 - t0) / 1e9, counter.tokens(), (System.nanoTime() - t1) / 1e9, statistics.size());
    return statistics;
  }

  /** One line per setting: the pooled precision, recall and F1 over all folds, then each fold's F1. */
  private static void printCrossValidation(Map<String, List<NerScore>> scores) {
    scores.forEach((setting, folds) -> {
      NerScore pooled = new NerScore();
      StringBuilder each = new StringBuilder();
      for (NerScore f : folds) {
        pooled.addAll(f);
        each.append(String.format(Locale.ROOT, " %.2f", f.overall().f1()));
      }
      NerScore.Prf all = pooled.overall();
      System.out.printf(Locale.ROOT, "cv %-18s P %.2f R %.2f F1 %.2f  folds%s  (%d entities)%n", setting,
          all.precision(), all.recall(), all.f1(), each, all.gold());
    });
  }

  private static void read(List<Path> files, NerDomain domain, List<NerTrainer.Corpus> out) {
    for (Path p : files) {
      List<NerSentence> s = NerCorpus.read(p);
      System.err.printf("marsad: %s (%s): %d sentences, %d tokens%n", p, domain, s.size(), NerCorpus.tokens(s));
      out.add(new NerTrainer.Corpus(domain, s));
    }
  }
}
