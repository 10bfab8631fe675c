package dev.noisebook.train;

import dev.noisebook.check.Parameters;
import dev.noisebook.loss.coupled.ContrastiveLoss;
import java.util.SplittableRandom;

/**
 * A contrastive loss ({@link ContrastiveLoss}: InfoNCE, "Representation Learning with Contrastive
 * Predictive Coding"; DCL) over a linear embedding {@code e = W x} of two views of each example,
 * SimCLR-style: the views are {@code x + σε} and {@code x + σε'} with fresh standard Gaussian noise
 * on every feature (not on the bias), drawn from the loop's seeded stream. The model's outputs are
 * the embedding's coordinates, not classes; labels are ignored.
 *
 * <p>∂L/∂W = Σ_i (∂L/∂a_i) x_aᵢᵀ + (∂L/∂b_i) x_bᵢᵀ, with {@code a_i = W x_a,i}, {@code b_i = W
 * x_b,i}.
 */
public final class ContrastiveObjective implements BatchObjective {
  private final ContrastiveLoss loss;
  private final int dimension;
  private final double viewNoise;

  /**
   * {@code dimension} ≥ 1 embedding coordinates, views perturbed with standard deviation {@code
   * viewNoise} ≥ 0.
   */
  public ContrastiveObjective(ContrastiveLoss loss, int dimension, double viewNoise) {
    this.loss = Parameters.notNull("loss", loss);
    this.dimension = Parameters.atLeast("embedding dimension", dimension, 1);
    this.viewNoise = Parameters.nonNegative("view noise", viewNoise);
  }

  @Override
  public double lossAndGradient(
      double[][] weights, Batch batch, SplittableRandom rng, double[][] gradient) {
    double[][] x = batch.x();
    if (x.length < 2) {
      return 0; // a lone row has no in-batch negative
    }
    double[][] xa = view(x, rng);
    double[][] xb = view(x, rng);
    ContrastiveLoss.Gradient out =
        loss.gradient(ScoreObjective.scores(weights, xa), ScoreObjective.scores(weights, xb));
    accumulate(out.a(), xa, gradient);
    accumulate(out.b(), xb, gradient);
    return out.value();
  }

  private double[][] view(double[][] x, SplittableRandom rng) {
    double[][] v = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      v[i] = x[i].clone();
      for (int j = 0; j < v[i].length - 1; j++) {
        v[i][j] += viewNoise * rng.nextGaussian();
      }
    }
    return v;
  }

  private static void accumulate(double[][] g, double[][] x, double[][] gradient) {
    for (int i = 0; i < x.length; i++) {
      for (int k = 0; k < gradient.length; k++) {
        for (int j = 0; j < x[i].length; j++) {
          gradient[k][j] += g[i][k] * x[i][j];
        }
      }
    }
  }

  /**
   * Gaussian weights of standard deviation 1/√features and a zero bias: a zero embedding has no
   * cosine similarity.
   */
  @Override
  public double[][] initialWeights(int outputs, int features, SplittableRandom rng) {
    double[][] w = new double[outputs][features];
    double sd = 1 / Math.sqrt(features);
    for (double[] row : w) {
      for (int j = 0; j < features - 1; j++) {
        row[j] = sd * rng.nextGaussian();
      }
    }
    return w;
  }

  @Override
  public int outputs(int labels) {
    return dimension;
  }

  @Override
  public boolean probabilistic() {
    return false;
  }

  @Override
  public boolean classifies() {
    return false;
  }

  @Override
  public String recipe() {
    return LossRecipe.of(loss);
  }

  public int dimension() {
    return dimension;
  }

  public double viewNoise() {
    return viewNoise;
  }
}
