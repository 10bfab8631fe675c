package dev.noisebook.loss.coupled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.noisebook.FixtureCsv;
import org.junit.jupiter.api.Test;

/**
 * Soft Dice and Gutmann–Hyvärinen NCE against torch float64 autograd (tolerance 1e-12 relative),
 * central finite differences (step 1e-6, tolerance 1e-6) and the parameter checks.
 */
class SetAndNceTest {
  private static final SetLosses S = SetLosses.INSTANCE;
  private static final ContrastiveLosses C = ContrastiveLosses.INSTANCE;

  @Test
  void diceMatchesTorch() {
    var rows = FixtureCsv.read("/fixtures/coupled/dice.csv");
    assertEquals(4, rows.size());
    for (var row : rows) {
      var loss = S.softDice(row.number("gamma"));
      if (!row.flag("squared")) {
        loss = loss.linearDenominator();
      }
      double[] p = row.numbers("probabilities");
      double[] y = row.numbers("targets");
      assertEquals(row.number("value"), loss.value(p, y), 1e-12, loss.toString());
      PreferenceLossesTest.assertClose(
          row.numbers("grad_probabilities"),
          loss.gradient(p, y).probabilities(),
          1e-12,
          loss.toString());
    }
  }

  @Test
  void nceMatchesTorch() {
    var rows = FixtureCsv.read("/fixtures/coupled/nce.csv");
    assertEquals(3, rows.size());
    for (var row : rows) {
      int d = row.integer("d");
      var loss = C.nceGaussian(row.numbers("mean"), row.number("sd"));
      double[] ds = row.numbers("data_scores");
      double[] ns = row.numbers("noise_scores");
      double[][] data = ContrastiveLossesTest.matrix(row.numbers("data"), ds.length, d);
      double[][] noise = ContrastiveLossesTest.matrix(row.numbers("noise"), ns.length, d);
      assertEquals(row.number("value"), loss.value(data, ds, noise, ns), 1e-12, loss.toString());
      var g = loss.gradient(data, ds, noise, ns);
      PreferenceLossesTest.assertClose(row.numbers("grad_data"), g.dataScores(), 1e-12, "data");
      PreferenceLossesTest.assertClose(row.numbers("grad_noise"), g.noiseScores(), 1e-12, "noise");
    }
  }

  @Test
  void finiteDifferences() {
    double[] p = {0.1, 0.8, 0.45, 0.3, 0.95};
    double[] y = {0, 1, 0.5, 0, 1};
    for (var loss : new SoftDiceLoss[] {S.softDice(1), S.softDice(0.01).linearDenominator()}) {
      PreferenceLossesTest.assertClose(
          PreferenceLossesTest.numericGradient(x -> loss.value(x, y), p, 1e-6),
          loss.gradient(p, y).probabilities(),
          1e-6,
          loss.toString());
    }
    var nce = C.nceGaussian(new double[] {0.5}, 1.3);
    double[] dq = {-1.2, -0.9, -2.0};
    double[] nq = {-1.0, -1.4, -3.1, -0.95, -1.7, -2.2};
    double[] ds = {0.3, -0.4, 1.1};
    double[] ns = {-0.2, 0.6, -1.5, 0.1, 0.0, -0.7};
    var g = nce.gradientFromLogDensities(ds, dq, ns, nq);
    PreferenceLossesTest.assertClose(
        PreferenceLossesTest.numericGradient(
            x -> nce.valueFromLogDensities(x, dq, ns, nq), ds, 1e-6),
        g.dataScores(),
        1e-6,
        "nce data");
    PreferenceLossesTest.assertClose(
        PreferenceLossesTest.numericGradient(
            x -> nce.valueFromLogDensities(ds, dq, x, nq), ns, 1e-6),
        g.noiseScores(),
        1e-6,
        "nce noise");
  }

  @Test
  void rejectsInvalidParameters() {
    assertEquals(
        "softDice: smoothing γ must be positive and finite, got 0.0",
        assertThrows(IllegalArgumentException.class, () -> S.softDice(0)).getMessage());
    assertEquals(
        "softDice(γ=1.0): probabilities and targets must lie in [0, 1], got p[1] = 1.5, y[1] = 0.0",
        assertThrows(
                IllegalArgumentException.class,
                () -> S.softDice(1).value(new double[] {0.2, 1.5}, new double[] {1, 0}))
            .getMessage());
    assertEquals(
        "nceGaussian: noise standard deviation must be positive and finite, got -1.0",
        assertThrows(IllegalArgumentException.class, () -> C.nceGaussian(new double[1], -1))
            .getMessage());
    var nce = C.nceGaussian(new double[] {0, 0}, 1);
    assertEquals("nce(q=N([0.0, 0.0], 1.0²I))", nce.toString());
    assertEquals(
        "nceGaussian: a sample has dimension 1, the noise 2",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    nce.value(
                        new double[][] {{1}}, new double[1], new double[][] {{1}}, new double[1]))
            .getMessage());
    assertEquals(
        "nce(q=N([0.0, 0.0], 1.0²I)): the noise log-density must be finite at every sample, got -Infinity",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    nce.valueFromLogDensities(
                        new double[1],
                        new double[] {Double.NEGATIVE_INFINITY},
                        new double[1],
                        new double[1]))
            .getMessage());
  }
}
