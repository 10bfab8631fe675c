package dev.noisebook.loss.coupled;

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
    return new ContrastiveLoss(ContrastiveLoss.Kind.INFO_NCE, temperature, false, true, false);
  }

  /** Decoupled contrastive loss (DCL) at temperature τ &gt; 0, one direction, cosine similarity. */
  public ContrastiveLoss dcl(double temperature) {
    return new ContrastiveLoss(ContrastiveLoss.Kind.DECOUPLED, temperature, false, true, false);
  }
}
