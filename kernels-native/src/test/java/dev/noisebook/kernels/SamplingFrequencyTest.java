package dev.noisebook.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Empirical frequencies of 200,000 draws (one row each, seeded SplittableRandom) from a peaked
 * distribution, p ≈ 0.9, 0.09, 0.009, ..., 1e-5: every count lies within 5 binomial standard
 * deviations (plus one draw) of N p, with p the exact softmax of the float logits. A temperature of
 * 2 flattens the distribution to p^(1/2) (normalised), and the counts follow that instead.
 */
class SamplingFrequencyTest {
  static final int DRAWS = 200_000;
  static final float[] LOGITS = logits();

  private static float[] logits() {
    double[] p = {0.9, 0.09, 0.009, 0.0009, 0.00009, 0.00001};
    float[] x = new float[p.length];
    for (int j = 0; j < p.length; j++) {
      x[j] = (float) Math.log(p[j]);
    }
    return x;
  }

  static int[] counts(KernelPath path, float[] row, float temperature, long seed) {
    int cols = row.length;
    float[] x = new float[DRAWS * cols];
    for (int d = 0; d < DRAWS; d++) {
      System.arraycopy(row, 0, x, d * cols, cols);
    }
    int[] out = new int[DRAWS];
    Kernels.of(path).sample(x, Rows.of(DRAWS, cols), temperature, new SplittableRandom(seed), out);

    // The uniform overload with the same uniforms draws the same.
    double[] u = new double[DRAWS];
    SplittableRandom rng = new SplittableRandom(seed);
    for (int d = 0; d < DRAWS; d++) {
      u[d] = rng.nextDouble();
    }
    int[] again = new int[DRAWS];
    Kernels.of(path).sample(x, Rows.of(DRAWS, cols), temperature, u, again);
    assertArrayEquals(out, again, path + ": RandomGenerator and uniform overloads differ");

    int[] counts = new int[cols];
    for (int o : out) {
      assertTrue(o >= 0 && o < cols, path + ": drew " + o);
      counts[o]++;
    }
    return counts;
  }

  static void assertFrequencies(String what, int[] counts, double[] p) {
    for (int j = 0; j < p.length; j++) {
      double mean = DRAWS * p[j];
      double sd = Math.sqrt(DRAWS * p[j] * (1 - p[j]));
      assertTrue(
          Math.abs(counts[j] - mean) <= 5 * sd + 1,
          String.format(
              "%s: index %d drawn %d times, expected %.1f ± 5 x %.1f",
              what, j, counts[j], mean, sd));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void peakedDistribution(KernelPath path) {
    int[] counts = counts(path, LOGITS, 1f, 120);
    assertFrequencies(path + " T=1", counts, Reference.softmax(LOGITS, 0, LOGITS.length, 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void temperatureFlattensTheFrequencies(KernelPath path) {
    int[] counts = counts(path, LOGITS, 2f, 121);
    double[] tempered = Reference.softmax(LOGITS, 0, LOGITS.length, Reference.invT(2f));
    assertFrequencies(path + " T=2", counts, tempered);
    // The untempered probabilities are far off: 0.9 vs about 0.72 for index 0.
    double untempered = DRAWS * 0.9;
    assertTrue(
        Math.abs(counts[0] - untempered) > 100 * Math.sqrt(untempered * 0.1),
        path + ": temperature 2 had no effect (" + counts[0] + " draws of index 0)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void wideRowWithMaskedEntries(KernelPath path) {
    // 40 columns (vector bodies and a tail), every third masked, logits spread over 6 nats.
    int cols = 40;
    float[] row = new float[cols];
    SplittableRandom rnd = new SplittableRandom(122);
    for (int j = 0; j < cols; j++) {
      row[j] = j % 3 == 1 ? Float.NEGATIVE_INFINITY : (float) rnd.nextDouble(-6, 0);
    }
    int[] counts = counts(path, row, 0.7f, 123);
    assertFrequencies(
        path + " masked", counts, Reference.softmax(row, 0, cols, Reference.invT(0.7f)));
    for (int j = 1; j < cols; j += 3) {
      assertTrue(counts[j] == 0, path + ": masked index " + j + " drawn " + counts[j] + " times");
    }
  }
}
