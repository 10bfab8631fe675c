package dev.noisebook.loss;

import dev.noisebook.Loss;
import dev.noisebook.display.Numbers;

/**
 * Reverse cross-entropy, <i>Symmetric Cross Entropy for Robust Learning with Noisy Labels</i>: ℓ =
 * −Σ_k p_k log q_k with q = e_y and log 0 := A, so ℓ = −A(1 − p_y) = −A Σ_{k≠y} p_k. A < 0; the
 * reference code clamps the one-hot target at 1e-4, A = log(1e-4) ≈ −9.21 (the paper writes A =
 * −4). ∂ℓ/∂z_k = A p_y (δ_ky − p_k). (The reference code also clamps p at 1e-7; this does not.)
 */
public record ReverseCE(double a) implements Loss {
  /** log(1e-4), the clamp of the SCE / APL reference code. */
  public static final double REFERENCE_A = Math.log(1e-4);

  public ReverseCE {
    Checks.negative("RCE log-zero constant A", a);
  }

  @Override
  public double valueAndGradient(double[] z, int y, double[] gradient) {
    Checks.example(z, y, gradient);
    double lse = Softmax.logSumExp(z);
    double[] p = gradient != null ? gradient : new double[z.length];
    Softmax.probabilities(z, lse, p);
    double rest = 0;
    for (int k = 0; k < p.length; k++) {
      rest += k == y ? 0 : p[k];
    }
    Softmax.throughTrueClass(p, y, a * p[y], gradient);
    return -a * rest;
  }

  @Override
  public String toString() {
    return "RCE(A=" + Numbers.format(a) + ")";
  }
}
