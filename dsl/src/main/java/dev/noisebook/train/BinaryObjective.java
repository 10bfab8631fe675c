package dev.noisebook.train;

/**
 * A loss over binary scores: with two outputs the score of example i is the margin {@code s_i =
 * z_i1 − z_i0} (so softmax(z_i)_1 = σ(s_i)), and label 1 is the positive class. ∂/∂z_i1 = ∂/∂s_i,
 * ∂/∂z_i0 = −∂/∂s_i.
 */
abstract class BinaryObjective extends ScoreObjective {

  /** The loss of margins {@code s} with labels {@code positive}; ∂(loss)/∂s into {@code g}. */
  abstract double marginLossAndGradient(double[] s, boolean[] positive, double[] g);

  @Override
  final double scoreLossAndGradient(double[][] z, Batch batch, double[][] g) {
    int[] y = batch.y();
    int n = z.length;
    double[] s = new double[n];
    boolean[] positive = new boolean[n];
    for (int i = 0; i < n; i++) {
      s[i] = z[i][1] - z[i][0];
      positive[i] = y[i] == 1;
    }
    double[] gs = new double[n];
    double loss = marginLossAndGradient(s, positive, gs);
    for (int i = 0; i < n; i++) {
      g[i][1] = gs[i];
      g[i][0] = -gs[i];
    }
    return loss;
  }

  @Override
  public final int outputs(int labels) {
    if (labels != 2) {
      throw new IllegalArgumentException(
          recipe() + " needs binary labels (2 classes, the second positive), got " + labels);
    }
    return 2;
  }

  @Override
  public boolean probabilistic() {
    return true;
  }
}
