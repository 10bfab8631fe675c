package dev.noisebook.model;

import dev.noisebook.Loss;
import dev.noisebook.Optim;
import dev.noisebook.Seeds;
import dev.noisebook.check.Parameters;
import org.tribuo.classification.sgd.fm.FMClassificationTrainer;

/**
 * The recipe for a factorization machine classifier trained with a DSL loss on Tribuo's {@link
 * FMClassificationTrainer}. Per class c the score is
 *
 * <pre>z_c(x) = w_{0c} + Σ_i w_{ic} x_i + Σ_{i<j} ⟨v_{ic}, v_{jc}⟩ x_i x_j</pre>
 *
 * with k-dimensional factors v, so pairwise feature interactions are learned with O(k·d) parameters
 * per class — "Factorization Machines" (Rendle, 2010). It separates what a linear model cannot,
 * such as the XOR of two features. Immutable; each method returns a new value.
 *
 * <p>Defaults: {@code Loss.crossEntropy()}, {@code Optim.adaGrad(0.1)}, 5 epochs, mini-batch 1, 4
 * factors initialised with variance 0.1, and the seed {@link Seeds#defaultSeed()} at the time of
 * training unless {@link #seed} names one. Tribuo sums a mini-batch's gradients and divides by the
 * batch size once more, so, as for {@link LinearModel#train}, prefer batch 1.
 */
public final class FactorizationMachine implements TribuoRecipe {
  /** The defaults with {@code factors} factors. */
  public static FactorizationMachine withFactors(int factors) {
    return new FactorizationMachine(
        Loss.crossEntropy(),
        Optim.adaGrad(0.1),
        5,
        1,
        Parameters.atLeast("factors", factors, 1),
        0.1,
        null);
  }

  private final Loss loss;
  private final Optim optimiser;
  private final int epochs;
  private final int batch;
  private final int factors;
  private final double variance;
  private final Long seed;

  private FactorizationMachine(
      Loss loss, Optim optimiser, int epochs, int batch, int factors, double variance, Long seed) {
    this.loss = loss;
    this.optimiser = optimiser;
    this.epochs = epochs;
    this.batch = batch;
    this.factors = factors;
    this.variance = variance;
    this.seed = seed;
  }

  /** A per-example loss, used as Tribuo's objective. */
  public FactorizationMachine loss(Loss loss) {
    return new FactorizationMachine(
        Parameters.notNull("loss", loss), optimiser, epochs, batch, factors, variance, seed);
  }

  public FactorizationMachine optimiser(Optim optimiser) {
    return new FactorizationMachine(
        loss, Parameters.notNull("optimiser", optimiser), epochs, batch, factors, variance, seed);
  }

  /** The number of passes over the training data, {@code >= 1}. */
  public FactorizationMachine epochs(int epochs) {
    return new FactorizationMachine(
        loss, optimiser, Parameters.atLeast("epochs", epochs, 1), batch, factors, variance, seed);
  }

  /** The mini-batch size, {@code >= 1}. */
  public FactorizationMachine batch(int batch) {
    return new FactorizationMachine(
        loss, optimiser, epochs, Parameters.atLeast("batch", batch, 1), factors, variance, seed);
  }

  /** The variance ({@code > 0}) of the Gaussian that initialises the factors. */
  public FactorizationMachine variance(double variance) {
    return new FactorizationMachine(
        loss, optimiser, epochs, batch, factors, Parameters.positive("variance", variance), seed);
  }

  /** The seed of the initialisation and the shuffles. */
  public FactorizationMachine seed(long seed) {
    return new FactorizationMachine(loss, optimiser, epochs, batch, factors, variance, seed);
  }

  /** The seed this recipe trains with now: its own, else the session's default. */
  public long seed() {
    return seed != null ? seed : Seeds.defaultSeed();
  }

  /** A fresh Tribuo trainer for this recipe (logging every {@code Integer.MAX_VALUE} updates). */
  @Override
  public FMClassificationTrainer trainer() {
    return new FMClassificationTrainer(
        loss.objective(),
        optimiser.tribuo(),
        epochs,
        Integer.MAX_VALUE,
        batch,
        seed(),
        factors,
        variance);
  }

  @Override
  public String toString() {
    return "Model.factorizationMachine(%d).loss(%s).optimiser(%s).epochs(%d).batch(%d).variance(%s)%s"
        .formatted(
            factors,
            loss,
            optimiser,
            epochs,
            batch,
            variance,
            seed != null ? ".seed(" + seed + ")" : "");
  }
}
