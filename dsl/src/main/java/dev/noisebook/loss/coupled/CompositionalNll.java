package dev.noisebook.loss.coupled;

import java.util.Objects;

/**
 * The compositional estimator of the negative log-likelihood of an unnormalised model, "Learning
 * Unnormalized Statistical Models via Compositional Optimization" (Jiang et al., ICML 2023). With
 * the model's unnormalised log-density f_θ and a noise density q, the log partition function is a
 * compositional function of a noise expectation,
 *
 * <pre>NLL(θ) = −E_{p_data}[f_θ(x)] + log E_q[exp(f_θ(y)) / q(y)],</pre>
 *
 * and the inner expectation is tracked across mini-batches by a moving average:
 *
 * <pre>
 *   u_t = (1 − γ) u_{t−1} + γ (1/B_n) Σ_j w_j,   w_j = exp(f_θ(y_j)) / q(y_j)   (u_1 = the first mean)
 *   ∇ = −(1/B_d) Σ_i ∇f_θ(x_i) + (1/u_t)(1/B_n) Σ_j w_j ∇f_θ(y_j)
 * </pre>
 *
 * {@link #step} returns the estimate {@code −mean f(x) + log u_t} and the coefficients of ∇f at
 * each sample. u is kept as log u (the weights are formed in log space), so large scores do not
 * overflow. With γ = 1 there is no memory and the coefficients are the exact gradient of the batch
 * objective {@code −mean f(x) + log mean w}. Unlike NCE ({@link NoiseContrastiveEstimation}) it
 * does not discriminate data from noise; its rate depends on q only through the variance of w.
 *
 * <p><b>Stateful</b>: one estimator per training run ({@link #reset()} starts over); not
 * thread-safe.
 */
public final class CompositionalNll {
  private static final String NAME = "compositionalNll";

  /** The estimate and the coefficients of ∇f_θ at the data and noise samples. */
  public record Step(double value, double[] dataScores, double[] noiseScores, double logU) {}

  private final double gamma;
  private double logU = Double.NaN;

  CompositionalNll(double gamma) {
    Stable.positive(NAME, "γ", gamma);
    if (gamma > 1) {
      throw new IllegalArgumentException(NAME + ": γ must be in (0, 1], got " + gamma);
    }
    this.gamma = gamma;
  }

  public double gamma() {
    return gamma;
  }

  /** log u_t after the last step; NaN before the first. */
  public double logPartitionEstimate() {
    return logU;
  }

  /** Forgets u: the next step starts from its own batch mean. */
  public void reset() {
    logU = Double.NaN;
  }

  /**
   * One mini-batch: model log-scores on data samples, on noise samples and the noise log-density
   * log q at the noise samples. Updates u.
   */
  public Step step(double[] dataScores, double[] noiseScores, double[] noiseLogQ) {
    Objects.requireNonNull(dataScores, NAME + ": dataScores are null");
    Objects.requireNonNull(noiseScores, NAME + ": noiseScores are null");
    Objects.requireNonNull(noiseLogQ, NAME + ": noiseLogQ is null");
    Stable.nonEmpty(NAME, "dataScores", dataScores);
    Stable.nonEmpty(NAME, "noiseScores", noiseScores);
    Stable.sameLength(NAME, "noiseScores", noiseScores, "noiseLogQ", noiseLogQ);
    int bn = noiseScores.length;
    double[] logW = new double[bn];
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < bn; j++) {
      logW[j] = Stable.finite(NAME, "a noise score minus log q", noiseScores[j] - noiseLogQ[j]);
      max = Math.max(max, logW[j]);
    }
    double sum = 0;
    for (double lw : logW) {
      sum += Math.exp(lw - max);
    }
    double logMean = max + Math.log(sum / bn);
    logU =
        Double.isNaN(logU)
            ? logMean
            : logAddExp(Math.log1p(-gamma) + logU, Math.log(gamma) + logMean);
    double meanData = 0;
    double[] data = new double[dataScores.length];
    for (int i = 0; i < data.length; i++) {
      meanData += Stable.finite(NAME, "a data score", dataScores[i]) / data.length;
      data[i] = -1.0 / data.length;
    }
    double[] noise = new double[bn];
    for (int j = 0; j < bn; j++) {
      noise[j] = Math.exp(logW[j] - logU) / bn;
    }
    return new Step(-meanData + logU, data, noise, logU);
  }

  /** log(e^a + e^b); log(1 − γ) is −∞ at γ = 1. */
  private static double logAddExp(double a, double b) {
    if (a == Double.NEGATIVE_INFINITY) {
      return b;
    }
    double max = Math.max(a, b);
    return max + Math.log(Math.exp(a - max) + Math.exp(b - max));
  }

  @Override
  public String toString() {
    return NAME + "(γ=" + gamma + ")";
  }
}
