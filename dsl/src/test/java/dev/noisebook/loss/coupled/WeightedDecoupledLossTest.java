package dev.noisebook.loss.coupled;

import static dev.noisebook.loss.coupled.ContrastiveLossesTest.flat;
import static dev.noisebook.loss.coupled.ContrastiveLossesTest.matrix;
import static dev.noisebook.loss.coupled.PreferenceLossesTest.assertClose;
import static dev.noisebook.loss.coupled.PreferenceLossesTest.numericGradient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.noisebook.FixtureCsv;
import org.junit.jupiter.api.Test;

/**
 * DCLW against torch float64 autograd (tolerance 1e-12 relative), central finite differences (step
 * 1e-6, tolerance 1e-6), its reduction to DCL when all weights are 1, and the parameter checks.
 */
class WeightedDecoupledLossTest {
  private static final ContrastiveLosses C = ContrastiveLosses.INSTANCE;

  @Test
  void matchesTorch() {
    var rows = FixtureCsv.read("/fixtures/coupled/dclw.csv");
    assertEquals(4, rows.size());
    for (var row : rows) {
      int n = row.integer("n");
      int d = row.integer("d");
      double[][] a = matrix(row.numbers("a"), n, d);
      double[][] b = matrix(row.numbers("b"), n, d);
      var loss = C.dclw(row.number("tau"), row.number("sigma"));
      if (row.flag("symmetric")) {
        loss = loss.symmetric();
      }
      if (!row.flag("cosine")) {
        loss = loss.dotProduct();
      }
      double expected = row.number("value");
      assertEquals(expected, loss.value(a, b), 1e-12 * Math.max(1, Math.abs(expected)), "" + loss);
      assertClose(row.numbers("weights"), loss.weights(a, b), 1e-12, loss + " weights");
      var g = loss.gradient(a, b);
      assertEquals(expected, g.value(), 1e-12 * Math.max(1, Math.abs(expected)), "" + loss);
      assertClose(row.numbers("grad_a"), flat(g.a()), 1e-12, loss + " a");
      assertClose(row.numbers("grad_b"), flat(g.b()), 1e-12, loss + " b");
    }
  }

  /** At the fixture's embeddings, plus σ and τ values the fixture does not use. */
  @Test
  void finiteDifferences() {
    for (var row : FixtureCsv.read("/fixtures/coupled/dclw.csv")) {
      int n = row.integer("n");
      int d = row.integer("d");
      double[][] a = matrix(row.numbers("a"), n, d);
      double[][] b = matrix(row.numbers("b"), n, d);
      for (var loss :
          new WeightedDecoupledLoss[] {
            C.dclw(0.3, 0.5), C.dclw(0.7, 0.2).symmetric(), C.dclw(1, 1).dotProduct()
          }) {
        var g = loss.gradient(a, b);
        double[] numA = numericGradient(x -> loss.value(matrix(x, n, d), b), flat(a), 1e-6);
        double[] numB = numericGradient(x -> loss.value(a, matrix(x, n, d)), flat(b), 1e-6);
        assertClose(numA, flat(g.a()), 1e-6, loss + " a");
        assertClose(numB, flat(g.b()), 1e-6, loss + " b");
      }
    }
  }

  @Test
  void equalPositivesGiveUnitWeightsAndDcl() {
    // Every positive pair has the same cosine (1), so every w_i = 1 and DCLW is DCL.
    double[][] a = {{1, 0}, {0, 2}, {1, 1}};
    double[][] b = {{3, 0}, {0, 1}, {2, 2}};
    assertClose(new double[] {1, 1, 1}, C.dclw(0.2, 0.5).weights(a, b), 1e-15, "weights");
    assertEquals(C.dcl(0.2).value(a, b), C.dclw(0.2, 0.5).value(a, b), 1e-12);
  }

  @Test
  void rejectsInvalidParameters() {
    assertEquals(
        "dclw: temperature τ must be positive and finite, got 0.0",
        assertThrows(IllegalArgumentException.class, () -> C.dclw(0, 0.5)).getMessage());
    assertEquals(
        "dclw: weighting temperature σ must be positive and finite, got -1.0",
        assertThrows(IllegalArgumentException.class, () -> C.dclw(0.1, -1)).getMessage());
    assertEquals(
        "dclw: weighting temperature σ must be positive and finite, got NaN",
        assertThrows(IllegalArgumentException.class, () -> C.dclw(0.1, Double.NaN)).getMessage());
    assertEquals(
        "dclw(τ=0.1, σ=0.5, symmetric, dot product)",
        C.dclw(0.1, 0.5).symmetric().dotProduct().toString());
    assertEquals(C.dclw(0.1, 0.5), C.dclw(0.1, 0.5));
  }
}
