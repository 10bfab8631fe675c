package dev.noisebook.train;

import dev.noisebook.check.Parameters;
import java.util.function.Consumer;

/**
 * The loop's settings besides the loss and the optimiser.
 *
 * @param epochs passes over the training rows, ≥ 1
 * @param batch mini-batch size, ≥ 1 (the last batch of an epoch may be smaller)
 * @param seed seed of the validation split, the per-epoch shuffles and any sampling in the loss
 * @param weightDecay λ ≥ 0 of the L2 penalty (λ/2)‖W‖² on the weights (not the bias), added to the
 *     gradient before the optimiser's step (coupled L2, not AdamW's decoupled decay)
 * @param validationFraction fraction in [0, 1) of the rows held out for validation (0: none)
 * @param patience early stopping: stop after this many epochs without a lower validation loss and
 *     keep the best epoch's weights (0: never stop early); a fit with patience needs a validation
 *     split
 * @param nativeKernels whether losses with a fused float32 kernel (CE) use it
 * @param embeddingDimension outputs of a contrastive embedding (ignored by other losses)
 * @param viewNoise standard deviation of the Gaussian noise making a contrastive loss's two views
 */
public record TrainingSettings(
    int epochs,
    int batch,
    long seed,
    double weightDecay,
    double validationFraction,
    int patience,
    boolean nativeKernels,
    int embeddingDimension,
    double viewNoise) {

  public TrainingSettings {
    Parameters.atLeast("epochs", epochs, 1);
    Parameters.atLeast("batch", batch, 1);
    Parameters.nonNegative("weight decay", weightDecay);
    Parameters.unitInterval("validation fraction", validationFraction);
    if (validationFraction >= 1) {
      throw new IllegalArgumentException(
          "validation fraction must be < 1, got " + validationFraction);
    }
    Parameters.atLeast("patience", patience, 0);
    Parameters.atLeast("embedding dimension", embeddingDimension, 1);
    Parameters.nonNegative("view noise", viewNoise);
  }

  /** These settings with the changes {@code edit} makes to a draft of them (checked again). */
  public TrainingSettings with(Consumer<Draft> edit) {
    Draft d = new Draft(this);
    edit.accept(d);
    return new TrainingSettings(
        d.epochs,
        d.batch,
        d.seed,
        d.weightDecay,
        d.validationFraction,
        d.patience,
        d.nativeKernels,
        d.embeddingDimension,
        d.viewNoise);
  }

  /** A mutable copy of the settings for {@link #with}. */
  public static final class Draft {
    public int epochs;
    public int batch;
    public long seed;
    public double weightDecay;
    public double validationFraction;
    public int patience;
    public boolean nativeKernels;
    public int embeddingDimension;
    public double viewNoise;

    private Draft(TrainingSettings s) {
      epochs = s.epochs;
      batch = s.batch;
      seed = s.seed;
      weightDecay = s.weightDecay;
      validationFraction = s.validationFraction;
      patience = s.patience;
      nativeKernels = s.nativeKernels;
      embeddingDimension = s.embeddingDimension;
      viewNoise = s.viewNoise;
    }
  }
}
