package dev.noisebook.train;

import dev.noisebook.check.Parameters;
import dev.noisebook.loss.Softmax;
import dev.noisebook.loss.coupled.PreferenceLoss;

/**
 * A {@link PreferenceLoss} (DPO, IPO, SLiC, conservative DPO, rDPO) on the softmax policy of the
 * linear model, {@code π_θ(y|x) = softmax(W x)_y}, against a frozen reference whose
 * log-probabilities the data carries ({@link ReferenceRows}). Row i is the pair (chosen y_w = its
 * label, rejected y_l = its {@value ReferenceRows#REJECTED} metadata):
 *
 * <pre>
 *   h_i = [log π_θ(y_w|x_i) − log π_ref(y_w|x_i)] − [log π_θ(y_l|x_i) − log π_ref(y_l|x_i)]
 *   L   = (1/n) Σ_i ℓ(h_i),   ∂L/∂z_i = ℓ'(h_i)/n · (e_{y_w} − e_{y_l})
 * </pre>
 *
 * since ∂log π_θ(y|x)/∂z = e_y − softmax(z) and the softmax terms cancel in the difference (β is
 * inside ℓ). The loop's chain rule takes it to W. Each batch, the validation one too, finds its
 * pairs by its rows' indices in the data.
 */
public final class PreferenceObjective extends ReferenceObjective<PreferenceLoss> {

  /** The template of {@code loss}, bound to each fit's data by {@link #forData}. */
  public PreferenceObjective(PreferenceLoss loss) {
    this(Parameters.notNull("loss", loss), null);
  }

  PreferenceObjective(PreferenceLoss loss, ReferenceRows rows) {
    super(loss, rows);
  }

  @Override
  BatchObjective bind(ReferenceRows bound) {
    for (int i = 0; i < bound.rejected().length; i++) {
      if (bound.rejected()[i] < 0) {
        throw new IllegalArgumentException(
            loss + " trains on preference pairs (PreferenceData.dataset); row " + i + " has none");
      }
    }
    return new PreferenceObjective(loss, bound);
  }

  @Override
  double scoreLossAndGradient(double[][] z, Batch batch, double[][] g) {
    int[] index = index(batch);
    int n = z.length;
    int[] chosen = batch.y();
    int[] rejected = new int[n];
    double[] pc = new double[n];
    double[] pr = new double[n];
    double[] rc = new double[n];
    double[] rr = new double[n];
    for (int i = 0; i < n; i++) {
      double lse = Softmax.logSumExp(z[i]);
      double[] ref = rows.logProbs()[index[i]];
      rejected[i] = rows.rejected()[index[i]];
      pc[i] = z[i][chosen[i]] - lse;
      pr[i] = z[i][rejected[i]] - lse;
      rc[i] = ref[chosen[i]];
      rr[i] = ref[rejected[i]];
    }
    PreferenceLoss.Gradient d = loss.gradient(pc, pr, rc, rr);
    for (int i = 0; i < n; i++) {
      // gc·(e_w − p) + gr·(e_l − p) with gr = −gc.
      g[i][chosen[i]] += d.policyChosen()[i];
      g[i][rejected[i]] += d.policyRejected()[i];
    }
    return d.value();
  }
}
