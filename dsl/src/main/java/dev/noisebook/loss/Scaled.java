package dev.noisebook.loss;

import dev.noisebook.Loss;
import dev.noisebook.display.Numbers;
import java.util.Objects;

/** ℓ = w·ℓ₀, w ≥ 0. */
public record Scaled(double weight, Loss loss) implements Loss {
  public Scaled {
    Checks.nonNegative("loss weight", weight);
    Objects.requireNonNull(loss, "the loss to scale is null");
  }

  @Override
  public double valueAndGradient(double[] z, int y, double[] gradient) {
    double value = loss.valueAndGradient(z, y, gradient);
    if (gradient != null) {
      for (int k = 0; k < gradient.length; k++) {
        gradient[k] *= weight;
      }
    }
    return weight * value;
  }

  @Override
  public boolean probabilistic() {
    return loss.probabilistic();
  }

  @Override
  public String toString() {
    return Numbers.format(weight)
        + "·"
        + (loss instanceof Sum ? "(" + loss + ")" : loss.toString());
  }
}
