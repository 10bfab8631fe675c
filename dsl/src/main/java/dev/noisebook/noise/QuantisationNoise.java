package dev.noisebook.noise;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.random.RandomGenerator;

/**
 * Uniform quantisation with step Δ, in two forms, two names:
 *
 * <ul>
 *   <li><b>{@code quantise(Δ)}</b>: the actual quantiser x̃ = Δ·round(x/Δ) (ties to even, as
 *       numpy's {@code round}); deterministic, error in [−Δ/2, Δ/2].
 *   <li><b>{@code quantisationNoise(Δ)}</b>: its additive noise model x̃ = x + u, u ~ U(−Δ/2, Δ/2),
 *       variance Δ²/12, which "approximates model degradation after quantization" in <i>QuantNAS
 *       for super resolution: searching for efficient quantization-friendly architectures against
 *       quantization noise</i>.
 * </ul>
 *
 * For b bits over [min, max], Δ = (max − min)/(2^b − 1); see {@link
 * InputNoises#quantisationNoise(int, double, double)}.
 */
public final class QuantisationNoise extends InputNoise {

  @Config(mandatory = true, description = "The quantisation step Δ.")
  private double step;

  @Config(
      description = "Whether x is rounded to the grid (true) or gets U(-Δ/2, Δ/2) added (false).")
  private boolean rounding = false;

  private QuantisationNoise() {}

  QuantisationNoise(double step, boolean rounding) {
    this.step = step;
    this.rounding = rounding;
    postConfig();
  }

  @Override
  public void postConfig() {
    Parameters.positive("quantisation step", step);
  }

  /** Δ. */
  public double step() {
    return step;
  }

  public boolean isRounding() {
    return rounding;
  }

  @Override
  public double perturb(double x, RandomGenerator rng) {
    return rounding ? step * Math.rint(x / step) : x + step * (rng.nextDouble() - 0.5);
  }

  @Override
  public QuantisationNoise seed(long seed) {
    return withSeed(seed);
  }

  @Override
  public String name() {
    return rounding ? "quantise" : "quantisationNoise";
  }

  @Override
  Object[] parameters() {
    return new Object[] {"step", step};
  }
}
