package dev.noisebook.loss;

import dev.noisebook.Loss;
import dev.noisebook.display.Numbers;

/**
 * Generalised cross-entropy, <i>Generalized Cross Entropy Loss for Training Deep Neural Networks
 * with Noisy Labels</i>: ℓ = (1 − p_y^q)/q, q ∈ (0, 1] (the paper's default 0.7; q → 0 is CE, q = 1
 * is MAE/2). ∂ℓ/∂z_k = −p_y^q (δ_ky − p_k).
 */
public record GeneralizedCE(double q) implements Loss {
  public GeneralizedCE {
    Checks.inUnitInterval("GCE q", q, false);
  }

  @Override
  public double valueAndGradient(double[] z, int y, double[] gradient) {
    Checks.example(z, y, gradient);
    double lse = Softmax.logSumExp(z);
    double pq = Math.exp(q * (z[y] - lse));
    if (gradient != null) {
      Softmax.probabilities(z, lse, gradient);
      Softmax.throughTrueClass(gradient, y, -pq, gradient);
    }
    return -Math.expm1(q * (z[y] - lse)) / q;
  }

  @Override
  public String toString() {
    return "GCE(q=" + Numbers.format(q) + ")";
  }
}
