package dev.noisebook.noise;

import dev.noisebook.Noise;
import dev.noisebook.check.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The variance-exploding forward process
 *
 * <pre>
 *   x_t = x_0 + σ(t)·ε,  ε ~ N(0, I),   σ(t) = σ_min·(σ_max/σ_min)^t,  t ∈ [0, 1]
 * </pre>
 *
 * (a geometric sequence of noise levels), of <i>Generative Modeling by Estimating Gradients of the
 * Data Distribution</i> (Song and Ermon) and the VE SDE of <i>Score-Based Generative Modeling
 * through Stochastic Differential Equations</i> (Song et al.), whose CIFAR-10 setting is σ_min =
 * 0.01, σ_max = 50. The variance of x_t grows to Var x_0 + σ_max². Each sample returns the ε drawn.
 * Seeded and immutable.
 */
public final class VarianceExploding implements Noise {
  private final double sigmaMin;
  private final double sigmaMax;
  private final long seed;

  VarianceExploding(double sigmaMin, double sigmaMax, long seed) {
    this.sigmaMin = Parameters.positive("sigmaMin (a standard deviation)", sigmaMin);
    this.sigmaMax = Parameters.positive("sigmaMax (a standard deviation)", sigmaMax);
    if (!(sigmaMax > sigmaMin)) {
      throw new IllegalArgumentException(
          "sigmaMax must be > sigmaMin, got " + Text.num(sigmaMax) + " <= " + Text.num(sigmaMin));
    }
    this.seed = seed;
  }

  public double sigmaMin() {
    return sigmaMin;
  }

  public double sigmaMax() {
    return sigmaMax;
  }

  @Override
  public long seed() {
    return seed;
  }

  @Override
  public VarianceExploding seed(long newSeed) {
    return new VarianceExploding(sigmaMin, sigmaMax, newSeed);
  }

  /** σ(t) = σ_min·(σ_max/σ_min)^t, the standard deviation of the noise at time t ∈ [0, 1]. */
  public double sigma(double t) {
    Parameters.unitInterval("time t", t);
    return sigmaMin * Math.pow(sigmaMax / sigmaMin, t);
  }

  /**
   * x_t for x_0 at time t ∈ [0, 1], ε drawn from the seed: every call draws the same ε (for the
   * same length of x_0); pass a generator for fresh noise in a training loop.
   */
  public ForwardSample sample(double[] x0, double t) {
    return sample(x0, t, new SplittableRandom(seed));
  }

  /** x_t for x_0 at time t ∈ [0, 1], ε drawn from {@code rng}. */
  public ForwardSample sample(double[] x0, double t, RandomGenerator rng) {
    return ForwardSample.draw(x0, t, 1, sigma(t), rng);
  }

  /** One sample per row at a time drawn uniformly from [0, 1), row i from the i-th split. */
  public List<ForwardSample> sample(double[][] x0) {
    Parameters.notNull("x0", x0);
    SplittableRandom root = new SplittableRandom(seed);
    List<ForwardSample> samples = new ArrayList<>(x0.length);
    for (double[] row : x0) {
      SplittableRandom rng = root.split();
      samples.add(sample(row, rng.nextDouble(), rng));
    }
    return samples;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VarianceExploding v
        && sigmaMin == v.sigmaMin
        && sigmaMax == v.sigmaMax
        && seed == v.seed;
  }

  @Override
  public int hashCode() {
    return (Double.hashCode(sigmaMin) * 31 + Double.hashCode(sigmaMax)) * 31 + Long.hashCode(seed);
  }

  @Override
  public String toString() {
    return Text.call("varianceExploding", "sigmaMin", sigmaMin, "sigmaMax", sigmaMax, "seed", seed)
        + ": x_t = x_0 + sigma(t)·eps";
  }
}
