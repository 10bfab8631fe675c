package dev.noisebook.loss;

import dev.noisebook.Loss;
import dev.noisebook.kernels.CrossEntropy;
import dev.noisebook.kernels.Kernels;
import dev.noisebook.kernels.Rows;
import java.util.Objects;

/** The float32 batch paths of {@link Loss#batch(float[], Rows, int[], float[], float[])}. */
public final class Float32Batch {
  private Float32Batch() {}

  private static void check(float[] logits, Rows rows, int[] labels, float[] values, float[] g) {
    Objects.requireNonNull(logits, "logits are null");
    Objects.requireNonNull(rows, "rows are null");
    Objects.requireNonNull(labels, "labels are null");
    if (rows.rows() == 0) {
      throw new IllegalArgumentException("the batch is empty");
    }
    if (labels.length != rows.rows()) {
      throw new IllegalArgumentException(
          rows.rows() + " rows of logits but " + labels.length + " labels");
    }
    if (logits.length < rows.span()) {
      throw new IllegalArgumentException(
          "logits hold " + logits.length + " floats but rows " + rows + " need " + rows.span());
    }
    if (g != null && g.length < rows.span()) {
      throw new IllegalArgumentException(
          "gradients hold " + g.length + " floats but rows " + rows + " need " + rows.span());
    }
    if (values != null && values.length < rows.rows()) {
      throw new IllegalArgumentException(
          "values has length " + values.length + " for a batch of " + rows.rows());
    }
  }

  /** Each row in double through {@link Loss#valueAndGradient}. */
  public static double rowByRow(
      Loss loss, float[] logits, Rows rows, int[] labels, float[] values, float[] gradients) {
    check(logits, rows, labels, values, gradients);
    int k = rows.cols();
    double[] z = new double[k];
    double[] g = gradients == null ? null : new double[k];
    double sum = 0;
    for (int r = 0; r < rows.rows(); r++) {
      int at = r * rows.stride();
      for (int j = 0; j < k; j++) {
        z[j] = logits[at + j];
      }
      double v = loss.valueAndGradient(z, labels[r], g);
      if (values != null) {
        values[r] = (float) v;
      }
      if (g != null) {
        for (int j = 0; j < k; j++) {
          gradients[at + j] = (float) g[j];
        }
      }
      sum += v;
    }
    return sum / rows.rows();
  }

  /** The fused native cross-entropy kernel with PyTorch's label smoothing ε/K. */
  static double fused(
      double smoothing, float[] logits, Rows rows, int[] labels, float[] values, float[] g) {
    check(logits, rows, labels, values, g);
    if (rows.cols() < 2) {
      throw new IllegalArgumentException(
          "a classification loss needs at least 2 logits, got " + rows.cols());
    }
    for (int r = 0; r < labels.length; r++) {
      if (labels[r] < 0 || labels[r] >= rows.cols()) {
        throw new IllegalArgumentException(
            "label "
                + labels[r]
                + " of row "
                + r
                + " is outside 0.."
                + (rows.cols() - 1)
                + " (K = "
                + rows.cols()
                + ")");
      }
    }
    float[] out = values != null ? values : new float[rows.rows()];
    Kernels.best()
        .crossEntropy(
            logits,
            rows,
            labels,
            out,
            g,
            CrossEntropy.DEFAULT.withLabelSmoothing((float) smoothing));
    double sum = 0;
    for (int r = 0; r < rows.rows(); r++) {
      sum += out[r];
    }
    return sum / rows.rows();
  }
}
