package dev.noisebook.train;

import dev.noisebook.Loss;
import dev.noisebook.check.Parameters;
import dev.noisebook.loss.EarlyLearning;

/**
 * ELR ({@link EarlyLearning}, "Early-Learning Regularization Prevents Memorization of Noisy
 * Labels") in the loop: each fit starts with zero targets, one per training row and output, and
 * every training batch updates its rows' targets before computing the loss. A batch that only
 * evaluates (the validation loss) has no targets and scores plain cross-entropy.
 */
public final class EarlyLearningObjective extends ScoreObjective {
  private static final Loss CROSS_ENTROPY = Loss.crossEntropy();

  private final EarlyLearning elr;

  /** Null in the template that {@link #forFit} copies. */
  private final double[][] targets;

  public EarlyLearningObjective(EarlyLearning elr) {
    this(Parameters.notNull("elr", elr), null);
  }

  private EarlyLearningObjective(EarlyLearning elr, double[][] targets) {
    this.elr = elr;
    this.targets = targets;
  }

  @Override
  public BatchObjective forFit(int rows, int outputs) {
    return new EarlyLearningObjective(elr, new double[rows][outputs]);
  }

  @Override
  double scoreLossAndGradient(double[][] z, Batch batch, double[][] g) {
    if (batch.training() && targets == null) {
      throw new IllegalStateException("ELR trains only through forFit's per-fit copy");
    }
    int n = z.length;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum +=
          batch.training()
              ? elr.step(z[i], batch.y()[i], targets[batch.rows()[i]], g[i])
              : CROSS_ENTROPY.valueAndGradient(z[i], batch.y()[i], g[i]);
    }
    mean(g, n);
    return sum / n;
  }

  @Override
  public boolean probabilistic() {
    return true;
  }

  @Override
  public String recipe() {
    return LossRecipe.of(elr);
  }
}
