package dev.noisebook.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noisebook.Noise;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Regression target noise: variances and tails on large samples. */
class TargetNoiseTest {
  private static final int N = 200_000;

  private static double[] residuals(TargetNoise noise, double[] y, double[] s) {
    double[] noisy = noise.apply(y, s);
    double[] r = new double[y.length];
    Arrays.setAll(r, i -> noisy[i] - y[i]);
    return r;
  }

  private static double[] constant(double value) {
    double[] y = new double[N];
    Arrays.fill(y, value);
    return y;
  }

  @Test
  void homoscedasticSigmaIsTheStandardDeviation() {
    double[] r = residuals(Noise.targets().homoscedastic(0.7).seed(1), constant(3), constant(0));
    Stats.assertMean("homoscedastic", r, 0, 0.49);
    Stats.assertVariance("homoscedastic", r, 0.49, 3);
    assertThat(Noise.targets().homoscedastic(0.7).apply(constant(3))).hasSize(N);
  }

  @Test
  void heteroscedasticSigmaGrowsWithTheTargetOrTheNamedFeature() {
    var byTarget = Noise.targets().heteroscedastic(0.1, 0.5).seed(2);
    double[] r = residuals(byTarget, constant(-2), constant(-2));
    double sd = 0.1 + 0.5 * 2;
    Stats.assertVariance("heteroscedastic by target", r, sd * sd, 3);
    double[] noisy = byTarget.apply(constant(-2));
    double[] fromTargets = new double[N];
    Arrays.setAll(fromTargets, i -> noisy[i] + 2);
    Stats.assertVariance("heteroscedastic apply(targets)", fromTargets, sd * sd, 3);

    var byFeature = Noise.targets().heteroscedastic(0.2, 1.0, "x");
    Stats.assertVariance(
        "heteroscedastic by feature", residuals(byFeature, constant(5), constant(0.3)), 0.25, 3);
    assertThatThrownBy(() -> byFeature.apply(constant(1)))
        .hasMessage(
            "heteroscedastic noise scales with feature 'x': pass its values with apply(targets, featureValues)");
    assertThat(byFeature.toString())
        .isEqualTo("heteroscedastic(sigma0=0.2, sigma1=1, scaleOf='x', seed=0)");
  }

  @Test
  void studentTHasVarianceNuOverNuMinusTwoTimesTheScaleSquared() {
    double nu = 10;
    var noise = Noise.targets().studentT(nu, 0.5).seed(3);
    double[] r = residuals(noise, constant(0), constant(0));
    assertThat(noise.variance()).isEqualTo(0.25 * 10 / 8);
    Stats.assertMean("studentT", r, 0, noise.variance());
    Stats.assertVariance("studentT", r, noise.variance(), 3 + 6 / (nu - 4));
    for (double dof : new double[] {3, 5}) {
      double[] t = residuals(Noise.targets().studentT(dof, 1).seed(4), constant(0), constant(0));
      InputNoiseTest.assertCdfs("studentT", dof, t);
    }
    assertThat(Noise.targets().studentT(2, 1).variance()).isInfinite();
  }

  @Test
  void theSameSeedGivesTheSameTargets() {
    double[] y = {1, 2, 3};
    var noise = Noise.targets().studentT(4, 1).seed(7);
    assertThat(noise.apply(y)).containsExactly(noise.apply(y));
    assertThat(noise.seed(8).apply(y)).isNotEqualTo(noise.apply(y));
  }
}
