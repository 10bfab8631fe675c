package dev.noisebook.loss;

import dev.noisebook.Loss;
import java.util.Arrays;

/**
 * The sparsemax loss, <i>From Softmax to Sparsemax: A Sparse Model of Attention and Multi-Label
 * Classification</i>: ℓ = −z_y + ½Σ_{j∈S(z)}(z_j² − τ²) + ½, with sparsemax(z) = max(z − τ, 0),
 * S(z) its support and τ from the sorted logits (k(z) = max{k : 1 + k z_(k) > Σ_{j≤k} z_(j)}, τ =
 * (Σ_{j≤k(z)} z_(j) − 1)/k(z)). ∂ℓ/∂z = sparsemax(z) − e_y. No hyperparameters; it is not a softmax
 * model, so Tribuo predicts raw scores.
 */
public record SparsemaxLoss() implements Loss {
  /** The threshold τ(z) of sparsemax. */
  public static double threshold(double[] z) {
    double[] sorted = z.clone();
    Arrays.sort(sorted);
    double cumulative = 0;
    double tau = 0;
    for (int k = 1; k <= sorted.length; k++) {
      double v = sorted[sorted.length - k];
      cumulative += v;
      if (1 + k * v > cumulative) {
        tau = (cumulative - 1) / k;
      }
    }
    return tau;
  }

  @Override
  public double valueAndGradient(double[] z, int y, double[] gradient) {
    Checks.example(z, y, gradient);
    double tau = threshold(z);
    double value = 0.5 - z[y];
    for (int j = 0; j < z.length; j++) {
      if (z[j] > tau) {
        value += 0.5 * (z[j] * z[j] - tau * tau);
      }
      if (gradient != null) {
        gradient[j] = Math.max(z[j] - tau, 0) - (j == y ? 1 : 0);
      }
    }
    return value;
  }

  @Override
  public boolean probabilistic() {
    return false;
  }

  @Override
  public String toString() {
    return "sparsemax";
  }
}
