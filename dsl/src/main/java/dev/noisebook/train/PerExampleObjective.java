package dev.noisebook.train;

import dev.noisebook.Loss;
import dev.noisebook.check.Parameters;
import dev.noisebook.kernels.Rows;

/**
 * A per-example {@link Loss} averaged over the batch. With {@code nativeKernels} a loss that has a
 * fused float32 kernel (cross-entropy, label-smoothed CE: {@code Kernels.best().crossEntropy})
 * computes its values and gradients there; every other loss, and every loss without it, runs in
 * double through {@link Loss#batch(double[][], int[], double[], double[][])}. The two paths agree
 * to float precision.
 */
public final class PerExampleObjective extends ScoreObjective {
  private final Loss loss;
  private final boolean fused;

  public PerExampleObjective(Loss loss, boolean nativeKernels) {
    this.loss = Parameters.notNull("loss", loss);
    this.fused = nativeKernels && hasFusedKernel(loss);
  }

  /** Whether {@code loss} overrides the float32 batch (its fused native kernel). */
  static boolean hasFusedKernel(Loss loss) {
    try {
      return loss.getClass()
              .getMethod(
                  "batch", float[].class, Rows.class, int[].class, float[].class, float[].class)
              .getDeclaringClass()
          != Loss.class;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("Loss.batch(float[], ...) is missing", e);
    }
  }

  /** Whether this objective runs on the fused native kernel. */
  public boolean usesKernels() {
    return fused;
  }

  @Override
  double scoreLossAndGradient(double[][] z, Batch batch, double[][] g) {
    int[] y = batch.y();
    int n = z.length;
    double mean = fused ? float32(z, y, g) : loss.batch(z, y, null, g);
    mean(g, n);
    return mean;
  }

  private double float32(double[][] z, int[] y, double[][] g) {
    int n = z.length;
    int k = z[0].length;
    float[] logits = new float[n * k];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        logits[i * k + j] = (float) z[i][j];
      }
    }
    double mean = loss.batch(logits, Rows.of(n, k), y, null, logits);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        g[i][j] = logits[i * k + j];
      }
    }
    return mean;
  }

  @Override
  public boolean probabilistic() {
    return loss.probabilistic();
  }

  @Override
  public String recipe() {
    return LossRecipe.of(loss);
  }
}
