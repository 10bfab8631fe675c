package dev.noisebook.loss.coupled;

import java.util.Objects;

/**
 * A loss on preference pairs (chosen y_w, rejected y_l) computed from the policy's and a frozen
 * reference model's log-probabilities, as in the DPO family. With the margin
 *
 * <pre>h_i = [log π_θ(y_w|x) − log π_ref(y_w|x)] − [log π_θ(y_l|x) − log π_ref(y_l|x)]</pre>
 *
 * the loss of a batch of n pairs is the mean {@code (1/n) Σ_i ℓ(h_i)} of a per-pair function {@code
 * ℓ}; the pairs are coupled through the chosen and rejected responses of the same prompt. Gradients
 * are taken with respect to the policy log-probabilities only (the reference is frozen): {@code
 * ∂L/∂log π_θ(y_w) = ℓ'(h)/n} and {@code ∂L/∂log π_θ(y_l) = −ℓ'(h)/n}.
 *
 * <p>The log-probabilities are sequence log-probabilities as the caller defines them (summed over
 * tokens for DPO; TRL's IPO averages over tokens before the loss — pass averaged values for that).
 * Instances are immutable; make them with {@link PreferenceLosses}.
 */
public final class PreferenceLoss {

  /** The per-pair function ℓ and its derivative. */
  enum Kind {
    DPO,
    IPO,
    SLIC,
    LABEL_SMOOTHED_DPO,
    ROBUST_DPO
  }

  /** Value and gradients of one batch. */
  public record Gradient(double value, double[] policyChosen, double[] policyRejected) {}

  private final Kind kind;
  private final double beta;
  private final double second;

  PreferenceLoss(Kind kind, double beta, double second) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.beta = beta;
    this.second = second;
  }

  /** β (DPO family, SLiC scale) or τ (IPO). */
  public double beta() {
    return beta;
  }

  /** ε (label-smoothed DPO, rDPO), δ (SLiC) or 0. */
  public double secondParameter() {
    return second;
  }

  /** The per-pair loss {@code ℓ(h)} of margin {@code h}. */
  public double perPair(double h) {
    double b = beta * h;
    return switch (kind) {
      case DPO -> Stable.softplus(-b);
      case IPO -> {
        double d = h - 1 / (2 * beta);
        yield d * d;
      }
      case SLIC -> Math.max(0, second - b);
      case LABEL_SMOOTHED_DPO -> (1 - second) * Stable.softplus(-b) + second * Stable.softplus(b);
      case ROBUST_DPO ->
          ((1 - second) * Stable.softplus(-b) - second * Stable.softplus(b)) / (1 - 2 * second);
    };
  }

  /** {@code dℓ/dh} at margin {@code h} (the hinge uses 0 at its kink, as torch's relu does). */
  public double perPairDerivative(double h) {
    double b = beta * h;
    return switch (kind) {
      case DPO -> -beta * Stable.sigmoid(-b);
      case IPO -> 2 * (h - 1 / (2 * beta));
      case SLIC -> second - b > 0 ? -beta : 0;
      case LABEL_SMOOTHED_DPO ->
          -beta * (1 - second) * Stable.sigmoid(-b) + beta * second * Stable.sigmoid(b);
      case ROBUST_DPO ->
          (-beta * (1 - second) * Stable.sigmoid(-b) - beta * second * Stable.sigmoid(b))
              / (1 - 2 * second);
    };
  }

  /** The margins {@code h_i}. */
  public double[] margins(
      double[] policyChosen, double[] policyRejected, double[] refChosen, double[] refRejected) {
    String name = toString();
    Objects.requireNonNull(policyChosen, "policyChosen");
    Objects.requireNonNull(policyRejected, "policyRejected");
    Objects.requireNonNull(refChosen, "refChosen");
    Objects.requireNonNull(refRejected, "refRejected");
    Stable.nonEmpty(name, "policyChosen", policyChosen);
    Stable.sameLength(name, "policyChosen", policyChosen, "policyRejected", policyRejected);
    Stable.sameLength(name, "policyChosen", policyChosen, "refChosen", refChosen);
    Stable.sameLength(name, "policyChosen", policyChosen, "refRejected", refRejected);
    double[] h = new double[policyChosen.length];
    for (int i = 0; i < h.length; i++) {
      h[i] = (policyChosen[i] - refChosen[i]) - (policyRejected[i] - refRejected[i]);
    }
    return h;
  }

  /** The mean loss over the batch. */
  public double value(
      double[] policyChosen, double[] policyRejected, double[] refChosen, double[] refRejected) {
    double[] h = margins(policyChosen, policyRejected, refChosen, refRejected);
    double sum = 0;
    for (double v : h) {
      sum += perPair(v);
    }
    return sum / h.length;
  }

  /** The mean loss and its gradients with respect to the policy log-probabilities. */
  public Gradient gradient(
      double[] policyChosen, double[] policyRejected, double[] refChosen, double[] refRejected) {
    double[] h = margins(policyChosen, policyRejected, refChosen, refRejected);
    int n = h.length;
    double sum = 0;
    double[] gc = new double[n];
    double[] gr = new double[n];
    for (int i = 0; i < n; i++) {
      sum += perPair(h[i]);
      double d = perPairDerivative(h[i]) / n;
      gc[i] = d;
      gr[i] = -d;
    }
    return new Gradient(sum / n, gc, gr);
  }

  /** The factory call on {@link PreferenceLosses} that makes this loss, with exact doubles. */
  public String recipe() {
    return switch (kind) {
      case DPO -> "dpo(" + beta + ")";
      case IPO -> "ipo(" + beta + ")";
      case SLIC -> "slic(" + beta + ", " + second + ")";
      case LABEL_SMOOTHED_DPO -> "dpoLabelSmoothed(" + beta + ", " + second + ")";
      case ROBUST_DPO -> "rdpo(" + beta + ", " + second + ")";
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PreferenceLoss p
        && p.kind == kind
        && Double.compare(p.beta, beta) == 0
        && Double.compare(p.second, second) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, beta, second);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case DPO -> "dpo(β=" + beta + ")";
      case IPO -> "ipo(τ=" + beta + ")";
      case SLIC -> "slic(β=" + beta + ", δ=" + second + ")";
      case LABEL_SMOOTHED_DPO -> "dpoLabelSmoothed(β=" + beta + ", ε=" + second + ")";
      case ROBUST_DPO -> "rdpo(β=" + beta + ", ε=" + second + ")";
    };
  }
}
