package dev.noisebook.model;

import dev.noisebook.Loss;
import dev.noisebook.Optim;
import dev.noisebook.check.Parameters;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.DataSource;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;

/**
 * The recipe for a linear classifier trained with a DSL {@link Loss} by Tribuo's {@link
 * LinearSGDTrainer}: per-example losses, one optimiser step per mini-batch, the examples shuffled
 * each epoch from the seed. Immutable; each method returns a new value.
 *
 * <p>Defaults: {@code Loss.crossEntropy()}, {@code Optim.adaGrad(0.1)}, 5 epochs, mini-batch 1,
 * seed 1. With mini-batch B > 1 Tribuo sums the B gradients and divides by B once more, so the step
 * grows like B times the mean gradient; prefer batch 1 unless that is what is wanted.
 *
 * <p>The trained model's provenance names the trainer, the loss (as {@code Loss.toString()}) and
 * the optimiser with its parameters.
 */
public final class LinearModel {
  static {
    // A notebook is no place for Tribuo's per-fit INFO lines ("Outputs - ..."); warnings still
    // show, and a user who wants the lines back sets the "org.tribuo" logger's level.
    Logger tribuo = Logger.getLogger("org.tribuo");
    if (tribuo.getLevel() == null) {
      tribuo.setLevel(Level.WARNING);
    }
  }

  /** The defaults, as {@code Model.linear()} returns them. */
  public static final LinearModel DEFAULT =
      new LinearModel(Loss.crossEntropy(), Optim.adaGrad(0.1), 5, 1, 1L);

  private final Loss loss;
  private final Optim optimiser;
  private final int epochs;
  private final int batch;
  private final long seed;

  private LinearModel(Loss loss, Optim optimiser, int epochs, int batch, long seed) {
    this.loss = loss;
    this.optimiser = optimiser;
    this.epochs = epochs;
    this.batch = batch;
    this.seed = seed;
  }

  public LinearModel loss(Loss loss) {
    return new LinearModel(Parameters.notNull("loss", loss), optimiser, epochs, batch, seed);
  }

  public LinearModel optimiser(Optim optimiser) {
    return new LinearModel(loss, Parameters.notNull("optimiser", optimiser), epochs, batch, seed);
  }

  /** The number of passes over the training data, {@code >= 1}. */
  public LinearModel epochs(int epochs) {
    return new LinearModel(loss, optimiser, Parameters.atLeast("epochs", epochs, 1), batch, seed);
  }

  /** The mini-batch size, {@code >= 1}. */
  public LinearModel batch(int batch) {
    return new LinearModel(loss, optimiser, epochs, Parameters.atLeast("batch", batch, 1), seed);
  }

  /** The seed of the initialisation and the per-epoch shuffles. */
  public LinearModel seed(long seed) {
    return new LinearModel(loss, optimiser, epochs, batch, seed);
  }

  public Loss loss() {
    return loss;
  }

  public Optim optimiser() {
    return optimiser;
  }

  public int epochs() {
    return epochs;
  }

  public int batch() {
    return batch;
  }

  public long seed() {
    return seed;
  }

  /** A fresh Tribuo trainer for this recipe (logging every {@code Integer.MAX_VALUE} updates). */
  public LinearSGDTrainer trainer() {
    return new LinearSGDTrainer(
        loss.objective(), optimiser.tribuo(), epochs, Integer.MAX_VALUE, batch, seed);
  }

  /** Trains on {@code data}; each call uses a fresh trainer, so equal recipes give equal models. */
  public Model<Label> train(Dataset<Label> data) {
    Parameters.notNull("data", data);
    if (data.size() == 0) {
      throw new IllegalArgumentException("data must not be empty");
    }
    return trainer().train(data);
  }

  /** Trains on the examples of {@code source}, collected into a {@link MutableDataset}. */
  public Model<Label> train(DataSource<Label> source) {
    return train(new MutableDataset<>(Parameters.notNull("source", source)));
  }

  @Override
  public String toString() {
    return "Model.linear().loss("
        + loss
        + ").optimiser("
        + optimiser
        + ").epochs("
        + epochs
        + ").batch("
        + batch
        + ").seed("
        + seed
        + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LinearModel that
        && loss.equals(that.loss)
        && optimiser.equals(that.optimiser)
        && epochs == that.epochs
        && batch == that.batch
        && seed == that.seed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(loss, optimiser, epochs, batch, seed);
  }
}
