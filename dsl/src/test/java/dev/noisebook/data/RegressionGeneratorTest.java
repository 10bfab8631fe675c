package dev.noisebook.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.noisebook.Data;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tribuo.Example;
import org.tribuo.regression.Regressor;

class RegressionGeneratorTest {

  @Test
  void noiseFreeLinearDataIsExactlyTheLinearFunction() {
    var linear = Data.linear(3).weights(2, -1, 0.5).intercept(4).noise(0).samples(50);
    double[][] x = linear.x();
    double[] y = Examples.targets(linear.examples());

    assertThat(linear.weights()).containsExactly(2, -1, 0.5);
    for (int i = 0; i < x.length; i++) {
      assertThat(y[i]).isCloseTo(4 + 2 * x[i][0] - x[i][1] + 0.5 * x[i][2], within(1e-12));
    }
  }

  @Test
  void linearResidualsHaveTheNoiseAsStdAndInputsAreStandardNormal() {
    double sigma = 0.3;
    var linear = Data.linear(2).noise(sigma).samples(4_000).seed(2);
    double[] w = linear.weights();
    double[][] x = linear.x();
    double[] y = Examples.targets(linear.examples());
    double[] residual = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      residual[i] = y[i] - w[0] * x[i][0] - w[1] * x[i][1];
    }

    assertThat(TestData.mean(residual)).isCloseTo(0, within(5 * sigma / Math.sqrt(4_000)));
    assertThat(TestData.populationStd(residual))
        .isCloseTo(sigma, within(5 * sigma / Math.sqrt(8_000)));
    assertThat(TestData.mean(TestData.column(x, 0))).isCloseTo(0, within(5 / Math.sqrt(4_000)));
    assertThat(TestData.populationStd(TestData.column(x, 1)))
        .isCloseTo(1, within(5 / Math.sqrt(8_000)));
  }

  @Test
  void noiseFreeSineIsTheSineOfFrequencyTimesXWithXInRange() {
    var sine = Data.sine().frequency(2).range(-1, 3).noise(0).samples(200);
    List<Example<Regressor>> examples = sine.examples();
    double[][] x = sine.x();

    assertThat(sine.featureNames()).containsExactly("x1");
    for (int i = 0; i < x.length; i++) {
      assertThat(x[i][0]).isGreaterThanOrEqualTo(-1).isLessThan(3);
      assertThat(examples.get(i).getOutput().getValues()[0])
          .isCloseTo(Math.sin(2 * x[i][0]), within(1e-15));
      assertThat(examples.get(i).getOutput().getNames()).containsExactly("y");
    }
  }

  @Test
  void noiseFreeFriedmanOneIsItsFormulaOnTheUnitCube() {
    var friedman = Data.friedman1().features(6).noise(0).samples(100);
    double[][] x = friedman.x();
    double[] y = Examples.targets(friedman.examples());

    for (int i = 0; i < x.length; i++) {
      assertThat(x[i]).hasSize(6);
      assertThat(java.util.Arrays.stream(x[i]).min().orElseThrow()).isGreaterThanOrEqualTo(0.0);
      assertThat(java.util.Arrays.stream(x[i]).max().orElseThrow()).isLessThan(1.0);
      assertThat(y[i]).isEqualTo(Friedman1.friedman1(x[i]));
    }
  }
}
