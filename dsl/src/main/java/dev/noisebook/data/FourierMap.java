package dev.noisebook.data;

import dev.noisebook.check.Parameters;
import java.util.Random;

/**
 * Random Fourier features for the Gaussian (RBF) kernel, from "Random Features for Large-Scale
 * Kernel Machines" (Rahimi and Recht, 2007): z(x) = √(2/D)·cos(Wx + b) with W a D × d matrix of
 * independent N(0, 1/σ²) entries and b_i ~ U[0, 2π), so that E[z(x)·z(y)] = k(x, y) = exp(-|x -
 * y|²/(2σ²)), σ the kernel's bandwidth (γ = 1/(2σ²) in scikit-learn's {@code RBFSampler}
 * parameterisation), with error O(1/√D).
 *
 * <p>Seeded: W row by row, then b, from {@code Random(seed)} (W_ij = N(0,1)/σ, b_i = 2π·U[0,1)).
 * The same (d, D, σ, seed) gives the same map, so train and test data map alike.
 */
public final class FourierMap {
  private final int inputDimension;
  private final int dimension;
  private final double sigma;
  private final long seed;
  private final double[][] w;
  private final double[] b;

  /**
   * The map from {@code inputDimension} (d) to {@code dimension} (D) features for the RBF kernel of
   * bandwidth {@code sigma}.
   */
  public FourierMap(int inputDimension, int dimension, double sigma, long seed) {
    check(inputDimension, dimension, sigma);
    this.inputDimension = inputDimension;
    this.dimension = dimension;
    this.sigma = sigma;
    this.seed = seed;
    Random rng = new Random(seed);
    this.w = new double[dimension][];
    for (int i = 0; i < dimension; i++) {
      w[i] = Draw.gaussians(inputDimension, rng);
      for (int j = 0; j < inputDimension; j++) {
        w[i][j] /= sigma;
      }
    }
    this.b = Draw.uniforms(dimension, 0, 2 * Math.PI, rng);
  }

  static void check(int inputDimension, int dimension, double sigma) {
    Parameters.atLeast("input dimension", inputDimension, 1);
    Parameters.atLeast("dimension (the number of random features D)", dimension, 1);
    Parameters.positive("sigma (the RBF bandwidth)", sigma);
  }

  /** z(x) = √(2/D)·cos(Wx + b). */
  public double[] apply(double[] x) {
    if (x.length != inputDimension) {
      throw new IllegalArgumentException(
          "this map takes " + inputDimension + " features, got " + x.length);
    }
    double scale = Math.sqrt(2.0 / dimension);
    double[] z = new double[dimension];
    for (int i = 0; i < dimension; i++) {
      double dot = b[i];
      for (int j = 0; j < inputDimension; j++) {
        dot += w[i][j] * x[j];
      }
      z[i] = scale * StrictMath.cos(dot);
    }
    return z;
  }

  /** z(x)·z(y), the approximation of {@link #kernel}. */
  public double approximateKernel(double[] x, double[] y) {
    double[] zx = apply(x);
    double[] zy = apply(y);
    double sum = 0;
    for (int i = 0; i < dimension; i++) {
      sum += zx[i] * zy[i];
    }
    return sum;
  }

  /** The exact RBF kernel exp(-|x - y|²/(2σ²)). */
  public double kernel(double[] x, double[] y) {
    double squared = 0;
    for (int j = 0; j < x.length; j++) {
      squared += (x[j] - y[j]) * (x[j] - y[j]);
    }
    return StrictMath.exp(-squared / (2 * sigma * sigma));
  }

  /** d. */
  public int inputDimension() {
    return inputDimension;
  }

  /** D. */
  public int dimension() {
    return dimension;
  }

  /** σ. */
  public double sigma() {
    return sigma;
  }

  public long seed() {
    return seed;
  }

  @Override
  public String toString() {
    return Text.call(
        "fourierMap", "inputs", inputDimension, "D", dimension, "sigma", sigma, "seed", seed);
  }
}
