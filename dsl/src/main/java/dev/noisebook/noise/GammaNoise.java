package dev.noisebook.noise;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.random.RandomGenerator;

/**
 * Multiplicative Gamma noise x̃ = x·η, η ~ Gamma(shape k, scale 1/k): E[η] = 1 so E[x̃ | x] = x,
 * and Var[x̃ | x] = x²/k, so a larger k is less noise (speckle with k looks). The Gamma model of
 * <i>Noise2Score: Tweedie's Approach to Self-Supervised Image Denoising without Clean Images</i>
 * (Kim and Ye; k = 100 and 50).
 */
public final class GammaNoise extends InputNoise {

  @Config(mandatory = true, description = "The shape k of the Gamma(k, 1/k) multiplier.")
  private double shape;

  private GammaNoise() {}

  GammaNoise(double shape) {
    this.shape = shape;
    postConfig();
  }

  @Override
  public void postConfig() {
    Parameters.positive("gamma shape k", shape);
  }

  /** k. */
  public double shape() {
    return shape;
  }

  @Override
  public double perturb(double x, RandomGenerator rng) {
    return x * Samplers.gamma(shape, rng) / shape;
  }

  @Override
  public GammaNoise seed(long seed) {
    return withSeed(seed);
  }

  @Override
  public String name() {
    return "gamma";
  }

  @Override
  Object[] parameters() {
    return new Object[] {"k", shape};
  }
}
