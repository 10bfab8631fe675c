package dev.noisebook.loss;

import dev.noisebook.Loss;
import dev.noisebook.display.Numbers;

/**
 * The spherical Z-loss, <i>The Z-loss: a shift and scale invariant classification loss belonging to
 * the Spherical Family</i>: the logits are standardised, ẑ_c = (z_c − μ)/σ with μ = Σz/K, σ² =
 * Σz²/K − μ², and ℓ = (1/a)·softplus(a(b − ẑ_y)), a > 0, b real (verify the paper's values for your
 * task; it tunes both). Shift- and scale-invariant in z. ∂ℓ/∂z_j = −sigmoid(a(b − ẑ_y))·(δ_jy − 1/K
 * − ẑ_y ẑ_j/K)/σ. When all logits are equal (σ = 0) ẑ is taken as 0 and the gradient as
 * −sigmoid(ab)·(e_y − 1/K), the direction that raises z_y. Not the log-partition penalty (log Z)²
 * ({@link LogZSquared}); it is not a softmax model, so Tribuo predicts raw scores.
 */
public record SphericalZLoss(double a, double b) implements Loss {
  public SphericalZLoss {
    Checks.positive("spherical Z-loss a", a);
    Checks.finite("spherical Z-loss b", b);
  }

  @Override
  public double valueAndGradient(double[] z, int y, double[] gradient) {
    Checks.example(z, y, gradient);
    int k = z.length;
    double mean = 0;
    for (double v : z) {
      mean += v;
    }
    mean /= k;
    double var = 0;
    for (double v : z) {
      var += (v - mean) * (v - mean);
    }
    double sigma = Math.sqrt(var / k);
    double zy = sigma > 0 ? (z[y] - mean) / sigma : 0;
    double u = a * (b - zy);
    double value = (Math.max(u, 0) + Math.log1p(Math.exp(-Math.abs(u)))) / a;
    if (gradient != null) {
      double s = 1 / (1 + Math.exp(-u));
      for (int j = 0; j < k; j++) {
        double delta = (j == y ? 1 : 0) - 1.0 / k;
        gradient[j] =
            sigma > 0 ? -s * (delta - zy * ((z[j] - mean) / sigma) / k) / sigma : -s * delta;
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
    return "sphericalZLoss(a=" + Numbers.format(a) + ", b=" + Numbers.format(b) + ")";
  }
}
