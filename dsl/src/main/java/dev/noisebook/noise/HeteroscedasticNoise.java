package dev.noisebook.noise;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.random.RandomGenerator;

/**
 * Heteroscedastic Gaussian target noise ỹ = y + σ(s)·ε, ε ~ N(0, 1), with the standard deviation
 * σ(s) = σ₀ + σ₁·|s| growing with a per-example value s: a named feature x_f (the location-scale
 * model Y = f(X) + g(X)·N of <i>On the Identifiability and Estimation of Causal Location-Scale
 * Noise Models</i>), or, with no feature named, the clean target y itself (signal-dependent noise).
 * The heteroscedastic setting of <i>Optimal Online Generalized Linear Regression with Stochastic
 * Noise and Its Application to Heteroscedastic Bandits</i>. A missing (sparse) feature counts as 0.
 */
public final class HeteroscedasticNoise extends TargetNoise {

  @Config(mandatory = true, description = "σ₀, the standard deviation at s = 0.")
  private double sigma0;

  @Config(
      mandatory = true,
      description = "σ₁, the growth of the standard deviation per unit of |s|.")
  private double sigma1;

  @Config(
      description = "The feature s whose value the scale grows with; empty for the clean target.")
  private String feature = "";

  private HeteroscedasticNoise() {}

  HeteroscedasticNoise(double sigma0, double sigma1, String feature) {
    this.sigma0 = sigma0;
    this.sigma1 = sigma1;
    this.feature = Parameters.notNull("feature name", feature);
    postConfig();
  }

  @Override
  public void postConfig() {
    Parameters.nonNegative("heteroscedastic sigma0 (a standard deviation)", sigma0);
    Parameters.nonNegative("heteroscedastic sigma1 (the growth of the standard deviation)", sigma1);
  }

  public double sigma0() {
    return sigma0;
  }

  public double sigma1() {
    return sigma1;
  }

  /** The feature the scale grows with, or "" for the clean target. */
  public String feature() {
    return feature;
  }

  /** σ(s) = σ₀ + σ₁|s|. */
  public double sigma(double s) {
    return sigma0 + sigma1 * Math.abs(s);
  }

  @Override
  String scaleFeature() {
    return feature;
  }

  @Override
  public double perturb(double y, double scaleInput, RandomGenerator rng) {
    return y + sigma(scaleInput) * Samplers.normal(rng);
  }

  @Override
  public HeteroscedasticNoise seed(long seed) {
    return withSeed(seed);
  }

  @Override
  public String name() {
    return "heteroscedastic";
  }

  @Override
  Object[] parameters() {
    return new Object[] {
      "sigma0",
      sigma0,
      "sigma1",
      sigma1,
      "scaleOf",
      feature.isEmpty() ? "target" : "'" + feature + "'"
    };
  }
}
