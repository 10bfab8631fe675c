package dev.noisebook.noise;

import java.util.SplittableRandom;

/**
 * Random row-stochastic transition matrices with a given trace, after cleanlab's {@code
 * generate_noise_matrix_from_trace} (Northcutt et al., <i>Confident Learning: Estimating
 * Uncertainty in Dataset Labels</i>), re-designed for the row orientation and for learnability by
 * construction. With m = max(1, round((K − 1)(1 − zeroNoiseFraction))) noise rates per noisy row:
 *
 * <ol>
 *   <li>the per-class flip rates r_i = 1 − T[i][i] are (K − trace)·Dirichlet(1, ..., 1), each
 *       capped at c (the excess spread over the others in proportion to their room below c), so Σ_i
 *       T[i][i] = trace exactly;
 *   <li>in row i, m of the K − 1 off-diagonal entries, chosen uniformly, share r_i by a
 *       Dirichlet(1, ..., 1) split, each capped at d_i in the same way; the others are 0;
 *   <li>for a learnable matrix c = m/(m + 1) and d_i = 1 − r_i (both shrunk by a factor 1 − 1e-9),
 *       so every row is diagonally dominant, and draws that still fail {@link Learnability}
 *       (uniform prior: invertibility, cleanlab's positive association) are rejected, up to {@value
 *       #MAX_DRAWS} draws; otherwise c = d_i = 1 and nothing is rejected.
 * </ol>
 *
 * cleanlab draws the diagonal rather than the flip rates, spreads zero rates across columns and
 * rejects by its validity check only; the distributions differ, the constraints agree.
 */
final class TraceGenerator {
  static final int MAX_DRAWS = 10_000;
  private static final int TRIES = 100;
  private static final double STRICT = 1 - 1e-9;

  private TraceGenerator() {}

  /** m, the number of non-zero noise rates in a noisy row. */
  static int noiseRatesPerRow(int k, double zeroNoiseFraction) {
    return Math.max(1, (int) Math.round((k - 1) * (1 - zeroNoiseFraction)));
  }

  /** The trace a learnable matrix must exceed: K/(m + 1) (1 for m = K − 1, as cleanlab). */
  static double learnableTraceBound(int k, double zeroNoiseFraction) {
    return (double) k / (noiseRatesPerRow(k, zeroNoiseFraction) + 1);
  }

  static TransitionMatrix generate(
      int k, double trace, double zeroNoiseFraction, boolean learnable, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int m = noiseRatesPerRow(k, zeroNoiseFraction);
    double[] uniform = TransitionMatrix.uniform(k);
    for (int draw = 0; draw < MAX_DRAWS; draw++) {
      TransitionMatrix t = TransitionMatrix.of(draw(k, trace, m, learnable, rng));
      if (!learnable || t.learnability(uniform).isLearnable()) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "no learnable "
            + k
            + " x "
            + k
            + " transition matrix with trace "
            + Text.num(trace)
            + " turned up in "
            + MAX_DRAWS
            + " draws (matrixSeed "
            + seed
            + "); raise the trace or lower zeroNoiseFraction");
  }

  private static double[][] draw(
      int k, double trace, int m, boolean learnable, SplittableRandom rng) {
    double rateCap = learnable ? STRICT * m / (m + 1) : 1;
    double[] rates = bounded(k, k - trace, rateCap, rng);
    double[][] t = new double[k][k];
    for (int i = 0; i < k; i++) {
      t[i][i] = 1 - rates[i];
      if (rates[i] == 0) {
        continue;
      }
      int[] others = new int[k - 1];
      for (int j = 0, n = 0; j < k; j++) {
        if (j != i) {
          others[n++] = j;
        }
      }
      Samplers.shuffle(others, rng);
      double offCap = learnable ? STRICT * (1 - rates[i]) : 1;
      double[] split = bounded(m, rates[i], offCap, rng);
      for (int n = 0; n < m; n++) {
        t[i][others[n]] = split[n];
      }
    }
    return t;
  }

  /**
   * {@code total}·Dirichlet(1, ..., 1) over n entries, each at most {@code cap}: the first of
   * {@value #TRIES} draws that respects the cap (so uniform over the allowed splits when they are
   * not rare), else the last draw {@link #capped}.
   */
  private static double[] bounded(int n, double total, double cap, SplittableRandom rng) {
    double[] shares = null;
    for (int attempt = 0; attempt < TRIES; attempt++) {
      shares = dirichlet(n, rng);
      double max = 0;
      for (double share : shares) {
        max = Math.max(max, share);
      }
      if (total * max <= cap) {
        return capped(shares, total, cap);
      }
    }
    return capped(shares, total, cap);
  }

  /**
   * {@code total · shares} with entries above {@code cap} cut to it and the excess spread over the
   * others in proportion to their room below the cap (one pass: the room is at least the excess
   * whenever total ≤ n·cap, which the callers ensure).
   */
  private static double[] capped(double[] shares, double total, double cap) {
    double[] values = new double[shares.length];
    double excess = 0;
    double room = 0;
    for (int i = 0; i < shares.length; i++) {
      values[i] = total * shares[i];
      if (values[i] > cap) {
        excess += values[i] - cap;
        values[i] = cap;
      } else {
        room += cap - values[i];
      }
    }
    if (excess > 0) {
      double scale = Math.min(1, excess / room);
      for (int i = 0; i < values.length; i++) {
        if (values[i] < cap) {
          values[i] += (cap - values[i]) * scale;
        }
      }
    }
    return values;
  }

  /** Dirichlet(1, ..., 1): normalised standard exponentials. */
  private static double[] dirichlet(int n, SplittableRandom rng) {
    double[] x = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      x[i] = -Math.log(1 - rng.nextDouble());
      sum += x[i];
    }
    for (int i = 0; i < n; i++) {
      x[i] /= sum;
    }
    return x;
  }
}
