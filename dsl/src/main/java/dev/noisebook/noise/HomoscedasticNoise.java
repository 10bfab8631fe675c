package dev.noisebook.noise;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.random.RandomGenerator;

/**
 * Homoscedastic Gaussian target noise ỹ = y + σε, ε ~ N(0, 1), the same σ for every example: <b>σ
 * is the standard deviation</b>. The additive noise y = g(w·x) + ε of <i>Optimal Online Generalized
 * Linear Regression with Stochastic Noise and Its Application to Heteroscedastic Bandits</i>.
 */
public final class HomoscedasticNoise extends TargetNoise {

  @Config(mandatory = true, description = "The standard deviation σ of the target noise.")
  private double sigma;

  private HomoscedasticNoise() {}

  HomoscedasticNoise(double sigma) {
    this.sigma = sigma;
    postConfig();
  }

  @Override
  public void postConfig() {
    Parameters.nonNegative("homoscedastic sigma (a standard deviation)", sigma);
  }

  public double sigma() {
    return sigma;
  }

  @Override
  public double perturb(double y, double scaleInput, RandomGenerator rng) {
    return y + sigma * Samplers.normal(rng);
  }

  @Override
  public HomoscedasticNoise seed(long seed) {
    return withSeed(seed);
  }

  @Override
  public String name() {
    return "homoscedastic";
  }

  @Override
  Object[] parameters() {
    return new Object[] {"sigma", sigma};
  }
}
