package dev.noisebook.train;

import java.util.SplittableRandom;

/**
 * An objective that is a function of the batch's scores {@code z_i = W x_i} only: it supplies
 * ∂(loss)/∂z, and the chain rule {@code ∂/∂W = Σ_i (∂/∂z_i) x_iᵀ} is done here once.
 */
abstract class ScoreObjective implements BatchObjective {

  /** The mean loss of the batch's scores {@code z} (n × K); ∂(loss)/∂z into {@code g}. */
  abstract double scoreLossAndGradient(double[][] z, Batch batch, double[][] g);

  @Override
  public final double lossAndGradient(
      double[][] weights, Batch batch, SplittableRandom rng, double[][] gradient) {
    double[][] x = batch.x();
    double[][] z = scores(weights, x);
    double[][] g = new double[x.length][weights.length];
    double loss = scoreLossAndGradient(z, batch, g);
    for (int i = 0; i < x.length; i++) {
      for (int k = 0; k < weights.length; k++) {
        double gk = g[i][k];
        if (gk != 0) {
          double[] row = gradient[k];
          double[] xi = x[i];
          for (int j = 0; j < xi.length; j++) {
            row[j] += gk * xi[j];
          }
        }
      }
    }
    return loss;
  }

  /** Divides every entry of {@code g} by {@code n}: per-example gradients to the batch mean's. */
  static void mean(double[][] g, int n) {
    for (double[] row : g) {
      for (int k = 0; k < row.length; k++) {
        row[k] /= n;
      }
    }
  }

  /** {@code z_i = W x_i} for each row. */
  static double[][] scores(double[][] weights, double[][] x) {
    double[][] z = new double[x.length][weights.length];
    for (int i = 0; i < x.length; i++) {
      double[] xi = x[i];
      for (int k = 0; k < weights.length; k++) {
        double[] w = weights[k];
        double s = 0;
        for (int j = 0; j < xi.length; j++) {
          s += w[j] * xi[j];
        }
        z[i][k] = s;
      }
    }
    return z;
  }
}
