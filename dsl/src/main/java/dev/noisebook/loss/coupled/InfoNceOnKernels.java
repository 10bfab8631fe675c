package dev.noisebook.loss.coupled;

import dev.noisebook.kernels.CrossEntropy;
import dev.noisebook.kernels.Kernels;
import dev.noisebook.kernels.Rows;
import dev.noisebook.kernels.Transpose;

/**
 * InfoNCE in float32 on {@link Kernels}: the B×B similarities {@code S = U Vᵀ} and the backward
 * products {@code dU = G V}, {@code dV = Gᵀ U} are matrix products ({@code Kernels.gemm}), the row
 * (and column) softmax cross-entropies with their gradient {@code G = ∂L/∂S} one fused kernel call
 * each. Only the O(B·D) work stays in float64 Java: the L2 normalisation and the gradient through
 * it, exactly as on the double path. Those products are the O(B²·D) part that kept a path with only
 * the softmax on the kernels at the speed of the double loops.
 */
final class InfoNceOnKernels {
  private InfoNceOnKernels() {}

  /**
   * Value and (when {@code wantGradient}) gradients with respect to the embeddings {@code u},
   * {@code v} (already normalised for the cosine similarity), as {@code float64} arrays.
   */
  static ContrastiveLoss.Gradient compute(
      Kernels kernels,
      double[][] u,
      double[][] v,
      double temperature,
      boolean symmetric,
      boolean wantGradient) {
    int n = u.length, d = u[0].length;
    Rows embeddings = Rows.of(n, d), square = Rows.of(n, n);
    float[] uf = flat(u), vf = flat(v);
    float[] s = new float[n * n];
    kernels.gemm(Transpose.NO, Transpose.YES, 1f, uf, embeddings, vf, embeddings, 0f, s, square);
    // The mean over rows, halved again when both directions are averaged, folds into the scale.
    CrossEntropy spec =
        CrossEntropy.DEFAULT
            .withTemperature((float) temperature)
            .withGradScale((symmetric ? 0.5f : 1f) / n);
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i;
    }
    float[] loss = new float[n];
    float[] g = wantGradient ? new float[n * n] : null;
    kernels.crossEntropy(s, square, labels, loss, g, spec);
    double value = mean(loss);
    if (symmetric) { // the columns b→a: rows of Sᵀ, whose gradient adds to G transposed
      float[] gColumns = wantGradient ? new float[n * n] : null;
      kernels.crossEntropy(transpose(s, n), square, labels, loss, gColumns, spec);
      value = (value + mean(loss)) / 2;
      if (wantGradient) {
        addTransposed(gColumns, g, n);
      }
    }
    if (!wantGradient) {
      return new ContrastiveLoss.Gradient(value, null, null);
    }
    float[] du = new float[n * d], dv = new float[n * d];
    kernels.gemm(Transpose.NO, Transpose.NO, 1f, g, square, vf, embeddings, 0f, du, embeddings);
    kernels.gemm(Transpose.YES, Transpose.NO, 1f, g, square, uf, embeddings, 0f, dv, embeddings);
    return new ContrastiveLoss.Gradient(value, matrix(du, n, d), matrix(dv, n, d));
  }

  private static double mean(float[] x) {
    double sum = 0;
    for (float v : x) {
      sum += v;
    }
    return sum / x.length;
  }

  private static float[] flat(double[][] x) {
    int d = x[0].length;
    float[] out = new float[x.length * d];
    for (int i = 0; i < x.length; i++) {
      for (int c = 0; c < d; c++) {
        out[i * d + c] = (float) x[i][c];
      }
    }
    return out;
  }

  private static double[][] matrix(float[] x, int n, int d) {
    double[][] out = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < d; c++) {
        out[i][c] = x[i * d + c];
      }
    }
    return out;
  }

  private static float[] transpose(float[] s, int n) {
    float[] t = new float[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        t[j * n + i] = s[i * n + j];
      }
    }
    return t;
  }

  /** to += fromᵀ for n×n matrices. */
  private static void addTransposed(float[] from, float[] to, int n) {
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        to[j * n + i] += from[i * n + j];
      }
    }
  }
}
