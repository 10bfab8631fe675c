package dev.noisebook;

import dev.noisebook.model.LinearModel;

/**
 * Models trained with a DSL {@link Loss} and {@link Optim} on Tribuo.
 *
 * <pre>{@code
 * Model<Label> model = Model.linear()
 *     .loss(Loss.generalizedCE(0.7))
 *     .optimiser(Optim.adam(0.01))
 *     .epochs(30).batch(64).seed(7)
 *     .train(Data.blobs(4).seed(1).source());
 * }</pre>
 */
public final class Model {
  private Model() {}

  /**
   * A linear (multinomial) classifier trained by Tribuo's {@code LinearSGDTrainer}; see {@link
   * LinearModel} for the defaults.
   */
  public static LinearModel linear() {
    return LinearModel.DEFAULT;
  }
}
