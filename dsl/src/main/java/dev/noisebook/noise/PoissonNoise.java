package dev.noisebook.noise;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.random.RandomGenerator;

/**
 * Scaled Poisson (shot) noise x̃ = ζ·Poisson(x/ζ) for x ≥ 0: E[x̃ | x] = x, Var[x̃ | x] = ζx, so a
 * smaller ζ is less noise. The Poisson model of <i>Noise2Score: Tweedie's Approach to
 * Self-Supervised Image Denoising without Clean Images</i> (Kim and Ye; ζ = 0.01 and 0.05 on images
 * in [0, 1]). A negative x is rejected: it is a rate.
 */
public final class PoissonNoise extends InputNoise {

  @Config(mandatory = true, description = "The scale ζ: x~ = ζ·Poisson(x/ζ).")
  private double zeta;

  private PoissonNoise() {}

  PoissonNoise(double zeta) {
    this.zeta = zeta;
    postConfig();
  }

  @Override
  public void postConfig() {
    Parameters.positive("poisson zeta (the scale)", zeta);
  }

  public double zeta() {
    return zeta;
  }

  @Override
  public double perturb(double x, RandomGenerator rng) {
    if (!(x >= 0) || Double.isInfinite(x)) {
      throw new IllegalArgumentException(
          "poisson noise needs x >= 0 (x/zeta is a Poisson mean), got " + Text.num(x));
    }
    return zeta * Samplers.poisson(x / zeta, rng);
  }

  @Override
  public PoissonNoise seed(long seed) {
    return withSeed(seed);
  }

  @Override
  public String name() {
    return "poisson";
  }

  @Override
  Object[] parameters() {
    return new Object[] {"zeta", zeta};
  }
}
