package org.marsad.core.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The L2 CRF objective ({@link CrfLikelihood}), its minimiser ({@link Lbfgs}) and {@code Objective.LBFGS}. */
class CrfLbfgsTest {

  private static final int L = NerLabel.COUNT;
  private static final int WIDTH = 3;
  private static final int BUCKETS = 8;

  /** Random sentences of 1..6 tokens, 3 hashed features each (some absent), valid BIO gold labels. */
  private record Fixture(List<int[]> feats, List<NerLabel[]> gold, int[] blocks, List<Integer> subset) {}

  private static Fixture fixture(long seed, int sentences) {
    Random random = new Random(seed);
    List<int[]> feats = new ArrayList<>();
    List<NerLabel[]> gold = new ArrayList<>();
    int[] blocks = new int[sentences];
    List<Integer> subset = new ArrayList<>();
    for (int s = 0; s < sentences; s++) {
      int n = 1 + random.nextInt(6);
      int[] f = new int[n * WIDTH];
      for (int i = 0; i < f.length; i++) {
        f[i] = random.nextInt(10) == 0 ? -1 : random.nextInt(BUCKETS);
      }
      NerLabel[] y = new NerLabel[n];
      NerLabel previous = NerLabel.O;
      for (int i = 0; i < n; i++) {
        NerLabel l;
        do {
          l = NerLabel.of(random.nextInt(L));
        } while (!(i == 0 ? l.canStart() : l.canFollow(previous)));
        y[i] = l;
        previous = l;
      }
      feats.add(f);
      gold.add(y);
      blocks[s] = 1 + s % 2;
      subset.add(s);
    }
    return new Fixture(feats, gold, blocks, subset);
  }

  private static CrfLikelihood likelihood(Fixture f, double c2) {
    return new CrfLikelihood(f.feats(), WIDTH, f.gold(), f.blocks(), f.subset(), BUCKETS, 2, c2);
  }

  private static double[] randomPoint(int n, double scale, long seed) {
    Random random = new Random(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = scale * random.nextGaussian();
    }
    return x;
  }

  @Test
  void theGradientMatchesFiniteDifferences() {
    Fixture fixture = fixture(11, 12);
    CrfLikelihood crf = likelihood(fixture, 0.3);
    double[] x = randomPoint(crf.dimension(), 0.7, 5);
    double[] gradient = new double[crf.dimension()];
    crf.evaluate(x, gradient);
    double[] ignored = new double[crf.dimension()];
    double h = 1e-5;
    for (int i = 0; i < crf.dimension(); i++) {
      double keep = x[i];
      x[i] = keep + h;
      double up = crf.evaluate(x, ignored);
      x[i] = keep - h;
      double down = crf.evaluate(x, ignored);
      x[i] = keep;
      double numeric = (up - down) / (2 * h);
      assertEquals(numeric, gradient[i], 1e-5 * Math.max(1, Math.abs(numeric)), "parameter " + i);
    }
  }

  @Test
  void theValueIsTheNegativeLogLikelihoodOfEveryValidPathPlusL2() {
    Fixture fixture = fixture(3, 6);
    double c2 = 0.5;
    CrfLikelihood crf = likelihood(fixture, c2);
    for (double scale : new double[] {0.5, 3}) {
      double[] x = randomPoint(crf.dimension(), scale, 9);
      assertEquals(bruteForce(crf, fixture, x, c2), crf.evaluate(x, new double[crf.dimension()]), 1e-8);
    }
    // a weight so large that the scaled sums underflow at a start no label may take: redone in log space
    double[] x = randomPoint(crf.dimension(), 0.5, 9);
    int iPer = NerLabel.I_PER.ordinal();
    for (int b = 0; b < BUCKETS; b++) {
      x[crf.blockOffset(0) + b * L + iPer] = 900;
    }
    double[] gradient = new double[crf.dimension()];
    double value = crf.evaluate(x, gradient);
    assertTrue(Double.isFinite(value));
    assertEquals(bruteForce(crf, fixture, x, c2), value, 1e-6 * Math.abs(value));
    for (double g : gradient) {
      assertTrue(Double.isFinite(g));
    }
  }

  /** Σ over sentences of log Σ_{valid paths} exp(score) − score(gold), plus (c2/2)|x|², by enumeration. */
  private static double bruteForce(CrfLikelihood crf, Fixture f, double[] x, double c2) {
    double total = 0;
    for (int s : f.subset()) {
      NerLabel[] gold = f.gold().get(s);
      int n = gold.length;
      int[] feats = f.feats().get(s);
      int own = crf.blockOffset(f.blocks()[s]);
      List<Double> scores = new ArrayList<>();
      int[] path = new int[n];
      int paths = (int) Math.pow(L, n);
      for (int code = 0; code < paths; code++) {
        int c = code;
        for (int i = 0; i < n; i++) {
          path[i] = c % L;
          c /= L;
        }
        if (!NerLabel.of(path[0]).canStart()) {
          continue;
        }
        boolean valid = true;
        for (int i = 1; i < n && valid; i++) {
          valid = NerLabel.of(path[i]).canFollow(NerLabel.of(path[i - 1]));
        }
        if (valid) {
          scores.add(score(crf, x, feats, own, path));
        }
      }
      int[] g = new int[n];
      for (int i = 0; i < n; i++) {
        g[i] = gold[i].ordinal();
      }
      total += CrfLikelihood.logSumExp(scores.stream().mapToDouble(Double::doubleValue).toArray())
          - score(crf, x, feats, own, g);
    }
    double norm = 0;
    for (double v : x) {
      norm += v * v;
    }
    return total + c2 / 2 * norm;
  }

  private static double score(CrfLikelihood crf, double[] x, int[] feats, int own, int[] path) {
    double score = x[crf.startOffset() + path[0]];
    for (int i = 0; i < path.length; i++) {
      if (i > 0) {
        score += x[crf.transitionOffset() + path[i - 1] * L + path[i]];
      }
      for (int k = 0; k < WIDTH; k++) {
        int feature = feats[i * WIDTH + k];
        if (feature >= 0) {
          score += x[feature * L + path[i]] + x[own + feature * L + path[i]];
        }
      }
    }
    return score;
  }

  @Test
  void lbfgsFindsTheMinimumOfTheRosenbrockFunction() {
    // Σ 100 (x_{i+1} − x_i²)² + (1 − x_i)², minimum 0 at (1, ..., 1)
    Lbfgs.Function rosenbrock = (x, g) -> {
      double f = 0;
      java.util.Arrays.fill(g, 0);
      for (int i = 0; i + 1 < x.length; i++) {
        double a = x[i + 1] - x[i] * x[i];
        double b = 1 - x[i];
        f += 100 * a * a + b * b;
        g[i] += -400 * a * x[i] - 2 * b;
        g[i + 1] += 200 * a;
      }
      return f;
    };
    double[] start = new double[10];
    for (int i = 0; i < start.length; i++) {
      start[i] = i % 2 == 0 ? -1.2 : 1;
    }
    Lbfgs.Result r = new Lbfgs(10, 500, 10, 0).minimise(rosenbrock, start, null);
    assertEquals(0, r.value(), 1e-10, r.stop() + " after " + r.iterations());
    for (double v : r.x()) {
      assertEquals(1, v, 1e-5);
    }
  }

  @Test
  void lbfgsSolvesAnIllConditionedQuadraticAndStopsOnRelativeImprovement() {
    double[] scales = {1, 10, 100, 1000};
    Lbfgs.Function quadratic = (x, g) -> {
      double f = 1;
      for (int i = 0; i < x.length; i++) {
        double d = x[i] - i;
        f += 0.5 * scales[i] * d * d;
        g[i] = scales[i] * d;
      }
      return f;
    };
    Lbfgs.Result r = new Lbfgs(10, 200, 5, 1e-12).minimise(quadratic, new double[4], null);
    assertEquals(1, r.value(), 1e-9);
    for (int i = 0; i < 4; i++) {
      assertEquals(i, r.x()[i], 1e-4);
    }
    assertTrue(r.iterations() < 200, r.stop());
  }

  /** The fixture of {@link NerTrainerTest}: people after قال, places after إلى, an organisation. */
  private static List<NerSentence> sentences() {
    NerLabel o = NerLabel.O;
    List<NerSentence> out = new ArrayList<>();
    for (String p : new String[] {"محمد", "أحمد", "سمير", "خالد"}) {
      for (String l : new String[] {"بغداد", "الموصل", "أربيل", "البصرة"}) {
        out.add(new NerSentence(List.of("قال", p, "إنه", "وصل", "إلى", l, "."),
            List.of(o, NerLabel.B_PER, o, o, o, NerLabel.B_LOC, o)));
        out.add(new NerSentence(List.of("زار", "وفد", "منظمة", "الصحة", "العالمية", l, "أمس"),
            List.of(o, o, NerLabel.B_ORG, NerLabel.I_ORG, NerLabel.I_ORG, NerLabel.B_LOC, o)));
      }
    }
    return out;
  }

  private static NerModel trainLbfgs(int folds) {
    NerTrainer.Options options = new NerTrainer.Options(12, 30, 30, folds, 1, 1, 0, 0, NerTrainer.Objective.LBFGS, 1,
        1, 0.1f);
    List<NerSentence> all = sentences();
    List<NerTrainer.Corpus> corpora = List.of(new NerTrainer.Corpus(NerDomain.NEWS, all.subList(0, 20)),
        new NerTrainer.Corpus(NerDomain.WIKIPEDIA, all.subList(20, all.size())));
    return new NerTrainer(options, NerLexicon.builder().build(), line -> { }).train(corpora, Optional.empty());
  }

  @Test
  void theLbfgsObjectiveLearnsTheFixtureWithAndWithoutTheDocumentPass() {
    for (int folds : new int[] {0, 2}) {
      NerModel model = trainLbfgs(folds);
      NerScore score = NerTrainer.score(model, sentences());
      assertEquals(100.0, score.overall().f1(), 1e-9, folds + " folds: " + score.report());
      assertEquals(folds > 0, model.hasDocumentPass());
    }
  }

  @Test
  void theSameDataAndOptionsGiveTheSameLbfgsModelBytes() throws IOException {
    assertArrayEquals(bytes(trainLbfgs(2)), bytes(trainLbfgs(2)));
  }

  @Test
  void theLbfgsObjectiveScoresItsCheckpointsInCrossValidation() {
    NerTrainer.Options options = new NerTrainer.Options(12, 25, 12, 2, 1, 1, 0, 0, NerTrainer.Objective.LBFGS, 1, 1,
        1f);
    Map<String, List<NerScore>> scores = new NerTrainer(options, NerLexicon.builder().build(), line -> { })
        .crossValidate(List.of(new NerTrainer.Corpus(NerDomain.NEWS, sentences())), 2);
    for (String key : List.of("first iteration 010", "first iteration 020", "first iteration 025",
        "second iteration 010", "second iteration 012")) {
      assertTrue(scores.containsKey(key), key + " in " + scores.keySet());
    }
    for (List<NerScore> folds : scores.values()) {
      assertEquals(2, folds.size());
    }
  }

  private static byte[] bytes(NerModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    return out.toByteArray();
  }
}
