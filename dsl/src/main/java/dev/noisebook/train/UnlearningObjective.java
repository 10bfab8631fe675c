package dev.noisebook.train;

import dev.noisebook.check.Parameters;
import dev.noisebook.loss.Softmax;
import dev.noisebook.loss.coupled.NegativePreferenceLoss;

/**
 * Unlearning with NPO ({@link NegativePreferenceLoss}, "Negative Preference Optimization: From
 * Catastrophic Collapse to Effective Unlearning") plus the retain loss, the paper's NPO+RT, on the
 * softmax policy {@code π_θ(y|x) = softmax(W x)_y} against a frozen reference whose
 * log-probabilities the data carries ({@link ReferenceRows}). With F the batch's forget rows
 * (metadata {@value ReferenceRows#FORGET}), R its retain rows and r_i = log π_θ(y_i|x_i) − log
 * π_ref(y_i|x_i):
 *
 * <pre>
 *   L = (1/n) [ Σ_{i∈F} (2/β) softplus(β r_i) − Σ_{i∈R} log π_θ(y_i|x_i) ]
 *   ∂L/∂z_i = (1/n) 2σ(β r_i) (e_{y_i} − p_i)  (i ∈ F),   (1/n) (p_i − e_{y_i})  (i ∈ R)
 * </pre>
 *
 * The forget term pushes π_θ(y_i|x_i) below the reference's, with a weight σ(β r_i) that fades once
 * it is there (unlike gradient ascent, which it becomes as β → 0); the retain term is
 * cross-entropy.
 */
public final class UnlearningObjective extends ReferenceObjective<NegativePreferenceLoss> {

  /** The template of NPO+RT with {@code npo}, bound to each fit's data by {@link #forData}. */
  public UnlearningObjective(NegativePreferenceLoss npo) {
    this(Parameters.notNull("npo", npo), null);
  }

  UnlearningObjective(NegativePreferenceLoss npo, ReferenceRows rows) {
    super(npo, rows);
  }

  @Override
  BatchObjective bind(ReferenceRows bound) {
    return new UnlearningObjective(loss, bound);
  }

  @Override
  double scoreLossAndGradient(double[][] z, Batch batch, double[][] g) {
    int[] index = index(batch);
    int n = z.length;
    int[] y = batch.y();
    double[][] p = new double[n][];
    int forgotten = 0;
    for (int i = 0; i < n; i++) {
      forgotten += rows.forget()[index[i]] ? 1 : 0;
    }
    double[] policy = new double[forgotten];
    double[] reference = new double[forgotten];
    double retain = 0;
    for (int i = 0, f = 0; i < n; i++) {
      double lse = Softmax.logSumExp(z[i]);
      p[i] = new double[z[i].length];
      Softmax.probabilities(z[i], lse, p[i]);
      double logP = z[i][y[i]] - lse;
      if (rows.forget()[index[i]]) {
        policy[f] = logP;
        reference[f++] = rows.logProbs()[index[i]][y[i]];
      } else {
        retain -= logP;
        for (int k = 0; k < p[i].length; k++) {
          g[i][k] = (p[i][k] - (k == y[i] ? 1 : 0)) / n;
        }
      }
    }
    double forget = 0;
    if (forgotten > 0) {
      NegativePreferenceLoss.Gradient d = loss.gradient(policy, reference);
      forget = d.value() * forgotten;
      for (int i = 0, f = 0; i < n; i++) {
        if (rows.forget()[index[i]]) {
          // d.policy()[f] = 2σ(βr)/|F|; the batch mean divides by n instead.
          double scale = d.policy()[f++] * forgotten / n;
          for (int k = 0; k < p[i].length; k++) {
            g[i][k] = scale * ((k == y[i] ? 1 : 0) - p[i][k]);
          }
        }
      }
    }
    return (forget + retain) / n;
  }
}
