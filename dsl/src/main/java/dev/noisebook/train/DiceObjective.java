package dev.noisebook.train;

import dev.noisebook.check.Parameters;
import dev.noisebook.loss.coupled.SoftDiceLoss;

/**
 * Soft Dice ({@link SoftDiceLoss}, "Dice Loss for Data-imbalanced NLP Tasks") over the whole batch
 * as one set: {@code p_i = σ(s_i)} is the probability of the positive class (label 1) and the
 * target is {@code 1[y_i = 1]}; ∂L/∂s_i = ∂L/∂p_i · p_i(1 − p_i).
 */
public final class DiceObjective extends BinaryObjective {
  private final SoftDiceLoss loss;

  public DiceObjective(SoftDiceLoss loss) {
    this.loss = Parameters.notNull("loss", loss);
  }

  @Override
  double marginLossAndGradient(double[] s, boolean[] positive, double[] g) {
    double[] p = new double[s.length];
    double[] t = new double[s.length];
    for (int i = 0; i < s.length; i++) {
      p[i] = 1 / (1 + Math.exp(-s[i]));
      t[i] = positive[i] ? 1 : 0;
    }
    SoftDiceLoss.Gradient out = loss.gradient(p, t);
    for (int i = 0; i < s.length; i++) {
      g[i] = out.probabilities()[i] * p[i] * (1 - p[i]);
    }
    return out.value();
  }

  @Override
  public String recipe() {
    return LossRecipe.of(loss);
  }
}
