package dev.noisebook.noise;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import dev.noisebook.display.MimeBundle;
import java.util.Arrays;

/**
 * Class-conditional label noise given by its transition matrix, T[i][j] = P(observed j | true i)
 * (row-stochastic; see {@link TransitionMatrix} for how this differs from cleanlab's orientation).
 * The label-noise model of <i>Making Deep Neural Networks Robust to Label Noise: a Loss Correction
 * Approach</i> (Patrini et al.): P(ỹ | x) = Tᵀ P(y | x).
 */
public final class TransitionNoise extends ClassConditionalNoise {

  @Config(mandatory = true, description = "K, the number of classes.")
  private int numClasses;

  @Config(mandatory = true, description = "T row-major: entries[i*K + j] = P(observed j | true i).")
  private double[] entries;

  private TransitionMatrix matrix;

  private TransitionNoise() {}

  TransitionNoise(TransitionMatrix matrix) {
    this.numClasses = matrix.size();
    this.entries = matrix.flat();
    postConfig();
  }

  @Override
  public void postConfig() {
    matrix =
        TransitionMatrix.ofFlat(
            Parameters.notNull("transition matrix entries", entries), numClasses);
  }

  /** T; {@code numClasses} must be its size. */
  @Override
  public TransitionMatrix matrix(int numClasses) {
    if (numClasses != matrix.size()) {
      throw new IllegalArgumentException(
          "the transition matrix is "
              + matrix.size()
              + " x "
              + matrix.size()
              + " but the labels have "
              + numClasses
              + " classes");
    }
    return matrix;
  }

  /** T. */
  public TransitionMatrix matrix() {
    return matrix;
  }

  @Override
  public TransitionNoise seed(long seed) {
    return withSeed(seed);
  }

  /** Its text, and the heatmap of its matrix. */
  @Override
  public MimeBundle mimeBundle() {
    return MimeBundle.text(toString()).withPng(matrix.heatmap().png());
  }

  @Override
  public String name() {
    return "transition";
  }

  @Override
  Object[] parameters() {
    StringBuilder rows = new StringBuilder("[");
    for (int i = 0; i < numClasses; i++) {
      double[] row = Arrays.copyOfRange(entries, i * numClasses, (i + 1) * numClasses);
      rows.append(i == 0 ? "" : ", ").append('[');
      for (int j = 0; j < row.length; j++) {
        rows.append(j == 0 ? "" : ", ").append(Text.num(row[j]));
      }
      rows.append(']');
    }
    return new Object[] {"T", rows.append(']')};
  }
}
