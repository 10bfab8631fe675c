package dev.noisebook.loss.coupled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.noisebook.FixtureCsv;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * AUC surrogates against torch float64 autograd on a materialised P×N matrix (tolerance 1e-12
 * relative), against the O(P·N) double-sum definition typed here (1e-12; with ties and scores that
 * sit exactly on the hinge), central finite differences (step 1e-6, tolerance 1e-6) and the
 * parameter checks.
 */
class RankingLossesTest {
  private static final RankingLosses R = RankingLosses.INSTANCE;

  static AucLoss byName(String name, double parameter) {
    return name.equals("mannWhitney") ? R.mannWhitney(parameter) : R.squaredHingeAuc(parameter);
  }

  @Test
  void matchesTorch() {
    var rows = FixtureCsv.read("/fixtures/coupled/auc.csv");
    assertEquals(4, rows.size());
    for (var row : rows) {
      var loss = byName(row.text("loss"), row.number("parameter"));
      double[] p = row.numbers("positives");
      double[] n = row.numbers("negatives");
      assertEquals(row.number("value"), loss.value(p, n), 1e-12, loss.toString());
      var g = loss.gradient(p, n);
      PreferenceLossesTest.assertClose(
          row.numbers("grad_positives"), g.positives(), 1e-12, loss + " p");
      PreferenceLossesTest.assertClose(
          row.numbers("grad_negatives"), g.negatives(), 1e-12, loss + " n");
    }
  }

  /** The definitions, with the P×N pairs enumerated. */
  static double[] bruteForce(AucLoss loss, boolean logistic, double[] p, double[] n) {
    double c = loss.parameter();
    double value = 0;
    double[] gp = new double[p.length];
    double[] gn = new double[n.length];
    double scale = 1.0 / (p.length * n.length);
    for (int i = 0; i < p.length; i++) {
      for (int j = 0; j < n.length; j++) {
        double diff = p[i] - n[j];
        double d;
        if (logistic) {
          value += Math.log1p(Math.exp(-diff / c));
          d = -1 / c / (1 + Math.exp(diff / c));
        } else {
          double h = Math.max(0, c - diff);
          value += h * h;
          d = -2 * h;
        }
        gp[i] += d * scale;
        gn[j] -= d * scale;
      }
    }
    double[] out = new double[1 + p.length + n.length];
    out[0] = value * scale;
    System.arraycopy(gp, 0, out, 1, p.length);
    System.arraycopy(gn, 0, out, 1 + p.length, n.length);
    return out;
  }

  @Test
  void matchesTheDoubleSumDefinition() {
    var random = new Random(9);
    for (int trial = 0; trial < 20; trial++) {
      int np = 1 + random.nextInt(9);
      int nn = 1 + random.nextInt(9);
      double[] p = new double[np];
      double[] n = new double[nn];
      // Scores on a grid of 0.25 so ties and exact hinge boundaries (m = 0.5) occur.
      for (int i = 0; i < np; i++) {
        p[i] = 0.25 * (random.nextInt(9) - 3);
      }
      for (int j = 0; j < nn; j++) {
        n[j] = 0.25 * (random.nextInt(9) - 5);
      }
      for (var loss : new AucLoss[] {R.mannWhitney(0.7), R.squaredHingeAuc(0.5)}) {
        double[] expected = bruteForce(loss, loss.toString().startsWith("mann"), p, n);
        var g = loss.gradient(p, n);
        double[] actual = new double[expected.length];
        actual[0] = g.value();
        System.arraycopy(g.positives(), 0, actual, 1, np);
        System.arraycopy(g.negatives(), 0, actual, 1 + np, nn);
        PreferenceLossesTest.assertClose(expected, actual, 1e-12, loss + " trial " + trial);
      }
      // Empirical AUC via sorting against the indicator double sum (ties ½).
      double u = 0;
      for (double a : p) {
        for (double b : n) {
          u += a > b ? 1 : a == b ? 0.5 : 0;
        }
      }
      assertEquals(u / (np * nn), AucLoss.auc(p, n), 1e-15);
    }
  }

  @Test
  void finiteDifferences() {
    double[] p = {0.9, -0.2, 1.4, 0.3};
    double[] n = {0.1, -0.8, 0.5};
    for (var loss : new AucLoss[] {R.mannWhitney(0.5), R.squaredHingeAuc(1)}) {
      var g = loss.gradient(p, n);
      PreferenceLossesTest.assertClose(
          PreferenceLossesTest.numericGradient(x -> loss.value(x, n), p, 1e-6),
          g.positives(),
          1e-6,
          loss + " p");
      PreferenceLossesTest.assertClose(
          PreferenceLossesTest.numericGradient(x -> loss.value(p, x), n, 1e-6),
          g.negatives(),
          1e-6,
          loss + " n");
    }
  }

  @Test
  void rejectsInvalidParameters() {
    assertEquals(
        "mannWhitney: temperature τ must be positive and finite, got -1.0",
        assertThrows(IllegalArgumentException.class, () -> R.mannWhitney(-1)).getMessage());
    assertEquals(
        "squaredHingeAuc: margin m must be finite, got Infinity",
        assertThrows(
                IllegalArgumentException.class, () -> R.squaredHingeAuc(Double.POSITIVE_INFINITY))
            .getMessage());
    assertEquals(
        "mannWhitney(τ=1.0): needs at least one positive and one negative score, got 2 and 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> R.mannWhitney(1).value(new double[2], new double[0]))
            .getMessage());
    assertEquals(
        "squaredHingeAuc(m=1.0): a negative score must be finite, got NaN",
        assertThrows(
                IllegalArgumentException.class,
                () -> R.squaredHingeAuc(1).value(new double[1], new double[] {Double.NaN}))
            .getMessage());
  }
}
