package dev.noisebook.loss;

import dev.noisebook.Loss;
import dev.noisebook.display.Numbers;
import dev.noisebook.kernels.Rows;

/**
 * Label-smoothed cross-entropy, PyTorch's convention ({@code label_smoothing=α}): the target is q =
 * (1−α)e_y + α/K on every class, ℓ = −Σ_k q_k log p_k = (1−α)·CE + (α/K)·Σ_k (lse − z_k), ∂ℓ/∂z = p
 * − q. (timm and fairseq put α/(K−1) on the non-targets instead.) α ∈ [0, 1].
 */
public record LabelSmoothedCE(double alpha) implements Loss {
  public LabelSmoothedCE {
    Checks.inUnitInterval("label smoothing α", alpha, true);
  }

  @Override
  public double valueAndGradient(double[] z, int y, double[] gradient) {
    Checks.example(z, y, gradient);
    int k = z.length;
    double lse = Softmax.logSumExp(z);
    double sum = 0;
    for (double v : z) {
      sum += lse - v;
    }
    if (gradient != null) {
      Softmax.probabilities(z, lse, gradient);
      for (int j = 0; j < k; j++) {
        gradient[j] -= alpha / k;
      }
      gradient[y] -= 1 - alpha;
    }
    return (1 - alpha) * (lse - z[y]) + alpha / k * sum;
  }

  /** The fused native cross-entropy kernel (float32). */
  @Override
  public double batch(float[] logits, Rows rows, int[] labels, float[] values, float[] gradients) {
    return Float32Batch.fused(alpha, logits, rows, labels, values, gradients);
  }

  @Override
  public String toString() {
    return "labelSmoothedCE(α=" + Numbers.format(alpha) + ")";
  }
}
