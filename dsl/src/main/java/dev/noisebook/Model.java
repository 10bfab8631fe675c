package dev.noisebook;

import dev.noisebook.model.FactorizationMachine;
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

  /**
   * A factorization machine with {@code factors} ≥ 1 latent dimensions, trained by Tribuo's {@code
   * FMClassificationTrainer}: linear terms plus factorised pairwise interactions ("Factorization
   * Machines", Rendle 2010); see {@link FactorizationMachine} for the formula and defaults.
   */
  public static FactorizationMachine factorizationMachine(int factors) {
    return FactorizationMachine.withFactors(factors);
  }
}
