package dev.noisebook.train;

import java.util.SplittableRandom;
import org.tribuo.Dataset;
import org.tribuo.classification.Label;

/**
 * What {@link MiniBatchTrainer} minimises on one mini-batch of a linear model {@code W} (K outputs
 * × (F features + bias), the bias last): the mean loss of the batch and its gradient with respect
 * to {@code W}. A per-example loss averages over the rows; a coupled loss (AUC, Dice, InfoNCE) is a
 * function of the whole batch.
 */
public interface BatchObjective {

  /**
   * The mean loss of {@code batch}; adds ∂(loss)/∂W to {@code gradient}. {@code rng} is the loop's
   * stream for objectives that sample (two views of an example).
   */
  double lossAndGradient(
      double[][] weights, Batch batch, SplittableRandom rng, double[][] gradient);

  /**
   * The objective one fit of {@code rows} training rows and {@code outputs} outputs uses: this one,
   * unless the objective keeps per-example state, which then starts afresh for each fit.
   */
  default BatchObjective forFit(int rows, int outputs) {
    return this;
  }

  /**
   * The objective one fit on {@code data} uses: this one, unless the objective reads per-row side
   * information from the data's metadata (a frozen reference's log-probabilities, a preference
   * pair's rejected response), which it then binds here and finds by {@link Batch#rows()}.
   */
  default BatchObjective forData(Dataset<Label> data) {
    return this;
  }

  /** The number of model outputs for a dataset with {@code labels} labels. */
  default int outputs(int labels) {
    return labels;
  }

  /**
   * The weights the loop starts from ({@code outputs} × {@code features}, the bias last): zero, as
   * Tribuo's linear trainers start, unless the objective needs to break a symmetry.
   */
  default double[][] initialWeights(int outputs, int features, SplittableRandom rng) {
    return new double[outputs][features];
  }

  /** Whether the model's scores are read through softmax; else the raw scores are the output. */
  boolean probabilistic();

  /** Whether each output is a class whose argmax is the prediction (false for embeddings). */
  default boolean classifies() {
    return true;
  }

  /** The loss as {@link LossRecipe} writes it. */
  String recipe();
}
