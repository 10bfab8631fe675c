package dev.noisebook.train;

/**
 * The rows an objective sees at once: features with the bias 1 last, label ids, each row's index in
 * the training data (stable across epochs, for objectives that keep per-example state or read
 * per-row side information; null where the caller has none), and whether the batch trains (its rows
 * may update per-example state) or only evaluates (a validation loss).
 */
public record Batch(double[][] x, int[] y, int[] rows, boolean training) {

  /** A batch that trains when it has row indices and only evaluates when {@code rows} is null. */
  public Batch(double[][] x, int[] y, int[] rows) {
    this(x, y, rows, rows != null);
  }

  public int size() {
    return y.length;
  }
}
