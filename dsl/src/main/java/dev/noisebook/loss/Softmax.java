package dev.noisebook.loss;

/** Numerically stable softmax pieces in double, shared by the softmax-family losses. */
public final class Softmax {
  private Softmax() {}

  /** log Σ_k e^{z_k}, shifted by the maximum; +∞ or NaN logits propagate. */
  public static double logSumExp(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    if (Double.isInfinite(max)) {
      return max;
    }
    double sum = 0;
    for (double v : z) {
      sum += Math.exp(v - max);
    }
    return max + Math.log(sum);
  }

  /** p_k = e^{z_k − lse} into {@code p}. */
  public static void probabilities(double[] z, double lse, double[] p) {
    for (int k = 0; k < z.length; k++) {
      p[k] = Math.exp(z[k] - lse);
    }
  }

  /**
   * The gradient of a loss f(p_y) that depends on the logits only through the true-class
   * probability: dL/dz_k = (dL/dlog p_y)·(δ_ky − p_k), with {@code dLdLogP} = f'(p_y)·p_y.
   */
  static void throughTrueClass(double[] p, int y, double dLdLogP, double[] gradient) {
    if (gradient == null) {
      return;
    }
    for (int k = 0; k < p.length; k++) {
      gradient[k] = dLdLogP * ((k == y ? 1 : 0) - p[k]);
    }
  }
}
