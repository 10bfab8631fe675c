package dev.noisebook.noise;

import com.oracle.labs.mlrg.olcut.config.Config;
import java.util.List;

/**
 * Label noise that depends only on the true class: a K x K row-stochastic transition matrix T,
 * T[i][j] = P(observed j | true i) ({@link #matrix(int)}), from which every observed label is drawn
 * in the chosen {@link FlipMode} (Bernoulli by default, or exact counts).
 */
public abstract sealed class ClassConditionalNoise extends LabelNoise
    permits SymmetricNoise, PairFlipNoise, TransitionNoise, TraceNoise {

  @Config(
      description = "BERNOULLI: each label drawn from its row of T; EXACT: exact counts per cell.")
  private FlipMode mode = FlipMode.BERNOULLI;

  ClassConditionalNoise() {}

  /** T for {@code numClasses} classes. */
  public abstract TransitionMatrix matrix(int numClasses);

  public FlipMode mode() {
    return mode;
  }

  /** The same noise with exact counts per (true, observed) cell; see {@link FlipMode#EXACT}. */
  public ClassConditionalNoise exact() {
    return copy((ClassConditionalNoise n) -> n.mode = FlipMode.EXACT);
  }

  /** The same noise drawing each label independently; see {@link FlipMode#BERNOULLI}. */
  public ClassConditionalNoise bernoulli() {
    return copy((ClassConditionalNoise n) -> n.mode = FlipMode.BERNOULLI);
  }

  @Override
  public ClassConditionalNoise seed(long seed) {
    return withSeed(seed);
  }

  @Override
  public NoisyLabels apply(int[] labels, int numClasses) {
    Checks.labels(labels, numClasses);
    double[][] t = matrix(numClasses).rows();
    return new NoisyLabels(labels, Flips.draw(labels, t, mode, seed()), numClasses);
  }

  /** The features are not used: the noise depends on the true class only. */
  @Override
  public NoisyLabels apply(double[][] features, int[] labels, int numClasses) {
    return apply(labels, numClasses);
  }

  @Override
  final boolean needsFeatures() {
    return false;
  }

  @Override
  List<Object> settings() {
    List<Object> settings = super.settings();
    settings.addAll(0, List.of("mode", mode.name().toLowerCase(java.util.Locale.ROOT)));
    return settings;
  }

  static void checkClasses(String model, int numClasses) {
    if (numClasses < 2) {
      throw new IllegalArgumentException(
          model + " noise needs at least 2 classes, got " + numClasses);
    }
  }
}
