package dev.noisebook.noise;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.random.RandomGenerator;

/**
 * Heavy-tailed target noise ỹ = y + s·t, t ~ Student-t with ν degrees of freedom: for ν &gt; 2 the
 * noise variance is s²·ν/(ν − 2) (infinite for 1 &lt; ν ≤ 2, undefined mean for ν ≤ 1); ν → ∞ gives
 * N(0, s²). <b>s is a scale, not the standard deviation.</b> The robust regression model of
 * <i>Robust Statistical Modeling Using the t Distribution</i> (Lange, Little and Taylor).
 */
public final class StudentTNoise extends TargetNoise {

  @Config(mandatory = true, description = "ν, the degrees of freedom.")
  private double nu;

  @Config(mandatory = true, description = "s, the scale of the t variate.")
  private double scale;

  private StudentTNoise() {}

  StudentTNoise(double nu, double scale) {
    this.nu = nu;
    this.scale = scale;
    postConfig();
  }

  @Override
  public void postConfig() {
    Parameters.positive("studentT degrees of freedom nu", nu);
    Parameters.nonNegative("studentT scale", scale);
  }

  /** ν. */
  public double nu() {
    return nu;
  }

  public double scale() {
    return scale;
  }

  /** s²·ν/(ν − 2) for ν &gt; 2, else infinite. */
  public double variance() {
    return nu > 2 ? scale * scale * nu / (nu - 2) : Double.POSITIVE_INFINITY;
  }

  @Override
  public double perturb(double y, double scaleInput, RandomGenerator rng) {
    return y + scale * Samplers.studentT(nu, rng);
  }

  @Override
  public StudentTNoise seed(long seed) {
    return withSeed(seed);
  }

  @Override
  public String name() {
    return "studentT";
  }

  @Override
  Object[] parameters() {
    return new Object[] {"nu", nu, "scale", scale};
  }
}
