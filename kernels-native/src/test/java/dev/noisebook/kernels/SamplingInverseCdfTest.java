package dev.noisebook.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deterministic draws that pin down the inverse CDF in float64: index j is drawn iff u lies in
 * [F(j-1), F(j)). Logits {0, -25} give index 1 the probability e^-25 / (1 + e^-25) ≈ 1.39e-11, a
 * gap past the ~19.4 nats that float32 Gumbel-max can resolve: u = 1 - 1e-11 must draw 1 and u = 1
 * - 2e-11 must draw 0. Also: u = 0 draws the first unmasked entry, u just below 1 the last entry
 * with positive probability, and temperature scales the gap.
 */
class SamplingInverseCdfTest {

  static int draw(KernelPath path, float[] row, float t, double u) {
    int[] out = {-7};
    Kernels.of(path).sample(row, Rows.row(row.length), t, new double[] {u}, out);
    return out[0];
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void reachesBeyondTheFloat32GumbelLimit(KernelPath path) {
    float[] row = {0f, -25f};
    assertEquals(1, draw(path, row, 1f, 1 - 1e-11), path + ": u = 1 - 1e-11");
    assertEquals(0, draw(path, row, 1f, 1 - 2e-11), path + ": u = 1 - 2e-11");
    assertEquals(0, draw(path, row, 1f, 0.5), path + ": u = 0.5");

    // 30 nats: p1 = 9.36e-14.
    float[] farther = {0f, -30f};
    assertEquals(1, draw(path, farther, 1f, 1 - 5e-14), path + ": 30 nats, u = 1 - 5e-14");
    assertEquals(0, draw(path, farther, 1f, 1 - 2e-13), path + ": 30 nats, u = 1 - 2e-13");

    // Reversed order: index 0 holds the tiny mass [0, 1.39e-11).
    float[] reversed = {-25f, 0f};
    assertEquals(0, draw(path, reversed, 1f, 1e-11), path + ": reversed, u = 1e-11");
    assertEquals(1, draw(path, reversed, 1f, 2e-11), path + ": reversed, u = 2e-11");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void temperatureScalesTheGap(KernelPath path) {
    float[] row = {0f, -50f};
    // At T = 2 the gap is 25 nats.
    assertEquals(1, draw(path, row, 2f, 1 - 1e-11), path + ": T=2, u = 1 - 1e-11");
    assertEquals(0, draw(path, row, 2f, 1 - 2e-11), path + ": T=2, u = 1 - 2e-11");
    // At T = 1 it is 50 nats: 1.9e-22, below the resolution of u near 1.
    assertEquals(0, draw(path, row, 1f, 1 - 1e-11), path + ": T=1, u = 1 - 1e-11");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void endsOfTheUnitInterval(KernelPath path) {
    float ninf = Float.NEGATIVE_INFINITY;
    for (int cols : new int[] {3, 8, 11, 20}) {
      float[] row = new float[cols];
      java.util.Arrays.fill(row, ninf);
      int first = cols / 3;
      int last = cols - 2;
      row[first] = -1f;
      row[(first + last) / 2] = 2f;
      row[last] = -3f; // about 1e-3 of the mass, then one masked entry at the end
      assertEquals(first, draw(path, row, 1f, 0), path + " cols=" + cols + ": u = 0");
      assertEquals(
          last, draw(path, row, 1f, Math.nextDown(1.0)), path + " cols=" + cols + ": u = 1^-");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.noisebook.kernels.KernelPaths#all")
  void boundariesOfAUniformRow(KernelPath path) {
    // Four equal logits: [0, .25) -> 0, [.25, .5) -> 1, ... (exact in float64).
    float[] row = {3f, 3f, 3f, 3f};
    double[] u = {0, 0.2499, 0.25, 0.4999, 0.5, 0.7499, 0.75, 0.9999};
    int[] expected = {0, 0, 1, 1, 2, 2, 3, 3};
    for (int i = 0; i < u.length; i++) {
      assertEquals(expected[i], draw(path, row, 1f, u[i]), path + ": u = " + u[i]);
    }
  }
}
