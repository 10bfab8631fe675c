package dev.noisebook.train;

import dev.noisebook.check.Parameters;
import dev.noisebook.loss.coupled.CompositionalNll;
import dev.noisebook.loss.coupled.NoiseContrastiveEstimation;
import java.util.SplittableRandom;

/**
 * Density estimation by noise-contrastive estimation ("Noise-contrastive estimation: A new
 * estimation principle for unnormalized statistical models", Gutmann and Hyvärinen, 2010) in the
 * loop. The model is the exponential tilt of the Gaussian noise q = N(m, s²I) by the features,
 *
 * <pre>
 *   log p_θ(x) = log q(x) + θ·x + c,      c = −log Z(θ) learned, not computed,
 *   G(x) = log p_θ(x) − log q(x) − log ν = θ·x + c − log ν
 * </pre>
 *
 * so NCE is logistic regression of the batch's data rows against ν·B noise rows drawn from q with
 * the loop's stream, and the trained Tribuo model is a linear model with one raw output, {@code θ·x
 * + c = log p̂(x) − log q(x)} (the log density ratio; weights θ, bias c). For Gaussian data N(μ,
 * s²I) the tilt is exact: θ = (μ − m)/s² and c = −log Z(θ) = −θ·m − s²‖θ‖²/2, so the mean is read
 * off as μ̂ = m + s²θ̂ and c estimates the log-partition of the tilted model. φ(x) is the data's
 * raw features, the space q lives in.
 *
 * <p>The compositional NLL ({@link CompositionalNll}, "Learning Unnormalized Statistical Models via
 * Compositional Optimization", Jiang et al., 2023) trains the same tilted model f_θ(x) = log q(x) +
 * θ·x by {@code −mean f(x) + log u_t}, u_t the moving average of w = exp(f(y))/q(y) = exp(θ·y) over
 * the noise rows (one fresh estimator per fit; a validation batch uses a fresh one and leaves the
 * fit's u alone). The NLL does not change when a constant is added to f, so the bias c is not
 * identified: its gradient is dropped and it stays 0; the model's output is then θ·x, and log Z(θ̂)
 * is the tracked log u, not a weight.
 */
public final class DensityObjective implements BatchObjective {
  /** One of the two estimators; the other is null. */
  private final NoiseContrastiveEstimation nce;

  private final CompositionalNll nll;

  /** Gaussian NCE ({@code nceGaussian}); other noise densities cannot be sampled here. */
  public DensityObjective(NoiseContrastiveEstimation nce) {
    this(Parameters.notNull("nce", nce), null);
    if (!nce.samples()) {
      throw new IllegalArgumentException(
          nce + " cannot be trained: the loop draws noise samples, so use nceGaussian(mean, sd)");
    }
  }

  /** The compositional NLL with {@code gaussianNoise}; a fresh estimator for each fit. */
  public DensityObjective(CompositionalNll nll) {
    this(null, Parameters.notNull("nll", nll));
    if (!nll.samples()) {
      throw new IllegalArgumentException(
          nll + " cannot be trained: the loop draws noise samples, so add gaussianNoise(mean, sd)");
    }
  }

  private DensityObjective(NoiseContrastiveEstimation nce, CompositionalNll nll) {
    this.nce = nce;
    this.nll = nll;
  }

  /** A fresh compositional estimator (u forgotten) for each fit. */
  @Override
  public BatchObjective forFit(int rows, int outputs) {
    return nll == null ? this : new DensityObjective(null, nll.fresh());
  }

  private int noiseRatio() {
    return nce != null ? nce.noiseRatio() : nll.noiseRatio();
  }

  private double logNoiseDensity(double[] x) {
    return nce != null ? nce.logNoiseDensity(x) : nll.logNoiseDensity(x);
  }

  @Override
  public double lossAndGradient(
      double[][] weights, Batch batch, SplittableRandom rng, double[][] gradient) {
    double[][] x = batch.x();
    int features = weights[0].length - 1;
    if (x[0].length != features + 1) {
      throw new IllegalStateException("rows have " + (x[0].length - 1) + " features");
    }
    int count = noiseRatio() * x.length;
    double[][] noise =
        withBias(nce != null ? nce.sampleNoise(rng, count) : nll.sampleNoise(rng, count), features);
    double[] dataScores = new double[x.length];
    double[] dataLogQ = new double[x.length];
    double[] noiseScores = new double[noise.length];
    double[] noiseLogQ = new double[noise.length];
    tilt(weights[0], x, dataScores, dataLogQ);
    tilt(weights[0], noise, noiseScores, noiseLogQ);
    if (nce != null) {
      NoiseContrastiveEstimation.Gradient g =
          nce.gradientFromLogDensities(dataScores, dataLogQ, noiseScores, noiseLogQ);
      accumulate(gradient[0], x, g.dataScores());
      accumulate(gradient[0], noise, g.noiseScores());
      return g.value();
    }
    CompositionalNll estimator = batch.training() ? nll : nll.fresh();
    CompositionalNll.Step step = estimator.step(dataScores, noiseScores, noiseLogQ);
    double bias = gradient[0][features];
    accumulate(gradient[0], x, step.dataScores());
    accumulate(gradient[0], noise, step.noiseScores());
    gradient[0][features] = bias;
    return step.value();
  }

  /** log p_θ = log q + θ·x + c at each row (the bias 1 last), and log q. */
  private void tilt(double[] w, double[][] rows, double[] scores, double[] logQ) {
    for (int i = 0; i < rows.length; i++) {
      double[] features = java.util.Arrays.copyOf(rows[i], rows[i].length - 1);
      logQ[i] = logNoiseDensity(features);
      double s = 0;
      for (int j = 0; j < w.length; j++) {
        s += w[j] * rows[i][j];
      }
      scores[i] = logQ[i] + s;
    }
  }

  private static void accumulate(double[] gradient, double[][] rows, double[] coefficients) {
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < gradient.length; j++) {
        gradient[j] += coefficients[i] * rows[i][j];
      }
    }
  }

  private static double[][] withBias(double[][] samples, int features) {
    double[][] out = new double[samples.length][];
    for (int i = 0; i < samples.length; i++) {
      if (samples[i].length != features) {
        throw new IllegalArgumentException(
            "the noise has dimension " + samples[i].length + " but the data " + features);
      }
      out[i] = java.util.Arrays.copyOf(samples[i], features + 1);
      out[i][features] = 1;
    }
    return out;
  }

  /** One output: the log density ratio θ·x + c (θ·x for the compositional NLL). */
  @Override
  public int outputs(int labels) {
    return 1;
  }

  @Override
  public boolean probabilistic() {
    return false;
  }

  @Override
  public boolean classifies() {
    return false;
  }

  @Override
  public String recipe() {
    return LossRecipe.of(nce != null ? nce : nll);
  }
}
