package dev.noisebook.noise;

import dev.noisebook.check.Parameters;

/**
 * The regression target noise models, reached through {@code Noise.targets()}. Each returns a
 * seeded (seed 0 unless {@code .seed(s)}), immutable {@link TargetNoise}.
 *
 * <pre>{@code
 * Noise.targets().homoscedastic(0.5);                  // y + 0.5·N(0, 1)
 * Noise.targets().heteroscedastic(0.1, 0.5, "x");      // y + (0.1 + 0.5|x|)·N(0, 1)
 * Noise.targets().studentT(3, 0.5);                    // y + 0.5·t_3, variance 0.75
 * }</pre>
 */
public final class TargetNoises {
  /** The one factory; it has no state. */
  public static final TargetNoises INSTANCE = new TargetNoises();

  private TargetNoises() {}

  /** ỹ = y + σε; σ is the standard deviation. See {@link HomoscedasticNoise}. */
  public HomoscedasticNoise homoscedastic(double sigma) {
    return new HomoscedasticNoise(sigma);
  }

  /**
   * ỹ = y + (σ₀ + σ₁|y|)ε: the standard deviation grows with the clean target. See {@link
   * HeteroscedasticNoise}.
   */
  public HeteroscedasticNoise heteroscedastic(double sigma0, double sigma1) {
    return new HeteroscedasticNoise(sigma0, sigma1, "");
  }

  /**
   * ỹ = y + (σ₀ + σ₁|x_f|)ε: the standard deviation grows with feature {@code feature}. See {@link
   * HeteroscedasticNoise}.
   */
  public HeteroscedasticNoise heteroscedastic(double sigma0, double sigma1, String feature) {
    Parameters.notNull("feature name", feature);
    if (feature.isBlank()) {
      throw new IllegalArgumentException(
          "feature name must not be blank; use heteroscedastic(sigma0, sigma1) to scale with the"
              + " target");
    }
    return new HeteroscedasticNoise(sigma0, sigma1, feature);
  }

  /** ỹ = y + s·t_ν, variance s²ν/(ν − 2) for ν &gt; 2. See {@link StudentTNoise}. */
  public StudentTNoise studentT(double nu, double scale) {
    return new StudentTNoise(nu, scale);
  }

  @Override
  public String toString() {
    return "targets(): homoscedastic(sigma), heteroscedastic(sigma0, sigma1[, feature]),"
        + " studentT(nu, scale)";
  }
}
