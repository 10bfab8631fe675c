package dev.noisebook.data;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.Random;

/** One-feature regression data: x ~ U[min, max), y = sin(ω·x) + σ·ε. */
public final class Sine extends RegressionGenerator<Sine> {
  @Config(description = "Angular frequency ω.")
  private double frequency = 1;

  @Config(description = "Lower end of x.")
  private double min = -Math.PI;

  @Config(description = "Upper end of x.")
  private double max = Math.PI;

  /** For OLCUT, and {@code Data.sine()}: ω = 1, x in [-π, π), noise 0.1, 1000 samples, seed 1. */
  public Sine() {
    super(0.1);
  }

  /** ω in sin(ω·x). */
  public Sine frequency(double omega) {
    Parameters.positive("frequency", omega);
    return with(s -> s.frequency = omega);
  }

  /** x is drawn uniformly from [min, max). */
  public Sine range(double min, double max) {
    Checks.below("min", min, "max", max);
    return with(
        s -> {
          s.min = min;
          s.max = max;
        });
  }

  @Override
  public int features() {
    return 1;
  }

  @Override
  protected void validate() {
    super.validate();
    Parameters.positive("frequency", frequency);
    Checks.below("min", min, "max", max);
  }

  @Override
  protected Target target(Random rng) {
    return new Target() {
      @Override
      public double[] input(Random r) {
        return Draw.uniforms(1, min, max, r);
      }

      @Override
      public double value(double[] x) {
        return StrictMath.sin(frequency * x[0]);
      }
    };
  }

  @Override
  public String toString() {
    return describe("sine", "frequency", frequency, "min", min, "max", max);
  }
}
