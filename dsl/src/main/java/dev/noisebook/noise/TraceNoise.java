package dev.noisebook.noise;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import dev.noisebook.display.MimeBundle;

/**
 * Class-conditional label noise whose transition matrix is drawn at random with a given trace Σ_i
 * T[i][i] (so a mean flip rate of 1 − trace/K under a uniform prior): the "noise matrix from trace"
 * of cleanlab and <i>Confident Learning: Estimating Uncertainty in Dataset Labels</i> (Northcutt et
 * al.), in this library's row orientation (T[i][j] = P(observed j | true i)). How the matrix is
 * drawn is described in {@link #matrix()}; it depends on {@code matrixSeed} (0 by default, as
 * cleanlab's {@code seed=0}), not on the seed of the label flips, so changing {@link #seed(long)}
 * redraws the labels, not the matrix.
 */
public final class TraceNoise extends ClassConditionalNoise {

  @Config(mandatory = true, description = "K, the number of classes.")
  private int numClasses;

  @Config(mandatory = true, description = "The trace of T, in [0, K]; > 1 for a learnable matrix.")
  private double trace;

  @Config(description = "The fraction of off-diagonal entries of each noisy row that are 0.")
  private double zeroNoiseFraction = 0;

  @Config(description = "Whether T is made diagonally dominant and redrawn until learnable.")
  private boolean learnable = true;

  @Config(description = "The seed of the matrix draw (the flips use the seed).")
  private long matrixSeed = 0;

  private TransitionMatrix matrix;

  private TraceNoise() {}

  TraceNoise(int numClasses, double trace, boolean learnable) {
    this.numClasses = numClasses;
    this.trace = trace;
    this.learnable = learnable;
    postConfig();
  }

  @Override
  public void postConfig() {
    Parameters.atLeast("fromTrace numClasses", numClasses, 2);
    Parameters.finite("trace", trace);
    if (trace < 0 || trace > numClasses) {
      throw new IllegalArgumentException(
          "trace must lie in [0, K] = [0, " + numClasses + "], got " + Text.num(trace));
    }
    Parameters.unitInterval("zeroNoiseFraction", zeroNoiseFraction);
    double bound = TraceGenerator.learnableTraceBound(numClasses, zeroNoiseFraction);
    if (learnable && trace <= bound) {
      throw new IllegalArgumentException(
          "a learnable "
              + numClasses
              + " x "
              + numClasses
              + " transition matrix with "
              + TraceGenerator.noiseRatesPerRow(numClasses, zeroNoiseFraction)
              + " noise rate(s) per row needs trace > "
              + Text.sum(bound)
              + " (each diagonal entry must exceed its row's noise rates), got "
              + Text.num(trace)
              + "; use fromTrace("
              + numClasses
              + ", "
              + Text.num(trace)
              + ", false) for any matrix");
    }
    matrix = TraceGenerator.generate(numClasses, trace, zeroNoiseFraction, learnable, matrixSeed);
  }

  /**
   * The drawn T. With m = max(1, round((K − 1)(1 − zeroNoiseFraction))) noise rates per noisy row:
   * the flip rates r_i = 1 − T[i][i] are (K − trace)·Dirichlet(1, ..., 1); row i's rate is split by
   * Dirichlet(1, ..., 1) over m off-diagonal entries chosen at random. When {@code learnable} (the
   * default), r_i is capped below m/(m + 1) and each noise rate below 1 − r_i (excess spread over
   * the others), so every row is diagonally dominant, and draws failing the other {@link
   * Learnability} checks (uniform prior) are rejected, up to 10,000; this needs trace &gt; K/(m +
   * 1), i.e. trace &gt; 1 with no zero rates, as cleanlab requires.
   */
  public TransitionMatrix matrix() {
    return matrix;
  }

  @Override
  public TransitionMatrix matrix(int numClasses) {
    if (numClasses != this.numClasses) {
      throw new IllegalArgumentException(
          "fromTrace made a "
              + this.numClasses
              + " x "
              + this.numClasses
              + " matrix but the labels have "
              + numClasses
              + " classes");
    }
    return matrix;
  }

  /** The same, with a fraction of each noisy row's off-diagonal entries set to 0. */
  public TraceNoise zeroNoiseFraction(double fraction) {
    return copy((TraceNoise n) -> n.zeroNoiseFraction = fraction);
  }

  /** The same with the matrix drawn from another seed. */
  public TraceNoise matrixSeed(long seed) {
    return copy((TraceNoise n) -> n.matrixSeed = seed);
  }

  @Override
  public TraceNoise seed(long seed) {
    return withSeed(seed);
  }

  @Override
  public TraceNoise exact() {
    return (TraceNoise) super.exact();
  }

  @Override
  public TraceNoise bernoulli() {
    return (TraceNoise) super.bernoulli();
  }

  /** Its text, and the heatmap of its matrix. */
  @Override
  public MimeBundle mimeBundle() {
    return MimeBundle.text(toString()).withPng(matrix.heatmap().png());
  }

  @Override
  public String name() {
    return "fromTrace";
  }

  @Override
  Object[] parameters() {
    return new Object[] {
      "numClasses", numClasses,
      "trace", trace,
      "zeroNoiseFraction", zeroNoiseFraction,
      "learnable", learnable,
      "matrixSeed", matrixSeed
    };
  }
}
