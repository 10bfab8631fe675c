package dev.noisebook.loss.coupled;

import java.util.Objects;

/**
 * Soft (set) Dice loss over a whole batch of predicted probabilities {@code p_i ∈ [0, 1]} and
 * targets {@code y_i ∈ [0, 1]}, which couples every example through the sums:
 *
 * <pre>L = 1 − (2 Σ_i p_i y_i + γ) / (Σ_i p_i² + Σ_i y_i² + γ)</pre>
 *
 * the squared-denominator form of "Dice Loss for Data-imbalanced NLP Tasks" (Li et al., 2020) and
 * V-Net; {@link #linearDenominator()} uses {@code Σ p_i + Σ y_i} instead. γ &gt; 0 smooths the
 * empty case. Gradients are with respect to the probabilities (chain through the sigmoid or softmax
 * yourself). Immutable; make one with {@link SetLosses#softDice(double)}.
 */
public final class SoftDiceLoss {

  /** Value and the gradient with respect to the probabilities. */
  public record Gradient(double value, double[] probabilities) {}

  private final double gamma;
  private final boolean squared;

  SoftDiceLoss(double gamma, boolean squared) {
    this.gamma = Stable.positive("softDice", "smoothing γ", gamma);
    this.squared = squared;
  }

  public double gamma() {
    return gamma;
  }

  public boolean isSquared() {
    return squared;
  }

  /** Denominator {@code Σ p_i + Σ y_i + γ}. */
  public SoftDiceLoss linearDenominator() {
    return new SoftDiceLoss(gamma, false);
  }

  public double value(double[] probabilities, double[] targets) {
    return compute(probabilities, targets, false).value();
  }

  public Gradient gradient(double[] probabilities, double[] targets) {
    return compute(probabilities, targets, true);
  }

  private Gradient compute(double[] p, double[] y, boolean wantGradient) {
    Objects.requireNonNull(p, "probabilities");
    Objects.requireNonNull(y, "targets");
    String name = toString();
    Stable.nonEmpty(name, "probabilities", p);
    Stable.sameLength(name, "probabilities", p, "targets", y);
    double inter = 0;
    double denom = gamma;
    for (int i = 0; i < p.length; i++) {
      if (!(p[i] >= 0 && p[i] <= 1) || !(y[i] >= 0 && y[i] <= 1)) {
        throw new IllegalArgumentException(
            name
                + ": probabilities and targets must lie in [0, 1], got p["
                + i
                + "] = "
                + p[i]
                + ", y["
                + i
                + "] = "
                + y[i]);
      }
      inter += p[i] * y[i];
      denom += squared ? p[i] * p[i] + y[i] * y[i] : p[i] + y[i];
    }
    double numer = 2 * inter + gamma;
    double value = 1 - numer / denom;
    if (!wantGradient) {
      return new Gradient(value, null);
    }
    double[] g = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      double dDenom = squared ? 2 * p[i] : 1;
      g[i] = -(2 * y[i] * denom - numer * dDenom) / (denom * denom);
    }
    return new Gradient(value, g);
  }

  /** The factory call on {@link SetLosses} that makes this loss, with the exact parameter. */
  public String recipe() {
    return "softDice(" + gamma + ")" + (squared ? "" : ".linearDenominator()");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SoftDiceLoss d
        && Double.compare(d.gamma, gamma) == 0
        && d.squared == squared;
  }

  @Override
  public int hashCode() {
    return Objects.hash(gamma, squared);
  }

  @Override
  public String toString() {
    return "softDice(γ=" + gamma + (squared ? ")" : ", linear denominator)");
  }
}
