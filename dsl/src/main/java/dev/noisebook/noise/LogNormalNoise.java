package dev.noisebook.noise;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.random.RandomGenerator;

/**
 * Multiplicative log-normal noise x̃ = x·m, ln m ~ N(−σ²/2, σ²), i.e. m = exp(σε − σ²/2): <b>σ is
 * the standard deviation of ln m</b>, and the mean is −σ²/2 so that E[m] = 1 and E[x̃ | x] = x,
 * with Var[x̃ | x] = x²(e^{σ²} − 1). The marginal of geometric Brownian motion, the multiplicative
 * noise of <i>Dale meets Langevin: A Multiplicative Denoising Diffusion Model</i>; signs are kept,
 * zeros stay zero.
 */
public final class LogNormalNoise extends InputNoise {

  @Config(mandatory = true, description = "The standard deviation σ of the log of the multiplier.")
  private double sigma;

  private LogNormalNoise() {}

  LogNormalNoise(double sigma) {
    this.sigma = sigma;
    postConfig();
  }

  @Override
  public void postConfig() {
    Parameters.nonNegative("logNormal sigma (the standard deviation of ln m)", sigma);
  }

  public double sigma() {
    return sigma;
  }

  @Override
  public double perturb(double x, RandomGenerator rng) {
    return x * Math.exp(sigma * Samplers.normal(rng) - sigma * sigma / 2);
  }

  @Override
  public LogNormalNoise seed(long seed) {
    return withSeed(seed);
  }

  @Override
  public String name() {
    return "logNormal";
  }

  @Override
  Object[] parameters() {
    return new Object[] {"sigma", sigma};
  }
}
