package dev.noisebook.loss.coupled;

import static dev.noisebook.loss.coupled.ContrastiveLossesTest.flat;
import static dev.noisebook.loss.coupled.PreferenceLossesTest.assertClose;
import static dev.noisebook.loss.coupled.PreferenceLossesTest.numericGradient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.noisebook.FixtureCsv;
import dev.noisebook.loss.coupled.TokenWeightedPreferenceLoss.Tokens;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Token-weighted (critical-token) DPO against torch float64 autograd (tolerance 1e-12), central
 * finite differences (step 1e-6, tolerance 1e-6), its reduction to sequence-level DPO with unit
 * weights, and the parameter and shape checks.
 */
class TokenWeightedPreferenceLossTest {
  private static final PreferenceLosses L = PreferenceLosses.INSTANCE;

  /** Cuts {@code flat} into rows of the given lengths. */
  static double[][] ragged(double[] flat, int[] lengths) {
    double[][] out = new double[lengths.length][];
    int at = 0;
    for (int i = 0; i < lengths.length; i++) {
      out[i] = Arrays.copyOfRange(flat, at, at + lengths[i]);
      at += lengths[i];
    }
    return out;
  }

  static Tokens side(FixtureCsv.Row row, String name) {
    int[] lengths = row.wholes(name + "_lengths");
    return new Tokens(
        ragged(row.numbers("policy_" + name), lengths),
        ragged(row.numbers("ref_" + name), lengths),
        ragged(row.numbers("weights_" + name), lengths));
  }

  @Test
  void matchesTorch() {
    var rows = FixtureCsv.read("/fixtures/coupled/dpo_token_weighted.csv");
    assertEquals(3, rows.size());
    for (var row : rows) {
      var loss = L.dpoTokenWeighted(row.number("beta"));
      Tokens chosen = side(row, "chosen");
      Tokens rejected = side(row, "rejected");
      assertEquals(row.number("value"), loss.value(chosen, rejected), 1e-12, loss.toString());
      var g = loss.gradient(chosen, rejected);
      assertEquals(row.number("value"), g.value(), 1e-12, loss.toString());
      assertClose(row.numbers("grad_chosen"), flat(g.policyChosen()), 1e-12, loss + " chosen");
      assertClose(row.numbers("grad_rejected"), flat(g.policyRejected()), 1e-12, loss + " rej");
    }
  }

  @Test
  void finiteDifferences() {
    for (var row : FixtureCsv.read("/fixtures/coupled/dpo_token_weighted.csv")) {
      var loss = L.dpoTokenWeighted(0.7);
      Tokens c = side(row, "chosen");
      Tokens r = side(row, "rejected");
      int[] lc = row.wholes("chosen_lengths");
      int[] lr = row.wholes("rejected_lengths");
      var g = loss.gradient(c, r);
      double[] numC =
          numericGradient(
              x -> loss.value(new Tokens(ragged(x, lc), c.reference(), c.weights()), r),
              flat(c.policy()),
              1e-6);
      double[] numR =
          numericGradient(
              x -> loss.value(c, new Tokens(ragged(x, lr), r.reference(), r.weights())),
              flat(r.policy()),
              1e-6);
      assertClose(numC, flat(g.policyChosen()), 1e-6, loss + " chosen");
      assertClose(numR, flat(g.policyRejected()), 1e-6, loss + " rejected");
    }
  }

  @Test
  void unitWeightsGiveSequenceLevelDpo() {
    double[][] pc = {{-1, -2}, {-0.5}};
    double[][] rc = {{-1.2, -1.5}, {-0.7}};
    double[][] pr = {{-3}, {-1, -1, -2}};
    double[][] rr = {{-2.5}, {-1.1, -0.9, -2.4}};
    var tokens = L.dpoTokenWeighted(0.4);
    double expected =
        L.dpo(0.4)
            .value(
                new double[] {-3, -0.5},
                new double[] {-3, -4},
                new double[] {-2.7, -0.7},
                new double[] {-2.5, -4.4});
    assertEquals(
        expected, tokens.value(Tokens.unweighted(pc, rc), Tokens.unweighted(pr, rr)), 1e-15);
  }

  @Test
  void rejectsInvalidParameters() {
    assertEquals(
        "dpoTokenWeighted: β must be positive and finite, got 0.0",
        assertThrows(IllegalArgumentException.class, () -> L.dpoTokenWeighted(0)).getMessage());
    var loss = L.dpoTokenWeighted(0.1);
    Tokens one = Tokens.unweighted(new double[][] {{-1}}, new double[][] {{-1}});
    Tokens two = Tokens.unweighted(new double[2][1], new double[2][1]);
    assertEquals(
        "dpoTokenWeighted(β=0.1): 1 chosen responses but 2 rejected",
        assertThrows(IllegalArgumentException.class, () -> loss.value(one, two)).getMessage());
    Tokens badWeight =
        new Tokens(new double[][] {{-1}}, new double[][] {{-1}}, new double[][] {{Double.NaN}});
    assertEquals(
        "dpoTokenWeighted(β=0.1): rejected response 0 weight must be finite, got NaN",
        assertThrows(IllegalArgumentException.class, () -> loss.value(one, badWeight))
            .getMessage());
    Tokens ragged = new Tokens(new double[][] {{-1, -2}}, new double[][] {{-1}}, new double[1][2]);
    assertEquals(
        "dpoTokenWeighted(β=0.1): chosen response 0 policy has 2 entries but its reference has 1",
        assertThrows(IllegalArgumentException.class, () -> loss.value(ragged, one)).getMessage());
    assertEquals(
        "dpoTokenWeighted(β=0.1): chosen has no responses",
        assertThrows(
                IllegalArgumentException.class,
                () -> loss.value(Tokens.unweighted(new double[0][], new double[0][]), one))
            .getMessage());
  }
}
