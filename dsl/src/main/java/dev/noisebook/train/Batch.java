package dev.noisebook.train;

/**
 * The rows an objective sees at once: features with the bias 1 last, label ids and, during
 * training, each row's index in the training data (stable across epochs, for objectives that keep
 * per-example state); {@code rows} is null when the loop only evaluates (a validation loss).
 */
public record Batch(double[][] x, int[] y, int[] rows) {

  /** Whether this batch trains (its rows may update per-example state). */
  public boolean training() {
    return rows != null;
  }

  public int size() {
    return y.length;
  }
}
