package org.marsad.core.ner;

/**
 * Limited-memory BFGS (Nocedal 1980; Liu and Nocedal 1989) for smooth unconstrained minimisation:
 * <ul>
 *   <li>the search direction is the two-loop recursion over the last {@code memory} pairs of steps and
 *       gradient changes, scaled by {@code s·y / y·y} of the newest pair;</li>
 *   <li>the step length is found by backtracking from 1 (from {@code 1 / |g|} on the first iteration) until
 *       the Armijo condition {@code f(x + t d) <= f(x) + 1e-4 t g·d} holds, each trial cut by the minimum of
 *       the quadratic through {@code f(x)}, {@code g·d} and {@code f(x + t d)}, kept within [0.1 t, 0.5 t];</li>
 *   <li>a pair whose curvature {@code s·y} is not positive is not stored; a direction that does not descend
 *       resets the memory to steepest descent;</li>
 *   <li>it stops after {@code maxIterations}, when the value has improved by less than {@code delta} (relative)
 *       over the last {@code past} iterations, when the gradient is below {@code 1e-5 max(1, |x|)}, or when
 *       the line search fails.</li>
 * </ul>
 * Everything is sequential arithmetic in a fixed order, so the same function and start give the same result.
 */
final class Lbfgs {

  /** A smooth function: returns f(x) and writes its gradient into {@code gradient}. */
  interface Function {
    double evaluate(double[] x, double[] gradient);
  }

  /** Told of each finished iteration; returns false to stop. */
  interface Listener {
    boolean iteration(int iteration, double[] x, double value, int evaluations);
  }

  /** The minimiser found, the value there and how it ended. */
  record Result(double[] x, double value, int iterations, int evaluations, String stop) {}

  private static final double ARMIJO = 1e-4;
  private static final int MAX_TRIALS = 40;

  private final int memory;
  private final int maxIterations;
  private final int past;
  private final double delta;

  Lbfgs(int memory, int maxIterations, int past, double delta) {
    if (memory < 1 || maxIterations < 0 || past < 1 || !(delta >= 0)) {
      throw new IllegalArgumentException("bad L-BFGS settings");
    }
    this.memory = memory;
    this.maxIterations = maxIterations;
    this.past = past;
    this.delta = delta;
  }

  Result minimise(Function f, double[] start, Listener listener) {
    int n = start.length;
    double[] x = start.clone();
    double[] g = new double[n];
    double fx = f.evaluate(x, g);
    int evaluations = 1;
    double[][] s = new double[memory][];
    double[][] y = new double[memory][];
    double[] rho = new double[memory];
    double[] a = new double[memory];
    int stored = 0;
    int newest = -1;
    double[] d = new double[n];
    double[] xNew = new double[n];
    double[] gNew = new double[n];
    double[] spareS = new double[n];
    double[] spareY = new double[n];
    double[] history = new double[past + 1];
    history[0] = fx;
    for (int i = 0; i < n; i++) {
      d[i] = -g[i];
    }
    double gNorm = Math.sqrt(dot(g, g));
    if (gNorm <= 1e-5 * Math.max(1, Math.sqrt(dot(x, x)))) {
      return new Result(x, fx, 0, evaluations, "gradient");
    }
    double step = 1 / gNorm;
    String stop = "iterations";
    int k = 0;
    while (k < maxIterations) {
      double gd = dot(g, d);
      if (!(gd < 0)) {
        stored = 0;
        for (int i = 0; i < n; i++) {
          d[i] = -g[i];
        }
        gd = dot(g, d);
        step = 1 / Math.sqrt(-gd);
      }
      double fNew = Double.NaN;
      double t = step;
      boolean accepted = false;
      for (int trial = 0; trial < MAX_TRIALS; trial++) {
        for (int i = 0; i < n; i++) {
          xNew[i] = x[i] + t * d[i];
        }
        fNew = f.evaluate(xNew, gNew);
        evaluations++;
        if (fNew <= fx + ARMIJO * t * gd) {
          accepted = true;
          break;
        }
        double cut = Double.isFinite(fNew) ? -gd * t * t / (2 * (fNew - fx - gd * t)) : 0.1 * t;
        t = Math.max(0.1 * t, Math.min(0.5 * t, cut));
      }
      if (!accepted) {
        stop = "line search";
        break;
      }
      k++;
      for (int i = 0; i < n; i++) {
        spareS[i] = xNew[i] - x[i];
        spareY[i] = gNew[i] - g[i];
      }
      double ys = dot(spareY, spareS);
      double yy = dot(spareY, spareY);
      if (ys > 1e-12 * Math.max(1, yy)) {
        newest = (newest + 1) % memory;
        double[] old = s[newest];
        s[newest] = spareS;
        spareS = old != null ? old : new double[n];
        old = y[newest];
        y[newest] = spareY;
        spareY = old != null ? old : new double[n];
        rho[newest] = 1 / ys;
        stored = Math.min(stored + 1, memory);
      }
      double[] swap = x;
      x = xNew;
      xNew = swap;
      swap = g;
      g = gNew;
      gNew = swap;
      fx = fNew;
      if (listener != null && !listener.iteration(k, x, fx, evaluations)) {
        stop = "listener";
        break;
      }
      gNorm = Math.sqrt(dot(g, g));
      if (gNorm <= 1e-5 * Math.max(1, Math.sqrt(dot(x, x)))) {
        stop = "gradient";
        break;
      }
      if (k >= past) {
        double before = history[(k - past) % (past + 1)];
        if ((before - fx) / Math.max(Math.abs(fx), 1e-300) < delta) {
          stop = "converged";
          break;
        }
      }
      history[k % (past + 1)] = fx;
      // two-loop recursion: d = -H g
      for (int i = 0; i < n; i++) {
        d[i] = -g[i];
      }
      int j = newest;
      for (int c = 0; c < stored; c++) {
        a[j] = rho[j] * dot(s[j], d);
        axpy(-a[j], y[j], d);
        j = (j - 1 + memory) % memory;
      }
      if (stored > 0) {
        double gamma = 1 / (rho[newest] * dot(y[newest], y[newest]));
        for (int i = 0; i < n; i++) {
          d[i] *= gamma;
        }
      }
      j = (newest - stored + 1 + memory) % memory;
      for (int c = 0; c < stored; c++) {
        double b = rho[j] * dot(y[j], d);
        axpy(a[j] - b, s[j], d);
        j = (j + 1) % memory;
      }
      step = 1;
    }
    return new Result(x, fx, k, evaluations, stop);
  }

  static double dot(double[] u, double[] v) {
    double sum = 0;
    for (int i = 0; i < u.length; i++) {
      sum += u[i] * v[i];
    }
    return sum;
  }

  private static void axpy(double alpha, double[] u, double[] v) {
    for (int i = 0; i < u.length; i++) {
      v[i] += alpha * u[i];
    }
  }
}
