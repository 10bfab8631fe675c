package dev.noisebook.loss;

import dev.noisebook.Loss;
import dev.noisebook.display.Numbers;
import java.util.Arrays;

/**
 * Focal loss, <i>Focal Loss for Dense Object Detection</i>, in its softmax form: ℓ = −α_y (1 −
 * p_y)^γ log p_y with p = softmax(z). γ ≥ 0 (the paper's default 2; γ = 0 is CE); α is an optional
 * per-class weight vector (absent: every α_y = 1; the paper's binary α = 0.25 is α = [0.75, 0.25]
 * for classes [background, foreground]). ∂ℓ/∂z_k = −α_y[(1−p_y)^γ − γ(1−p_y)^{γ−1} p_y log
 * p_y](δ_ky − p_k).
 */
public record Focal(double gamma, double[] alpha) implements Loss {
  public Focal {
    Checks.nonNegative("focal γ", gamma);
    if (alpha != null) {
      if (alpha.length == 0) {
        throw new IllegalArgumentException(
            "focal class weights α must be one per class, got none (use focal(γ) for no weights)");
      }
      alpha = alpha.clone();
      for (double a : alpha) {
        Checks.nonNegative("focal class weight α", a);
      }
    }
  }

  @Override
  public double[] alpha() {
    return alpha == null ? null : alpha.clone();
  }

  @Override
  public double valueAndGradient(double[] z, int y, double[] gradient) {
    Checks.example(z, y, gradient);
    if (alpha != null && alpha.length != z.length) {
      throw new IllegalArgumentException(
          "focal has " + alpha.length + " class weights α but there are " + z.length + " logits");
    }
    double w = alpha == null ? 1 : alpha[y];
    double lse = Softmax.logSumExp(z);
    double logP = z[y] - lse;
    double[] p = gradient != null ? gradient : new double[z.length];
    Softmax.probabilities(z, lse, p);
    double q = -Math.expm1(logP); // 1 − p_y, accurate near p_y = 1
    double value = -w * Math.pow(q, gamma) * logP;
    double slope = q == 0 || gamma == 0 ? 0 : gamma * Math.pow(q, gamma - 1) * p[y] * logP;
    Softmax.throughTrueClass(p, y, -w * (Math.pow(q, gamma) - slope), gradient);
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Focal f && f.gamma == gamma && Arrays.equals(f.alpha, alpha);
  }

  @Override
  public int hashCode() {
    return Double.hashCode(gamma) * 31 + Arrays.hashCode(alpha);
  }

  @Override
  public String toString() {
    return "focal(γ="
        + Numbers.format(gamma)
        + (alpha == null ? "" : ", α=" + Arrays.toString(alpha))
        + ")";
  }
}
