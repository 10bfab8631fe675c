package dev.noisebook.loss;

import dev.noisebook.Loss;
import dev.noisebook.display.Numbers;
import java.util.Objects;

/**
 * Logit clipping, <i>Mitigating Memorization of Noisy Labels by Clipping the Model Prediction</i>
 * (LogitClip): the inner loss at z̃ = z·min(1, τ/‖z‖_p). τ > 0, p ≥ 1 finite (the paper's default p
 * = 2). Where ‖z‖_p > τ, ∂ℓ/∂z_j = (τ/‖z‖)·[h_j − (h·z)/‖z‖ · ∂‖z‖/∂z_j] with h the inner gradient
 * at z̃ and ∂‖z‖/∂z_j = sign(z_j)|z_j|^{p−1}/‖z‖^{p−1}. (The reference code adds 1e-7 to the norm;
 * this does not.)
 */
public record LogitClipped(Loss inner, double tau, double p) implements Loss {
  public LogitClipped {
    Objects.requireNonNull(inner, "the loss to clip is null");
    Checks.positive("logit clip τ", tau);
    if (!(p >= 1) || !Double.isFinite(p)) {
      throw new IllegalArgumentException(
          "logit clip norm order p must be ≥ 1 and finite, got " + p);
    }
  }

  private double norm(double[] z) {
    if (p == 2) {
      double s = 0;
      for (double v : z) {
        s += v * v;
      }
      return Math.sqrt(s);
    }
    double s = 0;
    for (double v : z) {
      s += Math.pow(Math.abs(v), p);
    }
    return Math.pow(s, 1 / p);
  }

  @Override
  public double valueAndGradient(double[] z, int y, double[] gradient) {
    Checks.example(z, y, gradient);
    double n = norm(z);
    if (!(n > tau)) {
      return inner.valueAndGradient(z, y, gradient);
    }
    double[] clipped = new double[z.length];
    for (int k = 0; k < z.length; k++) {
      clipped[k] = z[k] * tau / n;
    }
    double value = inner.valueAndGradient(clipped, y, gradient);
    if (gradient != null) {
      double hz = 0;
      for (int k = 0; k < z.length; k++) {
        hz += gradient[k] * z[k];
      }
      for (int k = 0; k < z.length; k++) {
        double dn = Math.signum(z[k]) * Math.pow(Math.abs(z[k]) / n, p - 1);
        gradient[k] = tau / n * (gradient[k] - hz / n * dn);
      }
    }
    return value;
  }

  @Override
  public boolean probabilistic() {
    return inner.probabilistic();
  }

  @Override
  public String toString() {
    return inner + ".logitClipped(τ=" + Numbers.format(tau) + ", p=" + Numbers.format(p) + ")";
  }
}
