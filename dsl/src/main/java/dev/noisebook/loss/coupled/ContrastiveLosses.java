package dev.noisebook.loss.coupled;

import java.util.function.ToDoubleFunction;

/**
 * Factories for the in-batch contrastive losses ({@link ContrastiveLoss}, DCLW included),
 * Gutmann–Hyvärinen NCE and the compositional NLL estimator ({@link CompositionalNll}). Naming:
 * {@link #infoNce} is the softmax-over-candidates loss (called "NCE" in some retrieval papers);
 * noise-contrastive estimation proper, logistic data-vs-noise discrimination, is {@link
 * NoiseContrastiveEstimation}.
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
    return new ContrastiveLoss(
        ContrastiveLoss.Kind.INFO_NCE, temperature, false, true, null, Double.NaN);
  }

  /** Decoupled contrastive loss (DCL) at temperature τ &gt; 0, one direction, cosine similarity. */
  public ContrastiveLoss dcl(double temperature) {
    return new ContrastiveLoss(
        ContrastiveLoss.Kind.DECOUPLED, temperature, false, true, null, Double.NaN);
  }

  /**
   * DCLW, the weighted decoupled contrastive loss of "Decoupled Contrastive Learning" (Yeh et al.,
   * 2022), at temperature τ &gt; 0 with the paper's weighting σ = 0.5: {@code L = (1/B) Σ_i [−w_i
   * s_ii/τ + LSE_{j≠i} s_ij/τ]}, {@code w_i = 2 − B·softmax_i(s_ii/σ)}; {@code dcl(τ).weighted(σ)}
   * chooses σ.
   */
  public ContrastiveLoss dclw(double temperature) {
    return dcl(temperature).weighted(0.5);
  }

  /**
   * Gutmann–Hyvärinen noise-contrastive estimation against the noise density whose natural log is
   * {@code logNoiseDensity}, shown as {@code name}.
   */
  public NoiseContrastiveEstimation nce(String name, ToDoubleFunction<double[]> logNoiseDensity) {
    return new NoiseContrastiveEstimation(name, logNoiseDensity);
  }

  /**
   * A fresh compositional NLL estimator with moving-average rate γ ∈ (0, 1], "Learning Unnormalized
   * Statistical Models via Compositional Optimization"; stateful, one per training run. See {@link
   * CompositionalNll}.
   */
  public CompositionalNll compositionalNll(double gamma) {
    return new CompositionalNll(gamma);
  }

  /** {@link #nce} against the isotropic Gaussian noise N(mean, sd² I). */
  public NoiseContrastiveEstimation nceGaussian(double[] mean, double sd) {
    return new NoiseContrastiveEstimation(new GaussianNoise("nceGaussian", mean, sd), 1);
  }
}
