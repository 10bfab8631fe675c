package dev.noisebook.loss.coupled;

import java.util.function.ToDoubleFunction;

/**
 * Factories for the in-batch contrastive losses ({@link ContrastiveLoss}, DCLW {@link
 * WeightedDecoupledLoss}), Gutmann–Hyvärinen NCE and the compositional NLL estimator ({@link
 * CompositionalNll}). Naming: {@link #infoNce} is the softmax-over-candidates loss (called "NCE" in
 * some retrieval papers); noise-contrastive estimation proper, logistic data-vs-noise
 * discrimination, is {@link NoiseContrastiveEstimation}.
 *
 * <pre>{@code
 * var loss = ContrastiveLosses.INSTANCE.infoNce(0.1).symmetric();   // CLIP-style
 * var g = loss.gradient(imageEmbeddings, textEmbeddings);
 * }</pre>
 */
public final class ContrastiveLosses {
  public static final ContrastiveLosses INSTANCE = new ContrastiveLosses();

  private ContrastiveLosses() {}

  /** InfoNCE at temperature τ &gt; 0, one direction (a → b), cosine similarity. */
  public ContrastiveLoss infoNce(double temperature) {
    return new ContrastiveLoss(ContrastiveLoss.Kind.INFO_NCE, temperature, false, true, null);
  }

  /** Decoupled contrastive loss (DCL) at temperature τ &gt; 0, one direction, cosine similarity. */
  public ContrastiveLoss dcl(double temperature) {
    return new ContrastiveLoss(ContrastiveLoss.Kind.DECOUPLED, temperature, false, true, null);
  }

  /**
   * DCLW: {@link #dcl} with the negative von Mises–Fisher weight {@code w_i = 2 − B·softmax_k(s_kk
   * /σ)_i} on each positive term, τ &gt; 0, σ &gt; 0 (the paper uses τ = 0.1, σ = 0.5), one
   * direction, cosine similarity. See {@link WeightedDecoupledLoss}.
   */
  public WeightedDecoupledLoss dclw(double temperature, double sigma) {
    return new WeightedDecoupledLoss(temperature, sigma);
  }

  /**
   * Gutmann–Hyvärinen noise-contrastive estimation against the noise density whose natural log is
   * {@code logNoiseDensity}, shown as {@code name}.
   */
  public NoiseContrastiveEstimation nce(String name, ToDoubleFunction<double[]> logNoiseDensity) {
    return new NoiseContrastiveEstimation(name, logNoiseDensity);
  }

  /** {@link #nce} against the isotropic Gaussian noise N(mean, sd² I). */
  public NoiseContrastiveEstimation nceGaussian(double[] mean, double sd) {
    var q = new GaussianNoise("nceGaussian", mean, sd);
    return nce(q.toString(), q::logDensity);
  }

  /**
   * The stateful compositional NLL estimator of "Learning Unnormalized Statistical Models via
   * Compositional Optimization" against the noise density whose natural log is {@code
   * logNoiseDensity}, shown as {@code name}; moving-average rate γ in (0, 1]. The caller draws the
   * noise samples. See {@link CompositionalNll}.
   */
  public CompositionalNll compositionalNll(
      double gamma, String name, ToDoubleFunction<double[]> logNoiseDensity) {
    return new CompositionalNll(gamma, name, logNoiseDensity, null, 0);
  }

  /**
   * {@link #compositionalNll} against N(mean, sd² I), with {@link CompositionalNll#sampleNoise}
   * drawing from a stream seeded with {@code seed} (restarted by {@code reset()}).
   */
  public CompositionalNll compositionalNllGaussian(
      double gamma, double[] mean, double sd, long seed) {
    var q = new GaussianNoise("compositionalNllGaussian", mean, sd);
    return new CompositionalNll(gamma, q.toString(), q::logDensity, q, seed);
  }
}
