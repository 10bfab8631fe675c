package dev.noisebook.train;

import dev.noisebook.check.Parameters;
import dev.noisebook.loss.coupled.AucLoss;

/**
 * A pairwise AUC surrogate ({@link AucLoss}, e.g. the Mann–Whitney loss of "Optimizing What
 * Matters: AUC-Driven Learning for Robust Neural Retrieval") over the batch's positive and negative
 * margins, all pairs of the batch pooled. A batch without both classes has no pairs: it contributes
 * loss 0 and no update.
 */
public final class RankingObjective extends BinaryObjective {
  private final AucLoss loss;

  public RankingObjective(AucLoss loss) {
    this.loss = Parameters.notNull("loss", loss);
  }

  @Override
  double marginLossAndGradient(double[] s, boolean[] positive, double[] g) {
    double[][] split = Metrics.partition(s, positive);
    if (split[0].length == 0 || split[1].length == 0) {
      return 0;
    }
    AucLoss.Gradient out = loss.gradient(split[0], split[1]);
    for (int i = 0, a = 0, b = 0; i < s.length; i++) {
      g[i] = positive[i] ? out.positives()[a++] : out.negatives()[b++];
    }
    return out.value();
  }

  @Override
  public String recipe() {
    return LossRecipe.of(loss);
  }
}
