package dev.noisebook.data;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.Random;

/**
 * Gaussian blobs: K classes in d dimensions, class k drawn from N(c_k, σ² I), with scikit-learn's
 * {@code make_blobs} definition: the centres c_k are drawn uniformly from the box [-b, b]^d unless
 * given ({@link #centres}), σ ({@link #spread}, {@code cluster_std}) is a standard deviation, and
 * class sizes are {@code n/K} with the first {@code n mod K} classes one larger. The random numbers
 * differ from numpy's: same distribution, different draws.
 *
 * <p>Draw order: the K·d centre coordinates row by row (only when not given), then for each class
 * and point the d coordinates {@code c_k[i] + σ·N(0,1)}.
 *
 * <pre>{@code
 * Data.blobs(10).features(20).samples(5_000).seed(7);          // R5's 10-class mixture
 * Data.blobs(3).spread(2.5).proportions(8, 1, 1);               // overlapping and imbalanced
 * Data.blobs(2).centres(new double[][] {{-1, 0}, {1, 0}});     // fixed centres
 * }</pre>
 */
public final class Blobs extends LabelGenerator<Blobs> {
  /** The half-width b of the centre box unless {@link #box} says otherwise (sklearn's 10). */
  public static final double DEFAULT_BOX = 10;

  @Config(mandatory = true, description = "Number of classes K.")
  private int classes;

  @Config(description = "Number of features d.")
  private int features = 2;

  @Config(description = "Standard deviation of every coordinate around its class centre.")
  private double spread = 1;

  @Config(description = "Centres are drawn uniformly from [-box, box]^d.")
  private double box = DEFAULT_BOX;

  @Config(description = "Class centres, K rows of d, row-major; empty to draw them from the box.")
  private double[] centres = new double[0];

  /** For OLCUT. */
  private Blobs() {}

  /** {@code classes} blobs in 2 dimensions, 1000 samples, σ = 1, centres in [-10, 10]², seed 1. */
  public static Blobs of(int classes) {
    Parameters.atLeast("classes", classes, 2);
    Blobs blobs = new Blobs();
    blobs.classes = classes;
    return blobs;
  }

  /** This data in {@code d} dimensions. */
  public Blobs features(int d) {
    Parameters.atLeast("features", d, 1);
    return with(b -> b.features = d);
  }

  /** σ, the standard deviation of every coordinate around its centre (sklearn's cluster_std). */
  public Blobs spread(double sigma) {
    Parameters.nonNegative("spread", sigma);
    return with(b -> b.spread = sigma);
  }

  /** Centres drawn uniformly from [-b, b]^d (sklearn's {@code center_box=(-b, b)}). */
  public Blobs box(double halfWidth) {
    Parameters.positive("box", halfWidth);
    return with(b -> b.box = halfWidth);
  }

  /**
   * Fixed centres, one row per class, all rows of one length, which becomes {@link #features()}
   * (the box is then unused).
   */
  public Blobs centres(double[][] centres) {
    Parameters.notNull("centres", centres);
    if (centres.length != classes) {
      throw new IllegalArgumentException(
          "centres need one row per class (" + classes + "), got " + centres.length);
    }
    int d = Parameters.notNull("centres[0]", centres[0]).length;
    Parameters.atLeast("length of centres[0]", d, 1);
    double[] flat = new double[classes * d];
    for (int k = 0; k < classes; k++) {
      Parameters.notNull("centres[" + k + "]", centres[k]);
      if (centres[k].length != d) {
        throw new IllegalArgumentException(
            "centres must all have "
                + d
                + " coordinates, as centres[0] has, but centres["
                + k
                + "] has "
                + centres[k].length);
      }
      Checks.allFinite("centres[" + k + "]", centres[k]);
      System.arraycopy(centres[k], 0, flat, k * d, d);
    }
    return with(
        b -> {
          b.features = d;
          b.centres = flat;
        });
  }

  @Override
  public int classes() {
    return classes;
  }

  @Override
  public int features() {
    return features;
  }

  /** σ. */
  public double spread() {
    return spread;
  }

  /** The class centres, given or drawn from the seed: K rows of d. */
  public double[][] centres() {
    validate();
    return centres(new Random(seed));
  }

  private double[][] centres(Random rng) {
    double[][] rows = new double[classes][];
    for (int k = 0; k < classes; k++) {
      rows[k] =
          centres.length > 0
              ? java.util.Arrays.copyOfRange(centres, k * features, (k + 1) * features)
              : Draw.uniforms(features, -box, box, rng);
    }
    return rows;
  }

  @Override
  protected void validate() {
    super.validate();
    Parameters.nonNegative("spread", spread);
    Parameters.positive("box", box);
    if (centres.length > 0 && centres.length != classes * features) {
      throw new IllegalArgumentException(
          "centres must hold classes × features = "
              + classes
              + " × "
              + features
              + " values, got "
              + centres.length
              + " (set features before centres, or leave features to the centres)");
    }
    Checks.allFinite("centres", centres);
  }

  @Override
  protected PointSampler sampler(Random rng) {
    double[][] c = centres(rng);
    return (k, j, count, r) -> Draw.jitter(c[k].clone(), spread, r);
  }

  @Override
  public String toString() {
    return centres.length > 0
        ? describe(
            "blobs", "classes", classes, "features", features, "spread", spread, "centres", "fixed")
        : describe("blobs", "classes", classes, "features", features, "spread", spread, "box", box);
  }
}
