package dev.noisebook.loss;

import dev.noisebook.Loss;
import dev.noisebook.display.Numbers;

/**
 * Normalised focal loss, <i>Normalized Loss Functions for Deep Learning with Noisy Labels</i>: ℓ =
 * FL_y / Σ_k FL_k with FL_k = −(1 − p_k)^γ log p_k, γ ≥ 0 (γ = 0 is NCE). With c_k = ∂FL_k/∂log
 * p_k: ∂ℓ/∂z_j = [c_y(δ_jy − p_j)·S − FL_y·(c_j − p_j Σ_k c_k)]/S², S = Σ_k FL_k.
 */
public record NormalizedFocal(double gamma) implements Loss {
  public NormalizedFocal {
    Checks.nonNegative("normalised focal γ", gamma);
  }

  @Override
  public double valueAndGradient(double[] z, int y, double[] gradient) {
    Checks.example(z, y, gradient);
    int n = z.length;
    double lse = Softmax.logSumExp(z);
    double[] fl = new double[n];
    double[] c = new double[n];
    double[] p = new double[n];
    double s = 0;
    double sumC = 0;
    for (int k = 0; k < n; k++) {
      double logP = z[k] - lse;
      p[k] = Math.exp(logP);
      double q = -Math.expm1(logP);
      double qg = Math.pow(q, gamma);
      fl[k] = -qg * logP;
      double slope = q == 0 || gamma == 0 ? 0 : gamma * Math.pow(q, gamma - 1) * p[k] * logP;
      c[k] = -(qg - slope);
      s += fl[k];
      sumC += c[k];
    }
    if (gradient != null) {
      for (int j = 0; j < n; j++) {
        double dFy = c[y] * ((j == y ? 1 : 0) - p[j]);
        double dS = c[j] - p[j] * sumC;
        gradient[j] = (dFy * s - fl[y] * dS) / (s * s);
      }
    }
    return fl[y] / s;
  }

  @Override
  public String toString() {
    return "NFL(γ=" + Numbers.format(gamma) + ")";
  }
}
