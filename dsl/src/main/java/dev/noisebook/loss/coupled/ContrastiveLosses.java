package dev.noisebook.loss.coupled;

import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Factories for the in-batch contrastive losses ({@link ContrastiveLoss}) and Gutmann–Hyvärinen
 * NCE. Naming: {@link #infoNce} is the softmax-over-candidates loss (called "NCE" in some retrieval
 * papers); noise-contrastive estimation proper, logistic data-vs-noise discrimination, is {@link
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
    Objects.requireNonNull(mean, "mean");
    double[] mu = mean.clone();
    Stable.positive("nceGaussian", "noise standard deviation", sd);
    for (double m : mu) {
      Stable.finite("nceGaussian", "noise mean", m);
    }
    double logNorm = -mu.length * (Math.log(sd) + 0.5 * Math.log(2 * Math.PI));
    return nce(
        "N(" + java.util.Arrays.toString(mu) + ", " + sd + "²I)",
        x -> {
          if (x.length != mu.length) {
            throw new IllegalArgumentException(
                "nceGaussian: a sample has dimension " + x.length + ", the noise " + mu.length);
          }
          double sq = 0;
          for (int c = 0; c < x.length; c++) {
            double d = (x[c] - mu[c]) / sd;
            sq += d * d;
          }
          return logNorm - 0.5 * sq;
        });
  }
}
