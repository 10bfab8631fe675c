package dev.noisebook.loss.coupled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noisebook.FixtureCsv;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * DPO family and NPO against torch float64 autograd (relative and absolute tolerance 1e-12 on
 * values, 1e-12 on gradients), central finite differences (step 1e-6, tolerance 1e-6) and the
 * parameter checks.
 */
class PreferenceLossesTest {
  private static final PreferenceLosses L = PreferenceLosses.INSTANCE;

  static PreferenceLoss byName(String name, double beta, double second) {
    return switch (name) {
      case "dpo" -> L.dpo(beta);
      case "ipo" -> L.ipo(beta);
      case "slic" -> L.slic(beta, second);
      case "dpoLabelSmoothed" -> L.dpoLabelSmoothed(beta, second);
      case "rdpo" -> L.rdpo(beta, second);
      default -> throw new IllegalArgumentException(name);
    };
  }

  static void assertClose(double[] expected, double[] actual, double tol, String what) {
    assertEquals(expected.length, actual.length, what);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(
          expected[i], actual[i], tol * Math.max(1, Math.abs(expected[i])), what + "[" + i + "]");
    }
  }

  /** Central differences of {@code f} at {@code x} in every coordinate. */
  static double[] numericGradient(ToDoubleFunction<double[]> f, double[] x, double step) {
    double[] g = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double[] up = x.clone();
      double[] down = x.clone();
      up[i] += step;
      down[i] -= step;
      g[i] = (f.applyAsDouble(up) - f.applyAsDouble(down)) / (2 * step);
    }
    return g;
  }

  @Test
  void matchesTorch() {
    var rows = FixtureCsv.read("/fixtures/coupled/preference.csv");
    assertEquals(10, rows.size());
    for (var row : rows) {
      var loss = byName(row.text("loss"), row.number("beta"), row.number("second"));
      double[] pc = row.numbers("policy_chosen");
      double[] pr = row.numbers("policy_rejected");
      double[] rc = row.numbers("ref_chosen");
      double[] rr = row.numbers("ref_rejected");
      assertEquals(row.number("value"), loss.value(pc, pr, rc, rr), 1e-12, loss.toString());
      var g = loss.gradient(pc, pr, rc, rr);
      assertEquals(row.number("value"), g.value(), 1e-12, loss.toString());
      assertClose(row.numbers("grad_chosen"), g.policyChosen(), 1e-12, loss + " chosen");
      assertClose(row.numbers("grad_rejected"), g.policyRejected(), 1e-12, loss + " rejected");
    }
  }

  @Test
  void npoMatchesTorch() {
    for (var row : FixtureCsv.read("/fixtures/coupled/npo.csv")) {
      var loss = L.npo(row.number("beta"));
      double[] p = row.numbers("policy");
      double[] r = row.numbers("reference");
      assertEquals(row.number("value"), loss.value(p, r), 1e-12, loss.toString());
      assertClose(row.numbers("grad_policy"), loss.gradient(p, r).policy(), 1e-12, loss.toString());
    }
  }

  @Test
  void finiteDifferences() {
    double[] pc = {-3.1, -7.2, -2.0, -4.4};
    double[] pr = {-3.9, -6.1, -2.5, -4.0};
    double[] rc = {-3.0, -7.0, -2.2, -4.1};
    double[] rr = {-3.5, -6.4, -2.0, -4.3};
    for (var loss :
        new PreferenceLoss[] {
          L.dpo(0.5), L.ipo(0.3), L.slic(2, 1), L.dpoLabelSmoothed(1, 0.2), L.rdpo(1, 0.3)
        }) {
      var g = loss.gradient(pc, pr, rc, rr);
      assertClose(
          numericGradient(x -> loss.value(x, pr, rc, rr), pc, 1e-6),
          g.policyChosen(),
          1e-6,
          loss + " chosen");
      assertClose(
          numericGradient(x -> loss.value(pc, x, rc, rr), pr, 1e-6),
          g.policyRejected(),
          1e-6,
          loss + " rejected");
    }
    var npo = L.npo(0.7);
    assertClose(
        numericGradient(x -> npo.value(x, rc), pc, 1e-6),
        npo.gradient(pc, rc).policy(),
        1e-6,
        "npo");
  }

  @Test
  void limitsAndStability() {
    // ε = 0 collapses label smoothing and rDPO to DPO.
    double[] pc = {-1}, pr = {-2}, rc = {-1.5}, rr = {-1.2};
    double dpo = L.dpo(0.4).value(pc, pr, rc, rr);
    assertEquals(dpo, L.dpoLabelSmoothed(0.4, 0).value(pc, pr, rc, rr), 1e-15);
    assertEquals(dpo, L.rdpo(0.4, 0).value(pc, pr, rc, rr), 1e-15);
    // Huge margins stay finite.
    double v =
        L.dpo(1).value(new double[] {-1e6}, new double[] {0}, new double[] {0}, new double[] {0});
    assertEquals(1e6, v, 1e-6);
    assertTrue(Double.isFinite(L.npo(1).value(new double[] {1e6}, new double[] {0})));
  }

  @Test
  void rejectsInvalidParameters() {
    assertEquals(
        "dpo: β must be positive and finite, got 0.0",
        assertThrows(IllegalArgumentException.class, () -> L.dpo(0)).getMessage());
    assertEquals(
        "ipo: τ must be positive and finite, got -1.0",
        assertThrows(IllegalArgumentException.class, () -> L.ipo(-1)).getMessage());
    assertEquals(
        "rdpo: ε (flip rate) must lie in [0, 0.5), got 0.5",
        assertThrows(IllegalArgumentException.class, () -> L.rdpo(0.1, 0.5)).getMessage());
    assertEquals(
        "dpoLabelSmoothed: ε (label smoothing) must lie in [0, 0.5], got 0.6",
        assertThrows(IllegalArgumentException.class, () -> L.dpoLabelSmoothed(0.1, 0.6))
            .getMessage());
    assertEquals(
        "slic: δ must be finite, got NaN",
        assertThrows(IllegalArgumentException.class, () -> L.slic(1, Double.NaN)).getMessage());
    assertEquals(
        "npo: β must be positive and finite, got Infinity",
        assertThrows(IllegalArgumentException.class, () -> L.npo(Double.POSITIVE_INFINITY))
            .getMessage());
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> L.dpo(0.1).value(new double[2], new double[3], new double[2], new double[2]));
    assertEquals("dpo(β=0.1): policyChosen has 2 entries but policyRejected has 3", e.getMessage());
    assertEquals("dpo(β=0.1)", L.dpo(0.1).toString());
    assertEquals("rdpo(β=0.1, ε=0.2)", L.rdpo(0.1, 0.2).toString());
  }
}
