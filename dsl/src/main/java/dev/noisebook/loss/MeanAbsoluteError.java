package dev.noisebook.loss;

import dev.noisebook.Loss;

/**
 * Mean absolute error on probabilities, ℓ = ‖softmax(z) − e_y‖₁ = 2 − 2p_y (symmetric, so robust to
 * symmetric label noise; <i>Robust Loss Functions under Label Noise for Deep Neural Networks</i>;
 * used as the passive loss of NCE+MAE in <i>Normalized Loss Functions for Deep Learning with Noisy
 * Labels</i>). ∂ℓ/∂z_k = −2p_y (δ_ky − p_k).
 */
public record MeanAbsoluteError() implements Loss {
  @Override
  public double valueAndGradient(double[] z, int y, double[] gradient) {
    Checks.example(z, y, gradient);
    double lse = Softmax.logSumExp(z);
    double[] p = gradient != null ? gradient : new double[z.length];
    Softmax.probabilities(z, lse, p);
    double py = p[y];
    double rest = 0;
    for (int k = 0; k < p.length; k++) {
      rest += k == y ? 0 : p[k];
    }
    Softmax.throughTrueClass(p, y, -2 * py, gradient);
    return 2 * rest; // 2 − 2p_y without cancellation
  }

  @Override
  public String toString() {
    return "MAE";
  }
}
