package dev.noisebook.loss;

import dev.noisebook.Loss;
import dev.noisebook.kernels.Rows;

/**
 * Cross-entropy on logits: ℓ = −log softmax(z)_y = log Σ_k e^{z_k} − z_y, ∂ℓ/∂z = softmax(z) − e_y.
 */
public record CrossEntropyLoss() implements Loss {
  @Override
  public double valueAndGradient(double[] z, int y, double[] gradient) {
    Checks.example(z, y, gradient);
    double lse = Softmax.logSumExp(z);
    if (gradient != null) {
      Softmax.probabilities(z, lse, gradient);
      gradient[y] -= 1;
    }
    return lse - z[y];
  }

  /** The fused native cross-entropy kernel (float32). */
  @Override
  public double batch(float[] logits, Rows rows, int[] labels, float[] values, float[] gradients) {
    return Float32Batch.fused(0, logits, rows, labels, values, gradients);
  }

  @Override
  public String toString() {
    return "CE";
  }
}
