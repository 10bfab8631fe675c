package dev.noisebook.train;

import org.tribuo.Dataset;
import org.tribuo.classification.Label;

/**
 * An objective on the softmax policy of the linear model against a frozen reference whose
 * log-probabilities (and any preference pair) the data carries ({@link ReferenceRows}): a template
 * of the loss {@code L}, bound to each fit's data by {@link #forData}, then finding each batch
 * row's side information by its index in the data.
 */
abstract class ReferenceObjective<L> extends ScoreObjective {
  final L loss;

  /** Null in the template. */
  final ReferenceRows rows;

  ReferenceObjective(L loss, ReferenceRows rows) {
    this.loss = loss;
    this.rows = rows;
  }

  /** This objective bound to {@code rows}, checked for what the loss needs. */
  abstract BatchObjective bind(ReferenceRows rows);

  @Override
  public final BatchObjective forData(Dataset<Label> data) {
    return bind(ReferenceRows.of(data));
  }

  /** The indices in the bound data of {@code batch}'s rows. */
  final int[] index(Batch batch) {
    return ReferenceRows.index(rows, batch, loss.toString());
  }

  @Override
  public final boolean probabilistic() {
    return true;
  }

  @Override
  public final String recipe() {
    return LossRecipe.of(loss);
  }
}
