package dev.noisebook.loss.coupled;

import java.util.Objects;

/**
 * The compositional estimator of the negative log-likelihood of an unnormalised model, "Learning
 * Unnormalized Statistical Models via Compositional Optimization" (Jiang et al., ICML 2023). With
 * the model's unnormalised log-density f_θ and a noise density q, the log partition function is a
 * compositional function of a noise expectation,
 *
 * <pre>NLL(θ) = −E_{p_data}[f_θ(x)] + log E_q[exp(f_θ(y)) / q(y)],</pre>
 *
 * and the inner expectation is tracked across mini-batches by a moving average:
 *
 * <pre>
 *   u_t = (1 − γ) u_{t−1} + γ (1/B_n) Σ_j w_j,   w_j = exp(f_θ(y_j)) / q(y_j)   (u_1 = the first mean)
 *   ∇ = −(1/B_d) Σ_i ∇f_θ(x_i) + (1/u_t)(1/B_n) Σ_j w_j ∇f_θ(y_j)
 * </pre>
 *
 * {@link #step} returns the estimate {@code −mean f(x) + log u_t} and the coefficients of ∇f at
 * each sample. u is kept as log u (the weights are formed in log space), so large scores do not
 * overflow. With γ = 1 there is no memory and the coefficients are the exact gradient of the batch
 * objective {@code −mean f(x) + log mean w}. Unlike NCE ({@link NoiseContrastiveEstimation}) it
 * does not discriminate data from noise; its rate depends on q only through the variance of w.
 *
 * <p><b>Stateful</b>: one estimator per training run ({@link #reset()} starts over); not
 * thread-safe.
 */
public final class CompositionalNll {
  private static final String NAME = "compositionalNll";

  /** The estimate and the coefficients of ∇f_θ at the data and noise samples. */
  public record Step(double value, double[] dataScores, double[] noiseScores, double logU) {}

  private final double gamma;

  /** The Gaussian noise a training loop samples ({@link #gaussianNoise}); null: none. */
  private final GaussianNoise noise;

  private final int noiseRatio;
  private double logU = Double.NaN;

  CompositionalNll(double gamma) {
    this(gamma, null, 1);
  }

  private CompositionalNll(double gamma, GaussianNoise noise, int noiseRatio) {
    Stable.positive(NAME, "γ", gamma);
    if (gamma > 1) {
      throw new IllegalArgumentException(NAME + ": γ must be in (0, 1], got " + gamma);
    }
    if (noiseRatio < 1) {
      throw new IllegalArgumentException(
          NAME
              + ": the noise ratio (noise samples per data sample) must be ≥ 1, got "
              + noiseRatio);
    }
    this.gamma = gamma;
    this.noise = noise;
    this.noiseRatio = noiseRatio;
  }

  /**
   * A fresh estimator that a training loop can run: its noise is q = N(mean, sd² I), sampled by the
   * loop, {@code ratio} ≥ 1 noise samples per data sample ({@code noiseRatio}).
   */
  public CompositionalNll gaussianNoise(double[] mean, double sd) {
    return new CompositionalNll(gamma, new GaussianNoise(NAME, mean, sd), noiseRatio);
  }

  /** A fresh estimator with {@code ratio} ≥ 1 noise samples per data sample in a training loop. */
  public CompositionalNll noiseRatio(int ratio) {
    return new CompositionalNll(gamma, noise, ratio);
  }

  /** Noise samples per data sample in a training loop. */
  public int noiseRatio() {
    return noiseRatio;
  }

  /** A fresh estimator (u forgotten) with the same γ, noise and ratio. */
  public CompositionalNll fresh() {
    return new CompositionalNll(gamma, noise, noiseRatio);
  }

  /** Whether a loop can sample the noise ({@link #gaussianNoise}). */
  public boolean samples() {
    return noise != null;
  }

  /** {@code count} noise samples; needs {@link #gaussianNoise}. */
  public double[][] sampleNoise(java.util.SplittableRandom random, int count) {
    return requireNoise().sample(random, count);
  }

  /** log q(x) of the noise; needs {@link #gaussianNoise}. */
  public double logNoiseDensity(double[] x) {
    return requireNoise().logDensity(x);
  }

  private GaussianNoise requireNoise() {
    if (noise == null) {
      throw new IllegalArgumentException(
          this + " has no noise to sample; a training loop needs gaussianNoise(mean, sd)");
    }
    return noise;
  }

  /**
   * The factory call that makes this estimator: {@code compositionalNll(γ)} with {@code
   * .gaussianNoise([…], sd)} and {@code .noiseRatio(ν)} where set.
   */
  public String recipe() {
    return NAME
        + "("
        + gamma
        + ")"
        + (noise == null ? "" : ".gaussianNoise(" + noise.recipeArguments() + ")")
        + (noiseRatio == 1 ? "" : ".noiseRatio(" + noiseRatio + ")");
  }

  /** Equal configuration (γ, noise, ratio); the running estimate u is state, not compared. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CompositionalNll c
        && Double.compare(c.gamma, gamma) == 0
        && java.util.Objects.equals(c.noise, noise)
        && c.noiseRatio == noiseRatio;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(gamma, noise, noiseRatio);
  }

  public double gamma() {
    return gamma;
  }

  /** log u_t after the last step; NaN before the first. */
  public double logPartitionEstimate() {
    return logU;
  }

  /** Forgets u: the next step starts from its own batch mean. */
  public void reset() {
    logU = Double.NaN;
  }

  /**
   * One mini-batch: model log-scores on data samples, on noise samples and the noise log-density
   * log q at the noise samples. Updates u.
   */
  public Step step(double[] dataScores, double[] noiseScores, double[] noiseLogQ) {
    Objects.requireNonNull(dataScores, NAME + ": dataScores are null");
    Objects.requireNonNull(noiseScores, NAME + ": noiseScores are null");
    Objects.requireNonNull(noiseLogQ, NAME + ": noiseLogQ is null");
    Stable.nonEmpty(NAME, "dataScores", dataScores);
    Stable.nonEmpty(NAME, "noiseScores", noiseScores);
    Stable.sameLength(NAME, "noiseScores", noiseScores, "noiseLogQ", noiseLogQ);
    int bn = noiseScores.length;
    double[] logW = new double[bn];
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < bn; j++) {
      logW[j] = Stable.finite(NAME, "a noise score minus log q", noiseScores[j] - noiseLogQ[j]);
      max = Math.max(max, logW[j]);
    }
    double sum = 0;
    for (double lw : logW) {
      sum += Math.exp(lw - max);
    }
    double logMean = max + Math.log(sum / bn);
    logU =
        Double.isNaN(logU)
            ? logMean
            : logAddExp(Math.log1p(-gamma) + logU, Math.log(gamma) + logMean);
    double meanData = 0;
    double[] data = new double[dataScores.length];
    for (int i = 0; i < data.length; i++) {
      meanData += Stable.finite(NAME, "a data score", dataScores[i]) / data.length;
      data[i] = -1.0 / data.length;
    }
    double[] noise = new double[bn];
    for (int j = 0; j < bn; j++) {
      noise[j] = Math.exp(logW[j] - logU) / bn;
    }
    return new Step(-meanData + logU, data, noise, logU);
  }

  /** log(e^a + e^b); log(1 − γ) is −∞ at γ = 1. */
  private static double logAddExp(double a, double b) {
    if (a == Double.NEGATIVE_INFINITY) {
      return b;
    }
    double max = Math.max(a, b);
    return max + Math.log(Math.exp(a - max) + Math.exp(b - max));
  }

  @Override
  public String toString() {
    return NAME + "(γ=" + gamma + ")";
  }
}
