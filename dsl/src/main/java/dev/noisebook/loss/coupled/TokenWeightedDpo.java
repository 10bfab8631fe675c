package dev.noisebook.loss.coupled;

/**
 * Token-weighted DPO, the critical-token "cDPO" of "Critical Tokens Matter: Token-Level Contrastive
 * Estimation Enhence LLM's Reasoning Capability" (Lin et al., 2024), on one preference pair given
 * per-token log-probabilities:
 *
 * <pre>
 *   h = Σ_t w_t (log π_θ(y_t^w) − log π_ref(y_t^w)) − Σ_t w'_t (log π_θ(y_t^l) − log π_ref(y_t^l))
 *   ℓ = −log σ(β h)
 * </pre>
 *
 * The per-token weights w (chosen) and w' (rejected) are the caller's: the paper derives them by
 * contrastive estimation from a model fine-tuned on correct and one on incorrect trajectories, so
 * that the tokens that lead to wrong answers ("critical tokens") weigh most. With all weights 1
 * this is sequence-level DPO. <b>Not</b> conservative DPO, the label-smoothed loss also called
 * "cDPO" ({@link PreferenceLosses#dpoLabelSmoothed}). Gradients are with respect to the policy's
 * token log-probabilities: ∂ℓ/∂log π_θ(y_t^w) = −β σ(−βh) w_t, ∂ℓ/∂log π_θ(y_t^l) = β σ(−βh) w'_t.
 * Immutable; make one with {@link PreferenceLosses#dpoTokenWeighted(double)}.
 */
public final class TokenWeightedDpo {
  private static final String NAME = "dpoTokenWeighted";

  /** One side of a pair: per-token policy and reference log-probabilities and weights. */
  public record Tokens(double[] policy, double[] reference, double[] weights) {
    public Tokens {
      java.util.Objects.requireNonNull(policy, NAME + ": policy log-probabilities are null");
      java.util.Objects.requireNonNull(reference, NAME + ": reference log-probabilities are null");
      java.util.Objects.requireNonNull(weights, NAME + ": weights are null");
      Stable.nonEmpty(NAME, "policy token log-probabilities", policy);
      Stable.sameLength(NAME, "policy log-probabilities", policy, "reference", reference);
      Stable.sameLength(NAME, "policy log-probabilities", policy, "weights", weights);
      policy = policy.clone();
      reference = reference.clone();
      weights = weights.clone();
    }

    /** Σ_t w_t (log π_θ − log π_ref). */
    double weightedLogRatio() {
      double sum = 0;
      for (int t = 0; t < policy.length; t++) {
        sum += weights[t] * (policy[t] - reference[t]);
      }
      return sum;
    }

    /** {@code scale · w}, the gradient with respect to this side's policy log-probabilities. */
    double[] scaledWeights(double scale) {
      double[] g = new double[weights.length];
      for (int t = 0; t < g.length; t++) {
        g[t] = scale * weights[t];
      }
      return g;
    }
  }

  /** Value and gradients with respect to the chosen and rejected policy token log-probabilities. */
  public record Gradient(double value, double[] chosen, double[] rejected) {}

  private final double beta;

  TokenWeightedDpo(double beta) {
    this.beta = Stable.positive(NAME, "β", beta);
  }

  public double beta() {
    return beta;
  }

  /** The weighted margin h. */
  public double margin(Tokens chosen, Tokens rejected) {
    return chosen.weightedLogRatio() - rejected.weightedLogRatio();
  }

  public double value(Tokens chosen, Tokens rejected) {
    return Stable.softplus(-beta * margin(chosen, rejected));
  }

  public Gradient gradient(Tokens chosen, Tokens rejected) {
    double h = margin(chosen, rejected);
    double d = beta * Stable.sigmoid(-beta * h);
    return new Gradient(
        Stable.softplus(-beta * h), chosen.scaledWeights(-d), rejected.scaledWeights(d));
  }

  /** The factory call on {@link PreferenceLosses}, with the exact β. */
  public String recipe() {
    return NAME + "(" + beta + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TokenWeightedDpo t && Double.compare(t.beta, beta) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(beta);
  }

  @Override
  public String toString() {
    return NAME + "(β=" + beta + ")";
  }
}
