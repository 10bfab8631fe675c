package dev.noisebook.loss.coupled;

import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Noise-contrastive estimation of "Noise-contrastive estimation: A new estimation principle for
 * unnormalized statistical models" (Gutmann and Hyvärinen, 2010): logistic discrimination of T_d
 * data samples from T_n = ν·T_d samples of an explicit noise density q. With the model's
 * unnormalised log-density {@code s(x)} (its log-normaliser a learned parameter inside s) and
 * {@code G(x) = s(x) − log q(x) − log ν},
 *
 * <pre>L = −(1/T_d) [ Σ_data log σ(G(x_t)) + Σ_noise log σ(−G(y_t)) ]</pre>
 *
 * with {@code ∂L/∂s(x_t) = −σ(−G(x_t))/T_d} and {@code ∂L/∂s(y_t) = σ(G(y_t))/T_d}. Not InfoNCE
 * (softmax over candidates, {@link ContrastiveLosses#infoNce}). ν is the ratio of the counts passed
 * in. Immutable; make one with {@link ContrastiveLosses#nce}.
 */
public final class NoiseContrastiveEstimation {

  /** Value and gradients with respect to the model log-scores on data and on noise samples. */
  public record Gradient(double value, double[] dataScores, double[] noiseScores) {}

  private final String noiseName;
  private final ToDoubleFunction<double[]> logNoiseDensity;

  /** The Gaussian noise of {@link ContrastiveLosses#nceGaussian}, which can sample; else null. */
  private final GaussianNoise gaussian;

  private final int noiseRatio;

  NoiseContrastiveEstimation(String noiseName, ToDoubleFunction<double[]> logNoiseDensity) {
    this.noiseName = Objects.requireNonNull(noiseName, "noiseName");
    this.logNoiseDensity = Objects.requireNonNull(logNoiseDensity, "logNoiseDensity");
    this.gaussian = null;
    this.noiseRatio = 1;
  }

  NoiseContrastiveEstimation(GaussianNoise gaussian, int noiseRatio) {
    this.noiseName = gaussian.toString();
    this.logNoiseDensity = gaussian::logDensity;
    this.gaussian = gaussian;
    if (noiseRatio < 1) {
      throw new IllegalArgumentException(
          "nceGaussian: the noise ratio ν (noise samples per data sample) must be ≥ 1, got "
              + noiseRatio);
    }
    this.noiseRatio = noiseRatio;
  }

  /**
   * ν, the noise samples a training loop draws per data sample (1 unless {@link #noiseRatio(int)}
   * chose it; the loss itself reads ν off the counts it is given). Gutmann and Hyvärinen show the
   * estimator's asymptotic variance falls as ν grows.
   */
  public int noiseRatio() {
    return noiseRatio;
  }

  /** This Gaussian NCE with ν ≥ 1 noise samples per data sample in a training loop. */
  public NoiseContrastiveEstimation noiseRatio(int ratio) {
    return new NoiseContrastiveEstimation(requireSampler(), ratio);
  }

  /** Whether the noise can be sampled (Gaussian noise, {@link ContrastiveLosses#nceGaussian}). */
  public boolean samples() {
    return gaussian != null;
  }

  /** {@code count} noise samples drawn from {@code random}; Gaussian noise only. */
  public double[][] sampleNoise(java.util.SplittableRandom random, int count) {
    return requireSampler().sample(random, count);
  }

  private GaussianNoise requireSampler() {
    if (gaussian == null) {
      throw new IllegalArgumentException(
          this + " has a noise log-density but no sampler; training needs nceGaussian(mean, sd)");
    }
    return gaussian;
  }

  /**
   * The factory call on {@link ContrastiveLosses} that makes this Gaussian NCE, {@code
   * nceGaussian([m1, m2], sd)} with {@code .noiseRatio(ν)} when ν ≠ 1; Gaussian noise only.
   */
  public String recipe() {
    return "nceGaussian("
        + requireSampler().recipeArguments()
        + ")"
        + (noiseRatio == 1 ? "" : ".noiseRatio(" + noiseRatio + ")");
  }

  /** {@code log q(x)} of the noise distribution. */
  public double logNoiseDensity(double[] x) {
    return logNoiseDensity.applyAsDouble(x);
  }

  /**
   * The loss with model log-scores {@code dataScores[t] = s(data[t])} and {@code noiseScores[t] =
   * s(noise[t])}; log q is evaluated here on the samples.
   */
  public double value(
      double[][] data, double[] dataScores, double[][] noise, double[] noiseScores) {
    return valueFromLogDensities(
        dataScores, logDensities(data, dataScores), noiseScores, logDensities(noise, noiseScores));
  }

  public Gradient gradient(
      double[][] data, double[] dataScores, double[][] noise, double[] noiseScores) {
    return gradientFromLogDensities(
        dataScores, logDensities(data, dataScores), noiseScores, logDensities(noise, noiseScores));
  }

  /** The same loss from precomputed noise log-densities {@code log q} at the samples. */
  public double valueFromLogDensities(
      double[] dataScores, double[] dataLogQ, double[] noiseScores, double[] noiseLogQ) {
    return compute(dataScores, dataLogQ, noiseScores, noiseLogQ, false).value();
  }

  public Gradient gradientFromLogDensities(
      double[] dataScores, double[] dataLogQ, double[] noiseScores, double[] noiseLogQ) {
    return compute(dataScores, dataLogQ, noiseScores, noiseLogQ, true);
  }

  private double[] logDensities(double[][] samples, double[] scores) {
    Objects.requireNonNull(samples, "samples");
    Objects.requireNonNull(scores, "scores");
    if (samples.length != scores.length) {
      throw new IllegalArgumentException(
          toString() + ": " + samples.length + " samples but " + scores.length + " scores");
    }
    double[] out = new double[samples.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = logNoiseDensity.applyAsDouble(samples[i]);
    }
    return out;
  }

  private Gradient compute(
      double[] ds, double[] dq, double[] ns, double[] nq, boolean wantGradient) {
    String name = toString();
    Objects.requireNonNull(ds, "dataScores");
    Objects.requireNonNull(ns, "noiseScores");
    Stable.nonEmpty(name, "dataScores", ds);
    Stable.nonEmpty(name, "noiseScores", ns);
    Stable.sameLength(name, "dataScores", ds, "dataLogQ", dq);
    Stable.sameLength(name, "noiseScores", ns, "noiseLogQ", nq);
    double td = ds.length;
    double logNu = Math.log(ns.length / td);
    double sum = 0;
    double[] gd = wantGradient ? new double[ds.length] : null;
    double[] gn = wantGradient ? new double[ns.length] : null;
    for (int t = 0; t < ds.length; t++) {
      double g = ds[t] - finiteLogQ(name, dq[t]) - logNu;
      sum += Stable.softplus(-g);
      if (wantGradient) {
        gd[t] = -Stable.sigmoid(-g) / td;
      }
    }
    for (int t = 0; t < ns.length; t++) {
      double g = ns[t] - finiteLogQ(name, nq[t]) - logNu;
      sum += Stable.softplus(g);
      if (wantGradient) {
        gn[t] = Stable.sigmoid(g) / td;
      }
    }
    return new Gradient(sum / td, gd, gn);
  }

  private static double finiteLogQ(String name, double logQ) {
    if (!Double.isFinite(logQ)) {
      throw new IllegalArgumentException(
          name + ": the noise log-density must be finite at every sample, got " + logQ);
    }
    return logQ;
  }

  /** Gaussian NCEs are equal when their noise and ν are; others only to themselves. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof NoiseContrastiveEstimation n
        && gaussian != null
        && gaussian.equals(n.gaussian)
        && noiseRatio == n.noiseRatio;
  }

  @Override
  public int hashCode() {
    return gaussian == null ? System.identityHashCode(this) : gaussian.hashCode() * 31 + noiseRatio;
  }

  @Override
  public String toString() {
    return "nce(q=" + noiseName + (noiseRatio == 1 ? "" : ", ν=" + noiseRatio) + ")";
  }
}
