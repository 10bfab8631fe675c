package dev.noisebook.loss.coupled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noisebook.FixtureCsv;
import dev.noisebook.Loss;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compositional NLL estimator against torch over steps, and finite differences at γ = 1. */
class CompositionalNllTest {
  private static final ContrastiveLosses C = Loss.contrastive();

  @Test
  void theMovingAverageAndCoefficientsMatchTorchOverSteps() {
    Map<Double, CompositionalNll> estimators = new HashMap<>();
    for (var row : FixtureCsv.read("/fixtures/coupled/compositional_nll.csv")) {
      double gamma = row.number("gamma");
      var estimator = estimators.computeIfAbsent(gamma, C::compositionalNll);
      var step =
          estimator.step(
              row.numbers("data_scores"), row.numbers("noise_scores"), row.numbers("noise_log_q"));
      String what = estimator + " step " + row.integer("step");
      assertEquals(row.number("log_u"), step.logU(), 1e-12, what);
      assertEquals(row.number("value"), step.value(), 1e-12, what);
      PreferenceLossesTest.assertClose(row.numbers("grad_data"), step.dataScores(), 1e-12, what);
      PreferenceLossesTest.assertClose(row.numbers("grad_noise"), step.noiseScores(), 1e-12, what);
    }
    assertEquals(3, estimators.size());
  }

  @Test
  void withoutMemoryTheCoefficientsAreTheBatchObjectivesGradient() {
    double[] data = {0.4, -1.0, 2.2};
    double[] noise = {1.5, -0.5, 3.0, 0.2};
    double[] logQ = {-1.0, -2.5, -0.3, -1.7};
    var step = C.compositionalNll(1).step(data, noise, logQ);
    PreferenceLossesTest.assertClose(
        PreferenceLossesTest.numericGradient(
            x -> C.compositionalNll(1).step(x, noise, logQ).value(), data, 1e-6),
        step.dataScores(),
        1e-8,
        "data");
    PreferenceLossesTest.assertClose(
        PreferenceLossesTest.numericGradient(
            x -> C.compositionalNll(1).step(data, x, logQ).value(), noise, 1e-6),
        step.noiseScores(),
        1e-8,
        "noise");
  }

  @Test
  void stateResetsAndLargeScoresDoNotOverflow() {
    var estimator = C.compositionalNll(0.5);
    assertTrue(Double.isNaN(estimator.logPartitionEstimate()));
    var huge = estimator.step(new double[] {1}, new double[] {800, 801}, new double[] {0, 0});
    assertTrue(Double.isFinite(huge.value()));
    assertEquals(1.0, huge.noiseScores()[0] + huge.noiseScores()[1], 1e-12);
    estimator.reset();
    assertTrue(Double.isNaN(estimator.logPartitionEstimate()));
    assertEquals(
        "compositionalNll: γ must be in (0, 1], got 1.5",
        assertThrows(IllegalArgumentException.class, () -> C.compositionalNll(1.5)).getMessage());
  }
}
