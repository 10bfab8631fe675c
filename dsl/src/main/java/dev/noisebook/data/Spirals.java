package dev.noisebook.data;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.Random;

/**
 * K interleaved spiral arms, one class each (the CS231n spiral toy, with the noise on the
 * coordinates): the j-th of arm k's n_k points sits at t = (j + 1)/n_k along the arm, radius t and
 * angle 2π·turns·t + 2πk/K, i.e. at (t cos θ, t sin θ); then Gaussian noise of standard deviation
 * {@link #noise} is added to each coordinate. Class sizes as {@link ClassCounts#balanced}.
 */
public final class Spirals extends LabelGenerator<Spirals> {
  @Config(mandatory = true, description = "Number of arms, one class each.")
  private int classes;

  @Config(description = "How many times each arm winds around the centre.")
  private double turns = 1;

  @Config(description = "Standard deviation of the Gaussian noise added to each coordinate.")
  private double noise = 0.05;

  /** For OLCUT. */
  private Spirals() {}

  /** {@code arms} arms of one turn each, noise 0.05, 1000 samples, seed 1. */
  public static Spirals of(int arms) {
    Parameters.atLeast("classes", arms, 2);
    Spirals spirals = new Spirals();
    spirals.classes = arms;
    return spirals;
  }

  /** How many times each arm winds around the centre (> 0). */
  public Spirals turns(double turns) {
    Parameters.positive("turns", turns);
    return with(s -> s.turns = turns);
  }

  /** σ, the standard deviation of the Gaussian noise on each coordinate (0 for none). */
  public Spirals noise(double sigma) {
    Parameters.nonNegative("noise", sigma);
    return with(s -> s.noise = sigma);
  }

  public double turns() {
    return turns;
  }

  public double noise() {
    return noise;
  }

  @Override
  public int classes() {
    return classes;
  }

  @Override
  public int features() {
    return 2;
  }

  @Override
  protected void validate() {
    super.validate();
    Parameters.positive("turns", turns);
    Parameters.nonNegative("noise", noise);
  }

  @Override
  protected PointSampler sampler(Random rng) {
    return (k, j, count, r) -> {
      double t = (j + 1.0) / count;
      double theta = 2 * Math.PI * (turns * t + (double) k / classes);
      return Draw.jitter(
          new double[] {t * StrictMath.cos(theta), t * StrictMath.sin(theta)}, noise, r);
    };
  }

  @Override
  public String toString() {
    return describe("spirals", "classes", classes, "turns", turns, "noise", noise);
  }
}
