package dev.noisebook.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.noisebook.FixtureCsv;
import dev.noisebook.Loss;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * ELR against a torch float64 replay of the official code over several batches per run (values,
 * per-example gradients and the targets after each batch, tolerance 1e-12; the clamp is active in
 * the third batch of each run), central finite differences of the pure loss at fixed targets (h =
 * 1e-6, |Δ| ≤ 1e-6·(1 + |g|), clamp inactive), reset, and the parameter checks.
 */
class EarlyLearningRegularizationTest {

  static double[][] rows(double[] flat, int k) {
    return IntStream.range(0, flat.length / k)
        .mapToObj(r -> Arrays.copyOfRange(flat, r * k, (r + 1) * k))
        .toArray(double[][]::new);
  }

  static void assertClose(double[] expected, double[] actual, String what) {
    assertEquals(expected.length, actual.length, what);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i])
          .as("%s[%d]", what, i)
          .isCloseTo(expected[i], within(1e-12 * Math.max(1, Math.abs(expected[i]))));
    }
  }

  @Test
  void replaysTorchRuns() {
    var all = FixtureCsv.read("/fixtures/coupled/elr.csv");
    assertEquals(11, all.size());
    EarlyLearningRegularization elr = null;
    int run = -1;
    for (var row : all) {
      if (row.integer("case") != run) {
        run = row.integer("case");
        elr = Loss.elr(row.number("lambda"), row.number("beta"));
      }
      int k = row.integer("k");
      int[] indices = row.wholes("indices");
      double[][] logits = rows(row.numbers("logits"), k);
      double[] values = new double[indices.length];
      double[][] gradients = new double[indices.length][k];
      String what = "run " + run + " step " + row.text("step");
      double mean = elr.batch(indices, logits, row.wholes("labels"), values, gradients);
      assertThat(mean).as(what).isCloseTo(row.number("value"), within(1e-12 * Math.abs(mean)));
      assertClose(row.numbers("values"), values, what + " values");
      assertClose(row.numbers("gradients"), flatten(gradients), what + " gradients");
      double[] targets = new double[indices.length * k];
      for (int r = 0; r < indices.length; r++) {
        System.arraycopy(elr.target(indices[r], k), 0, targets, r * k, k);
      }
      assertClose(row.numbers("targets"), targets, what + " targets");
    }
  }

  static double[] flatten(double[][] m) {
    return Arrays.stream(m).flatMapToDouble(Arrays::stream).toArray();
  }

  @Test
  void pureLossMatchesCentralDifferences() {
    var elr = Loss.elr(3, 0.7);
    double[][] targets = {{0.2, 0.5, 0.3}, {0.7, 0.1, 0.1}, {0, 0, 0}};
    for (int y = 0; y < 3; y++) {
      for (double[] z : FiniteDifferenceTest.logits(3)) {
        double[] t = targets[y];
        int label = y;
        double[] g = new double[3];
        elr.valueAndGradient(z, label, t, g);
        for (int c = 0; c < 3; c++) {
          double[] up = z.clone();
          double[] down = z.clone();
          up[c] += 1e-6;
          down[c] -= 1e-6;
          double fd =
              (elr.valueAndGradient(up, label, t, null)
                      - elr.valueAndGradient(down, label, t, null))
                  / 2e-6;
          assertThat(g[c])
              .as("dℓ/dz_%d at %s, t=%s", c, Arrays.toString(z), Arrays.toString(t))
              .isCloseTo(fd, within(1e-6 * (1 + Math.abs(g[c]))));
        }
      }
    }
  }

  @Test
  void zeroTargetsOrZeroLambdaGiveCrossEntropy() {
    double[] z = {1.5, -0.3, 0.2};
    var ce = Loss.crossEntropy();
    double[] g = new double[3];
    assertEquals(ce.value(z, 2), Loss.elr(3, 0.7).valueAndGradient(z, 2, new double[3], g), 1e-15);
    assertArrayEquals(ce.gradient(z, 2), g, 1e-15);
    assertEquals(ce.value(z, 0), Loss.elr(0, 0.5).step(4, z, 0, null), 1e-15);
  }

  @Test
  void targetsAreKeyedByIndexAndReset() {
    var elr = Loss.elr(3, 0.5);
    double[] z = {0, Math.log(3)}; // p = (1/4, 3/4)
    elr.step(7, z, 0, null);
    assertArrayEquals(new double[] {0.125, 0.375}, elr.target(7, 2), 1e-15);
    elr.step(7, z, 1, null);
    assertArrayEquals(new double[] {0.1875, 0.5625}, elr.target(7, 2), 1e-15);
    assertArrayEquals(new double[2], elr.target(3, 2));
    assertEquals(1, elr.tracked());
    assertEquals("elr(λ=3.0, β=0.5, 1 targets)", elr.toString());
    elr.reset();
    assertEquals(0, elr.tracked());
    assertArrayEquals(new double[2], elr.target(7, 2));
  }

  @Test
  void rejectsInvalidParameters() {
    assertEquals(
        "elr: λ must be ≥ 0 and finite, got -1.0",
        assertThrows(IllegalArgumentException.class, () -> Loss.elr(-1, 0.7)).getMessage());
    assertEquals(
        "elr: β (target momentum) must lie in [0, 1), got 1.0",
        assertThrows(IllegalArgumentException.class, () -> Loss.elr(3, 1)).getMessage());
    assertEquals(
        "elr: β (target momentum) must lie in [0, 1), got NaN",
        assertThrows(IllegalArgumentException.class, () -> Loss.elr(3, Double.NaN)).getMessage());
    var elr = Loss.elr(3, 0.7);
    assertEquals(
        "elr: example index must be ≥ 0, got -2",
        assertThrows(IllegalArgumentException.class, () -> elr.step(-2, new double[2], 0, null))
            .getMessage());
    elr.step(0, new double[2], 0, null);
    assertEquals(
        "elr: example 0 has a target over 2 classes, not 3",
        assertThrows(IllegalArgumentException.class, () -> elr.step(0, new double[3], 0, null))
            .getMessage());
    assertEquals(
        "elr: 1 rows of logits, 2 indices and 1 labels",
        assertThrows(
                IllegalArgumentException.class,
                () -> elr.batch(new int[2], new double[1][2], new int[1], null, null))
            .getMessage());
  }
}
