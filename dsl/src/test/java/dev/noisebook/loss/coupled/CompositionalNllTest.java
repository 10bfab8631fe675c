package dev.noisebook.loss.coupled;

import static dev.noisebook.loss.coupled.ContrastiveLossesTest.matrix;
import static dev.noisebook.loss.coupled.PreferenceLossesTest.assertClose;
import static dev.noisebook.loss.coupled.PreferenceLossesTest.numericGradient;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noisebook.FixtureCsv;
import org.junit.jupiter.api.Test;

/**
 * The compositional NLL estimator replayed against torch float64 runs of several steps (value, log
 * u_t, ESS and the gradients, which torch takes of the surrogate with u_t detached; tolerance
 * 1e-12, one run with scores near 300), central finite differences of the batch objective at γ = 1
 * (step 1e-6, tolerance 1e-6), determinism and reset, and the parameter checks.
 */
class CompositionalNllTest {
  private static final ContrastiveLosses C = ContrastiveLosses.INSTANCE;

  @Test
  void replaysTorchRuns() {
    var all = FixtureCsv.read("/fixtures/coupled/compositional_nll.csv");
    assertEquals(9, all.size());
    CompositionalNll estimator = null;
    int run = -1;
    for (var row : all) {
      if (row.integer("case") != run) {
        run = row.integer("case");
        estimator =
            C.compositionalNllGaussian(
                row.number("gamma"), row.numbers("mean"), row.number("sd"), 1L);
        assertTrue(Double.isNaN(estimator.logU()));
      }
      double[] noiseScores = row.numbers("noise_scores");
      double[][] noise = matrix(row.numbers("noise"), noiseScores.length, row.integer("d"));
      var step = estimator.step(row.numbers("data_scores"), noise, noiseScores);
      String what = estimator + " run " + run + " step " + row.text("step");
      assertEquals(row.number("value"), step.value(), 1e-12, what);
      assertEquals(row.number("log_u"), step.logU(), 1e-12 * Math.abs(step.logU()), what);
      assertEquals(row.number("log_u"), estimator.logU(), 1e-12 * Math.abs(step.logU()), what);
      assertEquals(row.number("ess"), step.effectiveSampleSize(), 1e-12 * noiseScores.length);
      assertClose(row.numbers("grad_data"), step.dataScores(), 1e-12, what + " data");
      assertClose(row.numbers("grad_noise"), step.noiseScores(), 1e-12, what + " noise");
      assertEquals(row.integer("step") + 1, estimator.steps());
    }
  }

  /** With γ = 1 the estimate is the batch mean, so the step's gradient is exact. */
  @Test
  void finiteDifferencesAtGammaOne() {
    var estimator = C.compositionalNllGaussian(1, new double[] {0.5}, 1.5, 3L);
    double[] data = {0.3, -1.2, 0.8};
    double[] scores = {-0.4, 0.9, 1.7, -2.0};
    double[][] noise = estimator.sampleNoise(scores.length);
    var step = estimator.step(data, noise, scores);
    double[] numData =
        numericGradient(x -> fresh(estimator).step(x, noise, scores).value(), data, 1e-6);
    double[] numNoise =
        numericGradient(x -> fresh(estimator).step(data, noise, x).value(), scores, 1e-6);
    assertClose(numData, step.dataScores(), 1e-6, "data");
    assertClose(numNoise, step.noiseScores(), 1e-6, "noise");
  }

  private static CompositionalNll fresh(CompositionalNll estimator) {
    estimator.reset();
    return estimator;
  }

  @Test
  void deterministicGivenTheSeedAndReset() {
    var a = C.compositionalNllGaussian(0.1, new double[] {0, 1}, 2, 42L);
    var b = C.compositionalNllGaussian(0.1, new double[] {0, 1}, 2, 42L);
    double[][] first = a.sampleNoise(5);
    assertArrayEquals(first, b.sampleNoise(5));
    double[] scores = {0.1, 0.2, 0.3, 0.4, 0.5};
    a.step(new double[] {1}, first, scores);
    double logU = a.step(new double[] {1}, a.sampleNoise(5), scores).logU();
    assertEquals(2, a.steps());
    a.reset();
    assertTrue(Double.isNaN(a.logU()));
    assertEquals(0, a.steps());
    assertArrayEquals(first, a.sampleNoise(5));
    a.step(new double[] {1}, first, scores);
    assertEquals(logU, a.step(new double[] {1}, a.sampleNoise(5), scores).logU());
  }

  @Test
  void rejectsInvalidParameters() {
    assertEquals(
        "compositionalNll: γ (moving-average rate) must lie in (0, 1], got 0.0",
        assertThrows(
                IllegalArgumentException.class,
                () -> C.compositionalNllGaussian(0, new double[1], 1, 0L))
            .getMessage());
    assertEquals(
        "compositionalNll: γ (moving-average rate) must lie in (0, 1], got 1.5",
        assertThrows(IllegalArgumentException.class, () -> C.compositionalNll(1.5, "q", x -> 0))
            .getMessage());
    assertEquals(
        "compositionalNllGaussian: noise standard deviation must be positive and finite, got 0.0",
        assertThrows(
                IllegalArgumentException.class,
                () -> C.compositionalNllGaussian(0.1, new double[1], 0, 0L))
            .getMessage());
    var custom = C.compositionalNll(0.1, "uniform", x -> 0);
    assertEquals(
        "compositionalNll(γ=0.1, q=uniform): this noise density has no sampler; draw the noise"
            + " samples yourself",
        assertThrows(IllegalArgumentException.class, () -> custom.sampleNoise(3)).getMessage());
    assertEquals(
        "compositionalNll(γ=0.1, q=uniform): the noise log-density at a sample must be finite,"
            + " got -Infinity",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    custom.stepFromLogDensities(
                        new double[] {1},
                        new double[] {1},
                        new double[] {Double.NEGATIVE_INFINITY}))
            .getMessage());
    assertEquals(
        "compositionalNll(γ=0.1, q=uniform): noiseScores has 2 entries but noiseLogQ has 1",
        assertThrows(
                IllegalArgumentException.class,
                () -> custom.stepFromLogDensities(new double[] {1}, new double[2], new double[1]))
            .getMessage());
    assertEquals(0, custom.steps());
  }
}
