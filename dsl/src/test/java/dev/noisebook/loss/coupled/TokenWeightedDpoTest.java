package dev.noisebook.loss.coupled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.noisebook.FixtureCsv;
import dev.noisebook.Loss;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Token-weighted ("critical-token") DPO against torch and finite differences. */
class TokenWeightedDpoTest {
  private static final PreferenceLosses P = Loss.preference();

  private static TokenWeightedDpo.Tokens side(FixtureCsv.Row row, String which) {
    return new TokenWeightedDpo.Tokens(
        row.numbers("policy_" + which),
        row.numbers("ref_" + which),
        row.numbers("weights_" + which));
  }

  @Test
  void valuesAndGradientsMatchTorch() {
    var rows = FixtureCsv.read("/fixtures/coupled/token_dpo.csv");
    assertEquals(3, rows.size());
    for (var row : rows) {
      var loss = P.dpoTokenWeighted(row.number("beta"));
      var chosen = side(row, "chosen");
      var rejected = side(row, "rejected");
      assertEquals(row.number("value"), loss.value(chosen, rejected), 1e-12, loss.toString());
      var g = loss.gradient(chosen, rejected);
      PreferenceLossesTest.assertClose(row.numbers("grad_chosen"), g.chosen(), 1e-12, "chosen");
      PreferenceLossesTest.assertClose(
          row.numbers("grad_rejected"), g.rejected(), 1e-12, "rejected");
    }
  }

  @Test
  void finiteDifferencesAndSequenceLevelDpoWithUnitWeights() {
    var loss = P.dpoTokenWeighted(0.7);
    double[] pc = {-0.5, -1.2, -0.1};
    double[] rc = {-0.7, -1.0, -0.4};
    double[] wc = {1.0, 0.3, 2.0};
    double[] pr = {-2.0, -0.3};
    double[] rr = {-1.5, -0.2};
    double[] wr = {0.5, 1.5};
    var rejected = new TokenWeightedDpo.Tokens(pr, rr, wr);
    var chosen = new TokenWeightedDpo.Tokens(pc, rc, wc);
    var g = loss.gradient(chosen, rejected);
    PreferenceLossesTest.assertClose(
        PreferenceLossesTest.numericGradient(
            x -> loss.value(new TokenWeightedDpo.Tokens(x, rc, wc), rejected), pc, 1e-6),
        g.chosen(),
        1e-8,
        "chosen");
    PreferenceLossesTest.assertClose(
        PreferenceLossesTest.numericGradient(
            x -> loss.value(chosen, new TokenWeightedDpo.Tokens(x, rr, wr)), pr, 1e-6),
        g.rejected(),
        1e-8,
        "rejected");
    double[] ones3 = {1, 1, 1};
    double[] ones2 = {1, 1};
    double sequence =
        P.dpo(0.7)
            .value(
                new double[] {Arrays.stream(pc).sum()},
                new double[] {Arrays.stream(pr).sum()},
                new double[] {Arrays.stream(rc).sum()},
                new double[] {Arrays.stream(rr).sum()});
    assertEquals(
        sequence,
        loss.value(
            new TokenWeightedDpo.Tokens(pc, rc, ones3), new TokenWeightedDpo.Tokens(pr, rr, ones2)),
        1e-12);
    assertNotEquals(P.dpoLabelSmoothed(0.7, 0.1).toString(), loss.toString());
  }

  @Test
  void badInputsAreNamed() {
    assertEquals(
        "dpoTokenWeighted: β must be positive and finite, got 0.0",
        assertThrows(IllegalArgumentException.class, () -> P.dpoTokenWeighted(0)).getMessage());
    assertEquals(
        "dpoTokenWeighted: policy log-probabilities has 2 entries but weights has 1",
        assertThrows(
                IllegalArgumentException.class,
                () -> new TokenWeightedDpo.Tokens(new double[2], new double[2], new double[1]))
            .getMessage());
  }
}
