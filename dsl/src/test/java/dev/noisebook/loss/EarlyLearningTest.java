package dev.noisebook.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.noisebook.FixtureCsv;
import dev.noisebook.Loss;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ELR against the paper's reference code in torch (make_elr_fixtures.py) and finite differences.
 */
class EarlyLearningTest {

  @Test
  void targetsValuesAndGradientsMatchTheReferenceCodeOverSteps() {
    Map<String, double[][]> targets = new HashMap<>();
    for (var row : FixtureCsv.read("/fixtures/losses/elr.csv")) {
      EarlyLearning elr = Loss.elr(row.number("lambda"), row.number("beta"));
      double[][] t = targets.computeIfAbsent(elr.toString(), key -> new double[4][3]);
      double[] target = t[row.integer("row")];
      double[] gradient = new double[3];
      double value = elr.step(row.numbers("logits"), row.integer("label"), target, gradient);
      String what = elr + " step " + row.integer("step") + " row " + row.integer("row");
      assertThat(value).as(what).isCloseTo(row.number("value"), within(1e-12));
      double[] expectedTarget = row.numbers("target");
      double[] expectedGradient = row.numbers("grad");
      for (int k = 0; k < 3; k++) {
        assertThat(target[k]).as(what + " target").isCloseTo(expectedTarget[k], within(1e-15));
        assertThat(gradient[k]).as(what + " grad").isCloseTo(expectedGradient[k], within(1e-12));
      }
    }
  }

  @Test
  void theGradientAtAFixedTargetMatchesFiniteDifferences() {
    EarlyLearning elr = Loss.elr(3, 0.7);
    double[] target = {0.2, 0.5, 0.3};
    double[][] cases = {{0.3, -1.2, 2.0}, {4.0, 0.1, -2.5}, {0, 0, 0}};
    for (double[] z : cases) {
      double[] g = new double[3];
      elr.loss(z, 1, target, g);
      for (int k = 0; k < 3; k++) {
        double h = 1e-6;
        double[] up = z.clone();
        double[] down = z.clone();
        up[k] += h;
        down[k] -= h;
        double fd = (elr.loss(up, 1, target, null) - elr.loss(down, 1, target, null)) / (2 * h);
        assertThat(g[k])
            .as("∂/∂z_%d at %s", k, java.util.Arrays.toString(z))
            .isCloseTo(fd, within(1e-7));
      }
    }
  }

  @Test
  void badParametersAreNamed() {
    assertThatThrownBy(() -> Loss.elr(-1, 0.7)).hasMessageContaining("ELR λ");
    assertThatThrownBy(() -> Loss.elr(3, 1)).hasMessage("ELR β must be < 1, got 1.0");
    assertThatThrownBy(() -> Loss.elr(3, 0.7).step(new double[] {1, 2}, 0, new double[3], null))
        .hasMessage("ELR target has length 3 for 2 logits");
  }
}
