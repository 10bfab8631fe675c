package dev.noisebook.loss;

import dev.noisebook.Loss;
import java.util.Objects;

/** ℓ = ℓ₁ + ℓ₂, ∂ℓ/∂z = ∂ℓ₁/∂z + ∂ℓ₂/∂z. */
public record Sum(Loss first, Loss second) implements Loss {
  public Sum {
    Objects.requireNonNull(first, "the first loss of a sum is null");
    Objects.requireNonNull(second, "the second loss of a sum is null");
  }

  @Override
  public double valueAndGradient(double[] z, int y, double[] gradient) {
    Checks.example(z, y, gradient);
    double value = first.valueAndGradient(z, y, gradient);
    if (gradient == null) {
      return value + second.valueAndGradient(z, y, null);
    }
    double[] other = new double[z.length];
    value += second.valueAndGradient(z, y, other);
    for (int k = 0; k < z.length; k++) {
      gradient[k] += other[k];
    }
    return value;
  }

  @Override
  public boolean probabilistic() {
    return first.probabilistic() && second.probabilistic();
  }

  @Override
  public String toString() {
    return first + " + " + second;
  }
}
