package dev.noisebook.noise;

import dev.noisebook.check.Parameters;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.tribuo.DataSource;
import org.tribuo.regression.Regressor;

/**
 * Additive noise on regression targets: ỹ = y + s(x)·ε with ε from a fixed law and a scale s that
 * is constant (homoscedastic) or varies per example (heteroscedastic). Made by {@link TargetNoises}
 * ({@code Noise.targets()}). Target i of {@link #apply(double[])} receives the same noise as
 * example i of {@link #apply(DataSource)} (the i-th split of the seed's {@link SplittableRandom}).
 */
public abstract sealed class TargetNoise extends NoiseModel
    permits HomoscedasticNoise, HeteroscedasticNoise, StudentTNoise {

  TargetNoise() {}

  @Override
  final String family() {
    return "TargetNoise";
  }

  @Override
  public TargetNoise seed(long seed) {
    return withSeed(seed);
  }

  /**
   * ỹ for one target y; {@code scaleInput} is the value the noise scale depends on (a feature, or y
   * itself) and is ignored by homoscedastic models.
   */
  public abstract double perturb(double y, double scaleInput, RandomGenerator rng);

  /**
   * The feature whose value the scale depends on, or "" when it depends on nothing or on the clean
   * target.
   */
  String scaleFeature() {
    return "";
  }

  /**
   * Noisy targets, drawn from the seed; a scale that depends on a feature needs {@link
   * #apply(double[], double[])}.
   */
  public double[] apply(double[] targets) {
    Parameters.notNull("targets", targets);
    if (!scaleFeature().isEmpty()) {
      throw new IllegalArgumentException(
          name()
              + " noise scales with feature '"
              + scaleFeature()
              + "': pass its values with apply(targets, featureValues)");
    }
    return apply(targets, targets);
  }

  /** Noisy targets, target i scaled by {@code scaleInputs[i]} where the model's scale varies. */
  public double[] apply(double[] targets, double[] scaleInputs) {
    Parameters.notNull("targets", targets);
    Parameters.notNull("scale inputs", scaleInputs);
    if (scaleInputs.length != targets.length) {
      throw new IllegalArgumentException(
          "there are " + targets.length + " targets but " + scaleInputs.length + " scale inputs");
    }
    SplittableRandom root = new SplittableRandom(seed());
    double[] noisy = new double[targets.length];
    for (int i = 0; i < targets.length; i++) {
      noisy[i] = perturb(targets[i], scaleInputs[i], root.split());
    }
    return noisy;
  }

  /**
   * {@code source} with noisy targets; the clean ones stay in {@link NoiseMetadata#CLEAN_TARGET}.
   */
  public TargetNoiseSource apply(DataSource<Regressor> source) {
    return new TargetNoiseSource(source, this);
  }
}
