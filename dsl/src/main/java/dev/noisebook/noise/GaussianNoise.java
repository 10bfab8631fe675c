package dev.noisebook.noise;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.random.RandomGenerator;

/**
 * Additive white Gaussian noise x̃ = x + σ·ε, ε ~ N(0, 1): <b>σ is the standard deviation</b> (the
 * variance is σ²). The noise model of <i>Noise2Score: Tweedie's Approach to Self-Supervised Image
 * Denoising without Clean Images</i> (Kim and Ye; σ = 25/255 and 50/255 on images in [0, 1]).
 */
public final class GaussianNoise extends InputNoise {

  @Config(mandatory = true, description = "The standard deviation σ of the additive noise.")
  private double sigma;

  private GaussianNoise() {}

  GaussianNoise(double sigma) {
    this.sigma = sigma;
    postConfig();
  }

  @Override
  public void postConfig() {
    Parameters.nonNegative("gaussian sigma (a standard deviation)", sigma);
  }

  /** σ, the standard deviation. */
  public double sigma() {
    return sigma;
  }

  @Override
  public double perturb(double x, RandomGenerator rng) {
    return x + sigma * Samplers.normal(rng);
  }

  @Override
  public GaussianNoise seed(long seed) {
    return withSeed(seed);
  }

  @Override
  public String name() {
    return "gaussian";
  }

  @Override
  Object[] parameters() {
    return new Object[] {"sigma", sigma};
  }
}
