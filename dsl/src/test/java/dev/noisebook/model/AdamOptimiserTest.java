package dev.noisebook.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.noisebook.FixtureCsv;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tribuo.math.LinearParameters;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.Tensor;

/**
 * Adam against torch.optim.Adam ({@code dsl/src/test/fixtures/make_optimiser_fixtures.py}): the
 * same quadratic, minimised from zero, gives the same parameters after every step.
 */
class AdamOptimiserTest {
  private static final List<FixtureCsv.Row> ROWS = FixtureCsv.read("/fixtures/optimisers/adam.csv");

  static Stream<String> cases() {
    return ROWS.stream().map(r -> r.text("case")).distinct();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void followsPyTorchsTrajectoryOnAQuadratic(String name) {
    List<FixtureCsv.Row> steps = ROWS.stream().filter(r -> r.text("case").equals(name)).toList();
    FixtureCsv.Row first = steps.getFirst();
    double[] a = first.numbers("a");
    double[] c = first.numbers("c");
    var adam =
        new AdamOptimiser(
            first.number("lr"), first.number("beta1"), first.number("beta2"), first.number("eps"));
    var parameters = new LinearParameters(a.length, 1);
    adam.initialise(parameters);
    DenseMatrix theta = (DenseMatrix) parameters.get()[0];
    for (FixtureCsv.Row row : steps) {
      Tensor[] ascent = parameters.getEmptyCopy();
      for (int i = 0; i < a.length; i++) {
        ((DenseMatrix) ascent[0]).set(0, i, -a[i] * (theta.get(0, i) - c[i])); // −∇f
      }
      parameters.update(adam.step(ascent, 1.0));
      double[] expected = row.numbers("theta");
      for (int i = 0; i < a.length; i++) {
        assertThat(theta.get(0, i))
            .as("%s step %d θ%d", name, row.integer("step"), i)
            .isCloseTo(expected[i], within(1e-12));
      }
    }
  }

  @Test
  void theFirstStepIsTheLearningRateWhateverTheGradientsScale() {
    double[] gradient = {1e-4, -3.0, 250.0};
    double[] step = firstStep(new AdamOptimiser(0.01, 0.9, 0.999, 1e-8), gradient);
    for (int i = 0; i < gradient.length; i++) {
      assertThat(step[i]).isCloseTo(Math.signum(gradient[i]) * 0.01, within(1e-5));
    }
  }

  @Test
  void badHyperparametersAreRefusedByName() {
    assertThatThrownBy(() -> new AdamOptimiser(0, 0.9, 0.999, 1e-8))
        .hasMessageContaining("learning rate");
    assertThatThrownBy(() -> new AdamOptimiser(0.1, 1, 0.999, 1e-8))
        .hasMessageContaining("beta1 must be < 1");
    assertThatThrownBy(() -> new AdamOptimiser(0.1, 0.9, -0.1, 1e-8)).hasMessageContaining("beta2");
    assertThatThrownBy(() -> new AdamOptimiser(0.1, 0.9, 0.999, 0)).hasMessageContaining("epsilon");
  }

  @Test
  void aCopyStartsAfresh() {
    var adam = new AdamOptimiser(0.1, 0.9, 0.999, 1e-8);
    firstStep(adam, new double[] {2.0});
    assertThat(firstStep(adam.copy(), new double[] {2.0})[0]).isCloseTo(0.1, within(1e-9));
    assertThat(adam.copy()).hasToString(adam.toString());
  }

  /** The update a freshly initialised {@code adam} returns for the ascent direction {@code g}. */
  private static double[] firstStep(AdamOptimiser adam, double[] g) {
    var parameters = new LinearParameters(g.length, 1);
    adam.initialise(parameters);
    Tensor[] ascent = parameters.getEmptyCopy();
    for (int i = 0; i < g.length; i++) {
      ((DenseMatrix) ascent[0]).set(0, i, g[i]);
    }
    DenseMatrix step = (DenseMatrix) adam.step(ascent, 1.0)[0];
    double[] out = new double[g.length];
    for (int i = 0; i < g.length; i++) {
      out[i] = step.get(0, i);
    }
    return out;
  }
}
