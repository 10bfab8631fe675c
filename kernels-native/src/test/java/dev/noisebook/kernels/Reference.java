package dev.noisebook.kernels;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Float64 references for the softmax family, computed from the same float32 inputs the kernels see.
 * The kernels multiply by {@code invT = 1f / temperature} in float (sk.h: "kernels see x * inv_t"),
 * so the references take that float factor, widened to double.
 */
final class Reference {
  private Reference() {}

  /** The float factor the kernels multiply by, widened exactly. */
  static double invT(float temperature) {
    return 1f / temperature;
  }

  /** Gaussian floats with the given mean and standard deviation. */
  static float[] gaussian(SplittableRandom rnd, int n, double mean, double sigma) {
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = (float) (mean + sigma * rnd.nextGaussian());
    }
    return x;
  }

  /** The max of a row in double (NaN if any entry is NaN). */
  static double max(float[] x, int off, int cols) {
    double m = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < cols; j++) {
      double v = x[off + j];
      if (Double.isNaN(v)) {
        return Double.NaN;
      }
      m = Math.max(m, v);
    }
    return m;
  }

  /**
   * log Σ exp(x_j * invT): -inf for an all -inf row, NaN for a row holding NaN or +inf (the
   * documented rule; mathematically +inf).
   */
  static double logSumExp(float[] x, int off, int cols, double invT) {
    double m = max(x, off, cols);
    if (Double.isNaN(m) || m == Double.POSITIVE_INFINITY) {
      return Double.NaN;
    }
    if (m == Double.NEGATIVE_INFINITY) {
      return Double.NEGATIVE_INFINITY;
    }
    double s = 0;
    for (int j = 0; j < cols; j++) {
      s += Math.exp(((double) x[off + j] - m) * invT);
    }
    return m * invT + Math.log(s);
  }

  /** softmax(x * invT) of one row, in double. */
  static double[] softmax(float[] x, int off, int cols, double invT) {
    double[] p = new double[cols];
    double m = max(x, off, cols);
    if (Double.isNaN(m) || m == Double.POSITIVE_INFINITY) {
      Arrays.fill(p, Double.NaN);
      return p;
    }
    if (m == Double.NEGATIVE_INFINITY) {
      return p; // all masked: zeros
    }
    double s = 0;
    for (int j = 0; j < cols; j++) {
      p[j] = Math.exp(((double) x[off + j] - m) * invT);
      s += p[j];
    }
    for (int j = 0; j < cols; j++) {
      p[j] /= s;
    }
    return p;
  }

  /** log softmax(x * invT) of one row: x_j * invT - logsumexp. */
  static double[] logSoftmax(float[] x, int off, int cols, double invT) {
    double lse = logSumExp(x, off, cols, invT);
    double[] y = new double[cols];
    for (int j = 0; j < cols; j++) {
      y[j] = lse == Double.NEGATIVE_INFINITY ? Double.NEGATIVE_INFINITY : x[off + j] * invT - lse;
    }
    return y;
  }

  /** dx = y * (dy - <y, dy>) of one row, in double from the float inputs. */
  static double[] softmaxBackward(float[] y, float[] dy, int off, int cols) {
    double dot = 0;
    for (int j = 0; j < cols; j++) {
      dot += (double) y[off + j] * dy[off + j];
    }
    double[] dx = new double[cols];
    for (int j = 0; j < cols; j++) {
      dx[j] = y[off + j] * (dy[off + j] - dot);
    }
    return dx;
  }

  /** Loss and gradient of one cross-entropy row. */
  record CrossEntropyRow(double loss, double[] grad) {}

  /**
   * The documented cross-entropy: a = x * invT, loss = lse(a) - (1 - eps) a[y] - eps/K Σ a_j, grad
   * = gradScale * invT * (softmax(a) - ((1 - eps) onehot(y) + eps/K)); loss 0 and zero gradient for
   * the ignore index, +inf and zero gradient for an all -inf row.
   */
  static CrossEntropyRow crossEntropy(float[] x, int off, int cols, int label, CrossEntropy spec) {
    double[] grad = new double[cols];
    if (label == spec.ignoreIndex()) {
      return new CrossEntropyRow(0, grad);
    }
    double invT = invT(spec.temperature());
    double eps = spec.labelSmoothing();
    double lse = logSumExp(x, off, cols, invT);
    if (lse == Double.NEGATIVE_INFINITY) {
      return new CrossEntropyRow(Double.POSITIVE_INFINITY, grad);
    }
    double sumA = 0;
    for (int j = 0; j < cols; j++) {
      sumA += x[off + j] * invT;
    }
    double loss = lse - (1 - eps) * x[off + label] * invT;
    if (eps > 0) {
      loss -= eps / cols * sumA;
    }
    double[] p = softmax(x, off, cols, invT);
    double g = spec.gradScale() * invT;
    for (int j = 0; j < cols; j++) {
      double target = eps / cols + (j == label ? 1 - eps : 0);
      grad[j] = g * (p[j] - target);
    }
    return new CrossEntropyRow(loss, grad);
  }

  /**
   * The indices of the k largest entries of a row by a full stable sort: descending value, ties by
   * lower index; -inf entries excluded; padded with -1.
   */
  static int[] topK(float[] x, int off, int cols, int k) {
    Integer[] order =
        IntStream.range(0, cols)
            .filter(j -> x[off + j] != Float.NEGATIVE_INFINITY)
            .boxed()
            .toArray(Integer[]::new);
    // Arrays.sort on objects is stable; == counts as a tie (so -0.0 ties 0.0, as in the kernels).
    Arrays.sort(order, (a, b) -> x[off + b] > x[off + a] ? 1 : x[off + b] < x[off + a] ? -1 : 0);
    int[] top = new int[k];
    for (int i = 0; i < k; i++) {
      top[i] = i < order.length ? order[i] : -1;
    }
    return top;
  }

  /** The ulp of the float nearest to {@code v}, the unit the exp accuracy is measured in. */
  static double floatUlp(double v) {
    return Math.ulp((float) v);
  }
}
