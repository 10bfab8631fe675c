package dev.noisebook.noise;

import dev.noisebook.check.Parameters;

/**
 * The input (feature) noise models, reached through {@code Noise.inputs()}. Each returns a seeded
 * (seed 0 unless {@code .seed(s)}), immutable {@link InputNoise} applied to every feature value.
 *
 * <pre>{@code
 * Noise.inputs().gaussian(25.0 / 255);     // sigma is a standard deviation
 * Noise.inputs().poisson(0.01);            // zeta * Poisson(x / zeta)
 * Noise.inputs().gamma(100);               // x * Gamma(k, 1/k)
 * Noise.inputs().dropout(0.1);             // zeroed w.p. 0.1, the rest scaled by 1/0.9
 * }</pre>
 */
public final class InputNoises {
  /** The one factory; it has no state. */
  public static final InputNoises INSTANCE = new InputNoises();

  private InputNoises() {}

  /** x̃ = x + σε, ε ~ N(0, 1); <b>σ is the standard deviation</b>. See {@link GaussianNoise}. */
  public GaussianNoise gaussian(double sigma) {
    return new GaussianNoise(sigma);
  }

  /**
   * x̃ = x·exp(σε − σ²/2): mean-preserving multiplicative noise, σ the standard deviation of the
   * log. See {@link LogNormalNoise}.
   */
  public LogNormalNoise logNormal(double sigma) {
    return new LogNormalNoise(sigma);
  }

  /** x̃ = ζ·Poisson(x/ζ), x ≥ 0: mean x, variance ζx. See {@link PoissonNoise}. */
  public PoissonNoise poisson(double zeta) {
    return new PoissonNoise(zeta);
  }

  /** x̃ = x·η, η ~ Gamma(k, 1/k): mean x, variance x²/k. See {@link GammaNoise}. */
  public GammaNoise gamma(double shape) {
    return new GammaNoise(shape);
  }

  /** Zeroed with probability p, kept values scaled by 1/(1 − p). See {@link DropoutNoise}. */
  public DropoutNoise dropout(double rate) {
    return new DropoutNoise(rate, true);
  }

  /** Zeroed with probability p, kept values unchanged (MCAR). See {@link DropoutNoise}. */
  public DropoutNoise mask(double rate) {
    return new DropoutNoise(rate, false);
  }

  /** x̃ = Δ·round(x/Δ), the deterministic quantiser. See {@link QuantisationNoise}. */
  public QuantisationNoise quantise(double step) {
    return new QuantisationNoise(step, true);
  }

  /** x̃ = x + U(−Δ/2, Δ/2), the additive model of quantisation. See {@link QuantisationNoise}. */
  public QuantisationNoise quantisationNoise(double step) {
    return new QuantisationNoise(step, false);
  }

  /**
   * {@link #quantisationNoise(double)} for b bits over [min, max]: Δ = (max − min)/(2^b − 1), as in
   * <i>QuantNAS for super resolution</i>.
   */
  public QuantisationNoise quantisationNoise(int bits, double min, double max) {
    if (bits < 1 || bits > 52) {
      throw new IllegalArgumentException("bits must lie in 1..52, got " + bits);
    }
    Parameters.finite("min", min);
    Parameters.finite("max", max);
    if (!(max > min)) {
      throw new IllegalArgumentException(
          "max must be > min, got " + Text.num(max) + " <= " + Text.num(min));
    }
    return quantisationNoise((max - min) / (Math.pow(2, bits) - 1));
  }

  @Override
  public String toString() {
    return "inputs(): gaussian(sigma), logNormal(sigma), poisson(zeta), gamma(k), dropout(p),"
        + " mask(p), quantise(step), quantisationNoise(step | bits, min, max)";
  }
}
