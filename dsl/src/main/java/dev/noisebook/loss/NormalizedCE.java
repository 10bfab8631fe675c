package dev.noisebook.loss;

import dev.noisebook.Loss;

/**
 * Normalised cross-entropy, <i>Normalized Loss Functions for Deep Learning with Noisy Labels</i>: ℓ
 * = log p_y / Σ_k log p_k = a/b with a = lse − z_y, b = K·lse − Σ_k z_k; ∈ [0, 1]. ∂ℓ/∂z_j = [(p_j
 * − δ_jy)·b − a·(K p_j − 1)]/b². (Not noise-contrastive estimation, nor InfoNCE.)
 */
public record NormalizedCE() implements Loss {
  @Override
  public double valueAndGradient(double[] z, int y, double[] gradient) {
    Checks.example(z, y, gradient);
    int k = z.length;
    double lse = Softmax.logSumExp(z);
    double a = lse - z[y];
    double b = 0;
    for (double v : z) {
      b += lse - v;
    }
    if (gradient != null) {
      Softmax.probabilities(z, lse, gradient);
      for (int j = 0; j < k; j++) {
        double p = gradient[j];
        gradient[j] = ((p - (j == y ? 1 : 0)) * b - a * (k * p - 1)) / (b * b);
      }
    }
    return a / b;
  }

  @Override
  public String toString() {
    return "NCE";
  }
}
