package dev.noisebook.loss.coupled;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noisebook.Loss;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Behaviour (R1 of the seeds catalogue), "Learning Unnormalized Statistical Models via
 * Compositional Optimization": fitting the mean of N(μ* = 2, 1) with the unnormalised model f(x) =
 * −(x − μ)²/2 + c against a broad noise q = N(0, 5²), by plain SGD (rate 0.05, 300 steps, 32 data
 * and 32 noise samples a step) from μ = 0, c = 0. NCE's logistic landscape is flat when q is broad;
 * the compositional estimator (γ = 0.1) gets much closer to μ* on every seed.
 */
class CompositionalVsNceTest {
  private static final double TRUE_MEAN = 2;
  private static final double NOISE_SD = 10;
  private static final int STEPS = 100;
  private static final int BATCH = 32;
  private static final double RATE = 0.05;

  @Test
  void theCompositionalEstimatorConvergesFasterThanNceWithABroadNoise() {
    double nceError = 0;
    double compositionalError = 0;
    for (long seed = 1; seed <= 5; seed++) {
      double nce = Math.abs(fit(seed, false) - TRUE_MEAN);
      double compositional = Math.abs(fit(seed, true) - TRUE_MEAN);
      System.out.printf(
          "seed %d: |μ − μ*| NCE %.4f compositional %.4f%n", seed, nce, compositional);
      assertThat(compositional).as("seed %d", seed).isLessThan(nce);
      nceError += nce;
      compositionalError += compositional;
    }
    assertThat(compositionalError).isLessThan(nceError / 2);
  }

  /** The mean μ after SGD with NCE or the compositional estimator. */
  private static double fit(long seed, boolean compositional) {
    SplittableRandom rng = new SplittableRandom(seed);
    NoiseContrastiveEstimation nce = Loss.contrastive().nceGaussian(new double[] {0}, NOISE_SD);
    CompositionalNll nll = Loss.contrastive().compositionalNll(0.1);
    double mu = 0;
    double c = 0;
    for (int t = 0; t < STEPS; t++) {
      double[] x = new double[BATCH];
      double[] y = new double[BATCH];
      double[] fx = new double[BATCH];
      double[] fy = new double[BATCH];
      double[] logQx = new double[BATCH];
      double[] logQy = new double[BATCH];
      for (int i = 0; i < BATCH; i++) {
        x[i] = TRUE_MEAN + rng.nextGaussian();
        y[i] = NOISE_SD * rng.nextGaussian();
        fx[i] = -0.5 * (x[i] - mu) * (x[i] - mu) + c;
        fy[i] = -0.5 * (y[i] - mu) * (y[i] - mu) + c;
        logQx[i] = nce.logNoiseDensity(new double[] {x[i]});
        logQy[i] = nce.logNoiseDensity(new double[] {y[i]});
      }
      double[] gx;
      double[] gy;
      if (compositional) {
        var step = nll.step(fx, fy, logQy);
        gx = step.dataScores();
        gy = step.noiseScores();
      } else {
        var g = nce.gradientFromLogDensities(fx, logQx, fy, logQy);
        gx = g.dataScores();
        gy = g.noiseScores();
      }
      double gradMu = 0;
      double gradC = 0;
      for (int i = 0; i < BATCH; i++) {
        gradMu += gx[i] * (x[i] - mu) + gy[i] * (y[i] - mu);
        gradC += gx[i] + gy[i];
      }
      mu -= RATE * gradMu;
      c -= RATE * gradC;
    }
    return mu;
  }
}
