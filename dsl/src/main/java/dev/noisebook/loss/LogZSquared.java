package dev.noisebook.loss;

import dev.noisebook.Loss;
import dev.noisebook.display.Numbers;

/**
 * The log-partition penalty λ·(log Z)², log Z = log Σ_k e^{z_k}: the PaLM / ST-MoE "z-loss"
 * (coefficient 1e-4), the usual fix for output-logit divergence in <i>Small-scale proxies for
 * large-scale Transformer training instabilities</i>. A term to add to a loss ({@code
 * Loss.crossEntropy().plus(Loss.logZSquared(1e-4))}); not the spherical Z-loss ({@link
 * SphericalZLoss}). ∂/∂z = 2λ·log Z·softmax(z). Independent of the label.
 */
public record LogZSquared(double coefficient) implements Loss {
  public LogZSquared {
    Checks.nonNegative("log Z penalty coefficient λ", coefficient);
  }

  @Override
  public double valueAndGradient(double[] z, int y, double[] gradient) {
    Checks.example(z, y, gradient);
    double lse = Softmax.logSumExp(z);
    if (gradient != null) {
      Softmax.probabilities(z, lse, gradient);
      for (int k = 0; k < z.length; k++) {
        gradient[k] *= 2 * coefficient * lse;
      }
    }
    return coefficient * lse * lse;
  }

  @Override
  public String toString() {
    return "logZ²(λ=" + Numbers.format(coefficient) + ")";
  }
}
