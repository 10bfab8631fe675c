package dev.noisebook.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.noisebook.Noise;
import dev.noisebook.Schedule;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Diffusion forward processes: coefficients against numpy, variances on large samples. */
class DiffusionNoiseTest {
  private static final int N = 200_000;

  @Test
  void variancePreservingCoefficientsAreTheSquareRootsOfAlphaBar() {
    var vp = Noise.diffusion();
    for (var row : NoiseFixtures.rows("diffusion_forward.csv", "process", "vp")) {
      var schedule =
          row.text("schedule").equals("linear")
              ? Schedule.diffusion().linear(1e-4, 0.02, 1000)
              : Schedule.diffusion().cosine(1000);
      var process = vp.variancePreserving(schedule);
      int t = (int) row.number("t");
      assertThat(process.signalScale(t))
          .as(row.toString())
          .isCloseTo(row.number("signal"), within(1e-13));
      assertThat(process.noiseStd(t))
          .as(row.toString())
          .isCloseTo(row.number("noise_std"), within(1e-13));
    }
  }

  @Test
  void variancePreservingKeepsUnitVarianceAndReturnsTheNoiseItDrew() {
    var process =
        Noise.diffusion().variancePreserving(Schedule.diffusion().linear(1e-4, 0.02, 1000));
    double[] x0 = new double[N];
    SplittableRandom data = new SplittableRandom(1);
    Arrays.setAll(x0, i -> data.nextGaussian());
    ForwardSample s = process.seed(3).sample(x0, 400);
    double a = process.signalScale(400);
    double sigma = process.noiseStd(400);
    assertThat(a * a + sigma * sigma).isCloseTo(1, within(1e-15));
    Stats.assertVariance("x_t", s.xt(), 1, 3);
    Stats.assertMean("epsilon", s.epsilon(), 0, 1);
    Stats.assertVariance("epsilon", s.epsilon(), 1, 3);
    double[] xt = s.xt();
    double[] eps = s.epsilon();
    double[] v = s.velocity();
    for (int i = 0; i < 1000; i++) {
      assertThat(xt[i]).isCloseTo(a * x0[i] + sigma * eps[i], within(1e-15));
      assertThat(v[i]).isCloseTo(a * eps[i] - sigma * x0[i], within(1e-15));
    }
    // from a fixed x_0: mean sqrt(alphaBar) x_0, variance 1 - alphaBar
    double[] constant = new double[N];
    Arrays.fill(constant, 0.7);
    double[] fixed = process.sample(constant, 900).xt();
    Stats.assertMean(
        "x_t | x_0", fixed, a(process, 900) * 0.7, 1 - a(process, 900) * a(process, 900));
    Stats.assertVariance("x_t | x_0", fixed, 1 - a(process, 900) * a(process, 900), 3);
  }

  private static double a(VariancePreserving p, int t) {
    return p.signalScale(t);
  }

  @Test
  void varianceExplodingAddsNoiseOfStandardDeviationSigmaT() {
    var ve = Noise.diffusion().varianceExploding(0.01, 50);
    for (var row : NoiseFixtures.rows("diffusion_forward.csv", "process", "ve")) {
      assertThat(ve.sigma(row.number("t")))
          .isCloseTo(row.number("noise_std"), within(1e-12 * row.number("noise_std")));
    }
    double[] x0 = new double[N];
    Arrays.fill(x0, 2);
    ForwardSample s = ve.sample(x0, 0.3);
    double sigma = ve.sigma(0.3);
    Stats.assertMean("VE x_t", s.xt(), 2, sigma * sigma);
    Stats.assertVariance("VE x_t", s.xt(), sigma * sigma, 3);
    assertThat(s.signalScale()).isEqualTo(1);
  }

  @Test
  void batchesDrawOneTimestepPerRowFromTheSeed() {
    var process = Noise.diffusion().variancePreserving(Schedule.diffusion().cosine(50)).seed(4);
    double[][] x0 = new double[500][3];
    var samples = process.sample(x0);
    assertThat(samples)
        .hasSize(500)
        .allMatch(s -> s.time() >= 0 && s.time() < 50 && s.time() == Math.rint(s.time()));
    assertThat(samples.stream().mapToDouble(ForwardSample::time).distinct().count())
        .isGreaterThan(40);
    assertThat(process.sample(x0)).isEqualTo(samples);
    assertThat(process.seed(5).sample(x0)).isNotEqualTo(samples);
    var ve = Noise.diffusion().varianceExploding(0.01, 50).sample(x0);
    assertThat(ve).allMatch(s -> s.time() >= 0 && s.time() < 1);
  }

  @Test
  void readsAsItsFormula() {
    assertThat(Noise.diffusion().varianceExploding(0.01, 50).toString())
        .isEqualTo(
            "varianceExploding(sigmaMin=0.01, sigmaMax=50, seed=0): x_t = x_0 + sigma(t)·eps");
    assertThat(Noise.diffusion().variancePreserving(Schedule.diffusion().cosine(1000)).toString())
        .startsWith("variancePreserving(squaredcos_cap_v2, T=1000, seed=0)");
  }
}
