package dev.noisebook.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.noisebook.Noise;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/** Input noise: moments and CDFs on large samples against the formulas and scipy. */
class InputNoiseTest {
  private static final int N = 200_000;

  /** N draws of perturb(x) from one generator. */
  static double[] draws(InputNoise noise, double x) {
    SplittableRandom rng = new SplittableRandom(42);
    return sample(() -> noise.perturb(x, rng));
  }

  static double[] sample(DoubleSupplier draw) {
    double[] out = new double[N];
    for (int i = 0; i < N; i++) {
      out[i] = draw.getAsDouble();
    }
    return out;
  }

  static void assertCdfs(String distribution, double param, double[] sample) {
    var rows =
        NoiseFixtures.rows("distributions.csv", "distribution", distribution).stream()
            .filter(r -> r.numbers("params")[0] == param)
            .toList();
    assertThat(rows).as(distribution + " " + param + " fixture rows").isNotEmpty();
    for (var row : rows) {
      Stats.assertCdf(distribution + "(" + param + ")", sample, row.number("x"), row.number("cdf"));
    }
  }

  @Test
  void gaussianSigmaIsTheStandardDeviation() {
    double[] x = draws(Noise.inputs().gaussian(0.3), 2.0);
    Stats.assertMean("gaussian", x, 2.0, 0.09);
    Stats.assertVariance("gaussian", x, 0.09, 3);
    double[] standard = draws(Noise.inputs().gaussian(1), 0);
    assertCdfs("normal", 0.0, standard);
  }

  @Test
  void logNormalIsMeanPreservingWithTheLogNormalVariance() {
    double sigma = 0.5;
    double[] m = draws(Noise.inputs().logNormal(sigma), 1.0);
    double s2 = sigma * sigma;
    double variance = Math.exp(s2) - 1;
    double kurtosis = Math.exp(4 * s2) + 2 * Math.exp(3 * s2) + 3 * Math.exp(2 * s2) - 3;
    Stats.assertMean("logNormal", m, 1.0, variance);
    Stats.assertVariance("logNormal", m, variance, kurtosis);
    assertCdfs("logNormalMean1", sigma, m);
    assertThat(Noise.inputs().logNormal(0.5).perturb(-2, new SplittableRandom(1))).isNegative();
  }

  @Test
  void poissonHasMeanXAndVarianceZetaX() {
    double zeta = 0.05;
    double x = 0.8; // Poisson mean 16
    double[] y = draws(Noise.inputs().poisson(zeta), x);
    Stats.assertMean("poisson", y, x, zeta * x);
    Stats.assertVariance("poisson", y, zeta * x, 3 + 1 / (x / zeta));
    for (double v : y) {
      assertThat(Math.abs(v / zeta - Math.rint(v / zeta))).isLessThan(1e-9);
    }
    for (double lambda : new double[] {3.5, 40, 400}) {
      double[] counts = draws(Noise.inputs().poisson(1), lambda);
      assertCdfs("poisson", lambda, counts);
      Stats.assertMean("poisson(" + lambda + ")", counts, lambda, lambda);
    }
    assertThat(Noise.inputs().poisson(0.1).perturb(0, new SplittableRandom(1))).isZero();
  }

  @Test
  void gammaHasMeanXAndVarianceXSquaredOverK() {
    double k = 50;
    double[] y = draws(Noise.inputs().gamma(k), 3.0);
    Stats.assertMean("gamma", y, 3.0, 9 / k);
    Stats.assertVariance("gamma", y, 9 / k, 3 + 6 / k);
    for (double shape : new double[] {0.5, 2, 50}) {
      assertCdfs("gammaMean1", shape, draws(Noise.inputs().gamma(shape), 1.0));
    }
  }

  @Test
  void dropoutZeroesAFractionPAndScalesTheRest() {
    double[] y = draws(Noise.inputs().dropout(0.3), 2.0);
    long zeros = Arrays.stream(y).filter(v -> v == 0).count();
    Stats.assertProportion("dropout zeros", (double) zeros / N, 0.3, N);
    assertThat(Arrays.stream(y).filter(v -> v != 0).distinct().toArray())
        .containsExactly(2.0 / 0.7);
    Stats.assertMean("dropout", y, 2.0, 4 * 0.3 / 0.7);
    double[] masked = draws(Noise.inputs().mask(0.3), 2.0);
    assertThat(Arrays.stream(masked).distinct().sorted().toArray()).containsExactly(0.0, 2.0);
    Stats.assertProportion(
        "mask zeros", Arrays.stream(masked).filter(v -> v == 0).count() / (double) N, 0.3, N);
    assertThat(Noise.inputs().mask(1).apply(new double[] {1, 2, 3})).containsExactly(0, 0, 0);
  }

  @Test
  void quantisationRoundsToTheGridOrAddsUniformNoiseOfVarianceStepSquaredOverTwelve() {
    var quantise = Noise.inputs().quantise(0.25);
    assertThat(quantise.apply(new double[] {0.1, 0.125, 0.375, -0.3, 1.0}))
        .containsExactly(0.0, 0.0, 0.5, -0.25, 1.0); // ties to even: 0.5 -> 0, 1.5 -> 2
    double step = 0.1;
    double[] y = draws(Noise.inputs().quantisationNoise(step), 5.0);
    assertThat(Arrays.stream(y).map(v -> Math.abs(v - 5.0)).max().orElseThrow())
        .isLessThanOrEqualTo(step / 2);
    Stats.assertMean("quantisation noise", y, 5.0, step * step / 12);
    Stats.assertVariance("quantisation noise", y, step * step / 12, 1.8);
    assertThat(Noise.inputs().quantisationNoise(8, 0, 1).step())
        .isCloseTo(1 / 255.0, within(1e-17));
  }

  @Test
  void theSameSeedGivesTheSameNoiseAndRowsGetIndependentStreams() {
    double[] x = {1, 2, 3, 4, 5};
    var noise = Noise.inputs().gaussian(1).seed(5);
    assertThat(noise.apply(x)).containsExactly(noise.apply(x));
    assertThat(noise.seed(6).apply(x)).isNotEqualTo(noise.apply(x));
    double[][] rows = noise.apply(new double[][] {x, x});
    assertThat(rows[0]).isNotEqualTo(rows[1]);
    assertThat(noise.apply(new double[][] {x, x})[1]).containsExactly(rows[1]);
    assertThat(noise.apply(x, new SplittableRandom(9)))
        .containsExactly(noise.apply(x, new SplittableRandom(9)));
  }

  @Test
  void modelsReadAsTheirFormulaAndParameters() {
    assertThat(Noise.inputs().gaussian(0.1).toString()).isEqualTo("gaussian(sigma=0.1, seed=0)");
    assertThat(Noise.inputs().gamma(100).seed(2).toString()).isEqualTo("gamma(k=100, seed=2)");
    assertThat(Noise.inputs().mask(0.2).toString()).isEqualTo("mask(p=0.2, seed=0)");
    assertThat(Noise.inputs().quantise(0.5).name()).isEqualTo("quantise");
    assertThat(Noise.inputs().dropout(0.5))
        .isEqualTo(Noise.inputs().dropout(0.5))
        .isNotEqualTo(Noise.inputs().mask(0.5));
  }
}
