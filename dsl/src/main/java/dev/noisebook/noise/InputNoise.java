package dev.noisebook.noise;

import dev.noisebook.check.Parameters;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.random.RandomGenerator;
import org.tribuo.DataSource;
import org.tribuo.Output;

/**
 * Noise on feature values, applied to each value on its own: x̃ = f(x, randomness). Made by {@link
 * InputNoises} ({@code Noise.inputs()}). Seeded: {@link #apply(double[])} with the same model gives
 * the same result every time; pass a {@link RandomGenerator} to draw fresh noise in a loop. Row i
 * of {@link #apply(double[][])} receives the same noise as example i of {@link #apply(DataSource)}
 * (both use the i-th split of the seed's {@link SplittableRandom}).
 */
public abstract sealed class InputNoise extends NoiseModel
    permits GaussianNoise,
        LogNormalNoise,
        PoissonNoise,
        GammaNoise,
        DropoutNoise,
        QuantisationNoise {

  InputNoise() {}

  @Override
  final String family() {
    return "InputNoise";
  }

  @Override
  public InputNoise seed(long seed) {
    return withSeed(seed);
  }

  /** x̃ for one value x. */
  public abstract double perturb(double x, RandomGenerator rng);

  /** x̃ for every value of x, drawn from the seed. */
  public double[] apply(double[] x) {
    return apply(x, new SplittableRandom(seed()));
  }

  /** x̃ for every value of x, drawn from {@code rng}. */
  public double[] apply(double[] x, RandomGenerator rng) {
    return perturbAll(Parameters.notNull("x", x), rng, j -> "value " + j);
  }

  /** x̃ for every row, row i from the i-th split of the seed's generator. */
  public double[][] apply(double[][] rows) {
    Parameters.notNull("rows", rows);
    SplittableRandom root = new SplittableRandom(seed());
    double[][] noisy = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      int row = i;
      noisy[i] =
          perturbAll(
              Parameters.notNull("row " + i, rows[i]),
              root.split(),
              j -> "row " + row + ", value " + j);
    }
    return noisy;
  }

  /**
   * {@code source} with noisy features; the clean ones stay in {@link
   * NoiseMetadata#CLEAN_FEATURES}.
   */
  public <T extends Output<T>> InputNoiseSource<T> apply(DataSource<T> source) {
    return new InputNoiseSource<>(source, this);
  }

  /** Every value perturbed, in order; a rejected value j is reported as {@code where(j)}. */
  final double[] perturbAll(double[] x, RandomGenerator rng, IntFunction<String> where) {
    double[] noisy = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      try {
        noisy[j] = perturb(x[j], rng);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where.apply(j) + ": " + e.getMessage(), e);
      }
    }
    return noisy;
  }
}
