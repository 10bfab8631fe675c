package dev.noisebook.loss;

/**
 * Early-learning regularisation (ELR), "Early-Learning Regularization Prevents Memorization of
 * Noisy Labels" (Liu et al., NeurIPS 2020): cross-entropy plus a term that keeps the model close to
 * a running average of its own earlier predictions, so it does not come to memorise the wrong
 * labels after the early-learning phase:
 *
 * <pre>
 *   p̂ = clamp(softmax(z), 1e-4, 1 − 1e-4)
 *   t_i ← β t_i + (1 − β) p̂ / Σ_k p̂_k          (the per-example target, updated first, detached)
 *   ℓ = −log softmax(z)_y + λ log(1 − ⟨t_i, p̂⟩)
 * </pre>
 *
 * as the paper's reference code computes it (λ = 3, β = 0.7 on CIFAR-10). Stateful: each training
 * example i keeps a target t_i (zero at the start of a fit), so this is not a {@link
 * dev.noisebook.Loss}; the DSL's mini-batch loop keeps the targets. The gradient with respect to z
 * holds t_i fixed and passes through the clamp only where it is inactive (as torch's clamp does).
 *
 * @param lambda λ ≥ 0, the regulariser's weight
 * @param beta β ∈ [0, 1), the targets' momentum
 */
public record EarlyLearning(double lambda, double beta) {
  /** The clamp on the probabilities, as in the reference code. */
  public static final double CLAMP = 1e-4;

  public EarlyLearning {
    Checks.nonNegative("ELR λ", lambda);
    Checks.inUnitInterval("ELR β", beta, true);
    if (beta >= 1) {
      throw new IllegalArgumentException("ELR β must be < 1, got " + beta);
    }
  }

  /**
   * Updates {@code target} (length K) with this example's clamped prediction, then returns {@link
   * #loss} at the updated target, its gradient in {@code gradient} when that is not null.
   */
  public double step(double[] z, int y, double[] target, double[] gradient) {
    Checks.example(z, y, gradient);
    if (target.length != z.length) {
      throw new IllegalArgumentException(
          "ELR target has length " + target.length + " for " + z.length + " logits");
    }
    double[] p = clamped(probabilities(z));
    double total = 0;
    for (double v : p) {
      total += v;
    }
    for (int j = 0; j < z.length; j++) {
      target[j] = beta * target[j] + (1 - beta) * p[j] / total;
    }
    return loss(z, y, target, gradient);
  }

  /**
   * ℓ = CE(z, y) + λ log(1 − ⟨t, p̂⟩) at a fixed target t; ∂ℓ/∂z into {@code gradient} when not
   * null: p − e_y + λ p ⊙ (h − ⟨h, p⟩) with h = ∂/∂p of the regulariser, zero where the clamp is
   * active.
   */
  public double loss(double[] z, int y, double[] target, double[] gradient) {
    Checks.example(z, y, gradient);
    int k = z.length;
    double[] p = probabilities(z);
    double[] q = clamped(p);
    double agreement = 0;
    for (int j = 0; j < k; j++) {
      agreement += target[j] * q[j];
    }
    double value = Softmax.logSumExp(z) - z[y] + lambda * Math.log(1 - agreement);
    if (gradient != null) {
      double[] h = new double[k];
      double mean = 0;
      for (int j = 0; j < k; j++) {
        boolean active = p[j] >= CLAMP && p[j] <= 1 - CLAMP;
        h[j] = active ? -target[j] / (1 - agreement) : 0;
        mean += h[j] * p[j];
      }
      for (int j = 0; j < k; j++) {
        gradient[j] = p[j] - (j == y ? 1 : 0) + lambda * p[j] * (h[j] - mean);
      }
    }
    return value;
  }

  private static double[] probabilities(double[] z) {
    double[] p = new double[z.length];
    Softmax.probabilities(z, Softmax.logSumExp(z), p);
    return p;
  }

  private static double[] clamped(double[] p) {
    double[] q = new double[p.length];
    for (int j = 0; j < p.length; j++) {
      q[j] = Math.clamp(p[j], CLAMP, 1 - CLAMP);
    }
    return q;
  }
}
