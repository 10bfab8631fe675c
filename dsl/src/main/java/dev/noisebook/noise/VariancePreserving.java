package dev.noisebook.noise;

import dev.noisebook.Noise;
import dev.noisebook.check.Parameters;
import dev.noisebook.schedule.BetaSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The variance-preserving (DDPM) forward process of a {@link BetaSchedule}:
 *
 * <pre>
 *   q(x_t | x_0) = N(√ᾱ_t·x_0, (1 − ᾱ_t)·I),   i.e.   x_t = √ᾱ_t·x_0 + √(1 − ᾱ_t)·ε,  ε ~ N(0, I)
 * </pre>
 *
 * for integer timesteps t = 0 .. T − 1 with ᾱ_t = ∏_{s ≤ t}(1 − β_s); it preserves unit variance
 * (Var x_0 = 1 ⇒ Var x_t = 1). From <i>Denoising Diffusion Probabilistic Models</i> (Ho et al.);
 * the name is from <i>Score-Based Generative Modeling through Stochastic Differential Equations</i>
 * (Song et al.). Each sample returns the ε drawn, the denoising target. Seeded and immutable.
 */
public final class VariancePreserving implements Noise {
  private final BetaSchedule schedule;
  private final double[] alphaBar;
  private final long seed;

  VariancePreserving(BetaSchedule schedule, long seed) {
    this.schedule = Parameters.notNull("beta schedule", schedule);
    this.alphaBar = schedule.alphaBar();
    this.seed = seed;
  }

  public BetaSchedule schedule() {
    return schedule;
  }

  @Override
  public long seed() {
    return seed;
  }

  @Override
  public VariancePreserving seed(long newSeed) {
    return new VariancePreserving(schedule, newSeed);
  }

  /** √ᾱ_t, the factor on x_0. */
  public double signalScale(int t) {
    return Math.sqrt(alphaBar[checked(t)]);
  }

  /** √(1 − ᾱ_t), the standard deviation of the noise. */
  public double noiseStd(int t) {
    return Math.sqrt(1 - alphaBar[checked(t)]);
  }

  /**
   * x_t for x_0 at timestep t, ε drawn from the seed: every call draws the same ε (for the same
   * length of x_0); pass a generator for fresh noise in a training loop.
   */
  public ForwardSample sample(double[] x0, int t) {
    return sample(x0, t, new SplittableRandom(seed));
  }

  /** x_t for x_0 at timestep t, ε drawn from {@code rng}. */
  public ForwardSample sample(double[] x0, int t, RandomGenerator rng) {
    return ForwardSample.draw(x0, t, signalScale(t), noiseStd(t), rng);
  }

  /**
   * One sample per row, each at a timestep drawn uniformly from 0 .. T − 1 (as DDPM training), row
   * i from the i-th split of the seed's generator.
   */
  public List<ForwardSample> sample(double[][] x0) {
    Parameters.notNull("x0", x0);
    SplittableRandom root = new SplittableRandom(seed);
    List<ForwardSample> samples = new ArrayList<>(x0.length);
    for (double[] row : x0) {
      SplittableRandom rng = root.split();
      samples.add(sample(row, rng.nextInt(alphaBar.length), rng));
    }
    return samples;
  }

  private int checked(int t) {
    if (t < 0 || t >= alphaBar.length) {
      throw new IllegalArgumentException(
          "timestep t must lie in 0.."
              + (alphaBar.length - 1)
              + " (T = "
              + alphaBar.length
              + "), got "
              + t);
    }
    return t;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VariancePreserving v && schedule.equals(v.schedule) && seed == v.seed;
  }

  @Override
  public int hashCode() {
    return schedule.hashCode() * 31 + Long.hashCode(seed);
  }

  @Override
  public String toString() {
    return "variancePreserving("
        + schedule.name()
        + ", T="
        + alphaBar.length
        + ", seed="
        + seed
        + "): x_t = sqrt(alphaBar_t)·x_0 + sqrt(1 - alphaBar_t)·eps";
  }
}
