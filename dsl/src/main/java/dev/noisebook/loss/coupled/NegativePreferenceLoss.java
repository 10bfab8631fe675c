package dev.noisebook.loss.coupled;

import java.util.Objects;

/**
 * NPO of "Negative Preference Optimization: From Catastrophic Collapse to Effective Unlearning"
 * (Zhang et al., 2024): on a batch of n forget-set responses with policy and frozen-reference
 * log-probabilities,
 *
 * <pre>L = −(2/β) (1/n) Σ_i log σ(−β [log π_θ(y_i|x_i) − log π_ref(y_i|x_i)])
 *   = (2/β) (1/n) Σ_i softplus(β r_i)</pre>
 *
 * with gradient {@code ∂L/∂log π_θ(y_i) = 2 σ(β r_i) / n}. As β → 0 it tends to gradient ascent on
 * the forget log-likelihood (mean log π_θ, up to a constant). Immutable.
 */
public final class NegativePreferenceLoss {

  /** Value and the gradient with respect to the policy log-probabilities. */
  public record Gradient(double value, double[] policy) {}

  private final double beta;

  NegativePreferenceLoss(double beta) {
    this.beta = Stable.positive("npo", "β", beta);
  }

  public double beta() {
    return beta;
  }

  private double[] ratios(double[] policy, double[] reference) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(reference, "reference");
    Stable.nonEmpty(toString(), "policy", policy);
    Stable.sameLength(toString(), "policy", policy, "reference", reference);
    double[] r = new double[policy.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = policy[i] - reference[i];
    }
    return r;
  }

  /** The mean loss over the forget batch. */
  public double value(double[] policy, double[] reference) {
    double[] r = ratios(policy, reference);
    double sum = 0;
    for (double v : r) {
      sum += Stable.softplus(beta * v);
    }
    return 2 / beta * sum / r.length;
  }

  /** The mean loss and its gradient with respect to {@code policy}. */
  public Gradient gradient(double[] policy, double[] reference) {
    double[] r = ratios(policy, reference);
    int n = r.length;
    double sum = 0;
    double[] g = new double[n];
    for (int i = 0; i < n; i++) {
      sum += Stable.softplus(beta * r[i]);
      g[i] = 2 * Stable.sigmoid(beta * r[i]) / n;
    }
    return new Gradient(2 / beta * sum / n, g);
  }

  /** The factory call on {@link PreferenceLosses}, with the exact β. */
  public String recipe() {
    return "npo(" + beta + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NegativePreferenceLoss p && Double.compare(p.beta, beta) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(beta);
  }

  @Override
  public String toString() {
    return "npo(β=" + beta + ")";
  }
}
