package dev.noisebook.loss.coupled;

import dev.noisebook.loss.Softmax;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * The compositional negative log-likelihood estimator of "Learning Unnormalized Statistical Models
 * via Compositional Optimization" (Jiang et al., ICML 2023), the paper's alternative to NCE for a
 * model with unnormalised log-density {@code f_θ}. The objective writes the log-partition function
 * as a compositional term over a noise distribution q:
 *
 * <pre>
 * min_θ  −E_{p_data}[f_θ(x)] + log E_q[exp(f_θ(y)) / q(y)]
 * </pre>
 *
 * and the inner expectation is tracked across steps by a moving average. At step t, with B_d data
 * scores f(x_i), B_n noise scores f(y_j) and importance weights w_j = exp(f(y_j))/q(y_j):
 *
 * <pre>
 * u_t   = (1 − γ) u_{t−1} + γ (1/B_n) Σ_j w_j        (u_1 = (1/B_n) Σ_j w_j)
 * value = −(1/B_d) Σ_i f(x_i) + log u_t
 * ∂/∂f(x_i) = −1/B_d,   ∂/∂f(y_j) = w_j / (u_t B_n)
 * </pre>
 *
 * The gradient is the stochastic compositional estimate {@code ∇ = −(1/B_d)Σ∇f(x_i) +
 * (1/u_t)(1/B_n)Σ w_j∇f(y_j)} (chain it through ∇_θ f): the exact gradient of the value with u_t
 * held constant, and the exact gradient of the batch objective when γ = 1 (or at the first step).
 * Formula and update from the catalogue ([A+S]); the first-step initialisation u_1 = batch mean is
 * this class's assumption (the paper's u_0 is not recalled there). Hyper-parameters: γ in (0, 1]
 * (the catalogue's toy uses 0.1 and 0.01 with lr 0.05, batch 64) and q, e.g. N(0, σ_q²) — with q
 * far from the data the weights are heavy-tailed, so {@link Step#effectiveSampleSize()} is
 * reported. Everything is kept in log space (log u, log-sum-exp of the log-weights).
 *
 * <p><b>Stateful:</b> the state is log u ({@link #logU()}, NaN before the first step), the step
 * count ({@link #steps()}) and, for a noise distribution with a sampler, the random stream of
 * {@link #sampleNoise}, seeded at construction; {@link #reset()} restores all three, so a run is
 * deterministic given the seed and the scores. Parameters are immutable; not thread-safe; equality
 * is identity. Make one with {@link ContrastiveLosses#compositionalNll} or {@link
 * ContrastiveLosses#compositionalNllGaussian}.
 */
public final class CompositionalNll {

  /**
   * One step: the value, the gradients with respect to the data and noise scores, log u_t after the
   * update and the effective sample size (Σw)²/Σw² of the noise batch's weights.
   */
  public record Step(
      double value,
      double[] dataScores,
      double[] noiseScores,
      double logU,
      double effectiveSampleSize) {}

  private final double gamma;
  private final String noiseName;
  private final ToDoubleFunction<double[]> logNoiseDensity;
  private final GaussianNoise sampler;
  private final long seed;

  private double logU;
  private long steps;
  private SplittableRandom random;

  CompositionalNll(
      double gamma,
      String noiseName,
      ToDoubleFunction<double[]> logNoiseDensity,
      GaussianNoise sampler,
      long seed) {
    if (!(gamma > 0 && gamma <= 1)) {
      throw new IllegalArgumentException(
          "compositionalNll: γ (moving-average rate) must lie in (0, 1], got " + gamma);
    }
    this.gamma = gamma;
    this.noiseName = Objects.requireNonNull(noiseName, "noiseName");
    this.logNoiseDensity = Objects.requireNonNull(logNoiseDensity, "logNoiseDensity");
    this.sampler = sampler;
    this.seed = seed;
    reset();
  }

  public double gamma() {
    return gamma;
  }

  /** log u_t, the log of the moving-average partition estimate; NaN before the first step. */
  public double logU() {
    return logU;
  }

  /** Steps taken since construction or the last {@link #reset()}. */
  public long steps() {
    return steps;
  }

  /** Forgets u and the step count and restarts the noise stream at the seed. */
  public void reset() {
    logU = Double.NaN;
    steps = 0;
    random = new SplittableRandom(seed);
  }

  /** {@code log q(x)} of the noise distribution. */
  public double logNoiseDensity(double[] x) {
    return logNoiseDensity.applyAsDouble(x);
  }

  /** {@code count} samples from q, drawn from this estimator's seeded stream. */
  public double[][] sampleNoise(int count) {
    if (sampler == null) {
      throw new IllegalArgumentException(
          this + ": this noise density has no sampler; draw the noise samples yourself");
    }
    if (count < 1) {
      throw new IllegalArgumentException(this + ": needs at least 1 noise sample, got " + count);
    }
    return sampler.sample(random, count);
  }

  /** A step with the noise samples; log q is evaluated here. */
  public Step step(double[] dataScores, double[][] noise, double[] noiseScores) {
    Objects.requireNonNull(noise, "noise");
    double[] logQ = new double[noise.length];
    for (int j = 0; j < logQ.length; j++) {
      logQ[j] = logNoiseDensity.applyAsDouble(noise[j]);
    }
    return stepFromLogDensities(dataScores, noiseScores, logQ);
  }

  /** A step from precomputed noise log-densities {@code log q(y_j)}; updates u. */
  public Step stepFromLogDensities(double[] dataScores, double[] noiseScores, double[] noiseLogQ) {
    String name = toString();
    Objects.requireNonNull(dataScores, "dataScores");
    Objects.requireNonNull(noiseScores, "noiseScores");
    Objects.requireNonNull(noiseLogQ, "noiseLogQ");
    Stable.nonEmpty(name, "dataScores", dataScores);
    Stable.nonEmpty(name, "noiseScores", noiseScores);
    Stable.sameLength(name, "noiseScores", noiseScores, "noiseLogQ", noiseLogQ);
    int bn = noiseScores.length;
    double[] logW = new double[bn];
    double[] twice = new double[bn];
    for (int j = 0; j < bn; j++) {
      logW[j] =
          noiseScores[j] - Stable.finite(name, "the noise log-density at a sample", noiseLogQ[j]);
      twice[j] = 2 * logW[j];
    }
    double lse = Softmax.logSumExp(logW);
    double logMean = lse - Math.log(bn);
    logU = steps == 0 ? logMean : logAddExp(Math.log1p(-gamma) + logU, Math.log(gamma) + logMean);
    steps++;
    double data = 0;
    double[] gd = new double[dataScores.length];
    for (int i = 0; i < gd.length; i++) {
      data += dataScores[i];
      gd[i] = -1.0 / gd.length;
    }
    double[] gn = new double[bn];
    for (int j = 0; j < bn; j++) {
      gn[j] = Math.exp(logW[j] - logU) / bn;
    }
    double ess = Math.exp(2 * lse - Softmax.logSumExp(twice));
    return new Step(-data / gd.length + logU, gd, gn, logU, ess);
  }

  private static double logAddExp(double a, double b) {
    double max = Math.max(a, b);
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    return max + Math.log(Math.exp(a - max) + Math.exp(b - max));
  }

  @Override
  public String toString() {
    return "compositionalNll(γ=" + gamma + ", q=" + noiseName + ")";
  }
}
