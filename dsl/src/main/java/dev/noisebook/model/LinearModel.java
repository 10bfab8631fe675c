package dev.noisebook.model;

import dev.noisebook.Loss;
import dev.noisebook.Optim;
import dev.noisebook.Seeds;
import dev.noisebook.check.Parameters;
import dev.noisebook.loss.EarlyLearning;
import dev.noisebook.loss.coupled.AucLoss;
import dev.noisebook.loss.coupled.CompositionalNll;
import dev.noisebook.loss.coupled.ContrastiveLoss;
import dev.noisebook.loss.coupled.NegativePreferenceLoss;
import dev.noisebook.loss.coupled.NoiseContrastiveEstimation;
import dev.noisebook.loss.coupled.PreferenceLoss;
import dev.noisebook.loss.coupled.SoftDiceLoss;
import dev.noisebook.train.Fit;
import dev.noisebook.train.MiniBatchTrainer;
import dev.noisebook.train.PreferenceData;
import dev.noisebook.train.ReferenceFit;
import dev.noisebook.train.TrainingSettings;
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
 * The recipe for a linear model trained with a DSL loss. Immutable; each method returns a new
 * value. Two ways to train it:
 *
 * <ul>
 *   <li>{@link #fit} runs the DSL's own mini-batch loop ({@link MiniBatchTrainer}): each step on
 *       the batch's mean loss, per-example losses ({@link #loss(Loss)}; cross-entropy on the fused
 *       native kernel) and losses that couple a mini-batch ({@link #loss(AucLoss)}, {@link
 *       #loss(SoftDiceLoss)}, {@link #loss(ContrastiveLoss)}), with {@link #weightDecay}, {@link
 *       #validation} and {@link #earlyStopping}. It returns a {@link Fit}: the Tribuo model (whose
 *       provenance rebuilds it), the per-epoch history shown live, and whether it was interrupted.
 *   <li>{@link #train} runs Tribuo's own {@link LinearSGDTrainer} (per-example losses only): with
 *       mini-batch B > 1 Tribuo sums the B gradients and divides by B once more, so the step grows
 *       like B times the mean gradient; prefer batch 1 there.
 * </ul>
 *
 * <p>Defaults: {@code Loss.crossEntropy()}, {@code Optim.adaGrad(0.1)}, 5 epochs, mini-batch 1, no
 * weight decay, no validation split, the native kernels where a loss has one, a 2-dimensional
 * embedding with view noise 0.1 for contrastive losses, and the seed {@link Seeds#defaultSeed()} at
 * the time of training unless {@link #seed} names one.
 *
 * <pre>{@code
 * Fit fit = Model.linear().loss(Loss.generalizedCE(0.7)).optimiser(Optim.adam(0.01))
 *     .epochs(30).batch(64).weightDecay(1e-4).seed(7).fit(train);
 * fit.evaluate(test);      // accuracy, clean accuracy, memorisation, AUC, ECE
 * }</pre>
 */
public final class LinearModel implements TribuoRecipe {
  static {
    // A notebook is no place for Tribuo's per-fit INFO lines ("Outputs - ..."); warnings still
    // show, and a user who wants the lines back sets the "org.tribuo" logger's level.
    Logger tribuo = Logger.getLogger("org.tribuo");
    if (tribuo.getLevel() == null) {
      tribuo.setLevel(Level.WARNING);
    }
  }

  private static final TrainingSettings DEFAULT_SETTINGS =
      new TrainingSettings(5, 1, 0L, 0, 0, 0, true, 2, 0.1);

  /** The defaults, as {@code Model.linear()} returns them. */
  public static final LinearModel DEFAULT =
      new LinearModel(Loss.crossEntropy(), Optim.adaGrad(0.1), DEFAULT_SETTINGS, null, null);

  /** A {@code Loss}, {@code AucLoss}, {@code SoftDiceLoss} or {@code ContrastiveLoss}. */
  private final Object loss;

  private final Optim optimiser;

  /** Everything but the seed, which is {@link #seed}. */
  private final TrainingSettings settings;

  /** Null: {@link Seeds#defaultSeed()} when training. */
  private final Long seed;

  /** The frozen reference policy of a preference or NPO fit; null: uniform. */
  private final Model<Label> reference;

  private LinearModel(
      Object loss, Optim optimiser, TrainingSettings settings, Long seed, Model<Label> reference) {
    this.loss = loss;
    this.optimiser = optimiser;
    this.settings = settings;
    this.seed = seed;
    this.reference = reference;
  }

  private LinearModel with(java.util.function.Consumer<TrainingSettings.Draft> edit) {
    return new LinearModel(loss, optimiser, settings.with(edit), seed, reference);
  }

  private LinearModel withLoss(Object newLoss) {
    return new LinearModel(
        Parameters.notNull("loss", newLoss), optimiser, settings, seed, reference);
  }

  /** A per-example loss (both training paths). */
  public LinearModel loss(Loss loss) {
    return withLoss(loss);
  }

  /**
   * Early-learning regularisation with per-example targets kept by the loop ({@link #fit} only).
   */
  public LinearModel loss(EarlyLearning loss) {
    return withLoss(loss);
  }

  /**
   * An AUC surrogate over the mini-batch's positive and negative margins {@code z_1 − z_0} (binary
   * data; {@link #fit} only).
   */
  public LinearModel loss(AucLoss loss) {
    return withLoss(loss);
  }

  /** Soft Dice over the mini-batch's positive-class probabilities (binary data; {@link #fit}). */
  public LinearModel loss(SoftDiceLoss loss) {
    return withLoss(loss);
  }

  /**
   * A contrastive loss over a linear embedding of two noisy views of each example ({@link #fit}
   * only); see {@link #embedding}.
   */
  public LinearModel loss(ContrastiveLoss loss) {
    return withLoss(loss);
  }

  /**
   * A preference loss (DPO, IPO, SLiC, conservative DPO, rDPO; {@code Loss.preference()}) on the
   * softmax policy π_θ(y|x) = softmax(W x)_y against the frozen {@link #reference}; trained by
   * {@link #fit(PreferenceData)} only (see {@link dev.noisebook.train.PreferenceObjective}).
   */
  public LinearModel loss(PreferenceLoss loss) {
    return withLoss(loss);
  }

  /**
   * NPO ({@code Loss.preference().npo(β)}) plus cross-entropy on the retained data, trained by
   * {@link #unlearn} only (see {@link dev.noisebook.train.UnlearningObjective}).
   */
  public LinearModel loss(NegativePreferenceLoss loss) {
    return withLoss(loss);
  }

  /**
   * The frozen reference policy π_ref of a preference or NPO fit: a Tribuo model that generates
   * probabilities over exactly the data's labels (e.g. one fitted with cross-entropy on a small
   * clean set); without one the reference is uniform. The fit's run provenance records the
   * reference's provenance under {@code "reference"}.
   */
  public LinearModel reference(Model<Label> reference) {
    return new LinearModel(
        loss, optimiser, settings, seed, Parameters.notNull("reference", reference));
  }

  /**
   * Trains the preference loss on {@code data} against the {@link #reference}; the model's
   * "History" accuracy is argmax π against the chosen labels, its clean accuracy against the
   * prompts' true labels.
   */
  public Fit fit(PreferenceData data) {
    requireLoss(PreferenceLoss.class, "fit(PreferenceData)");
    return ReferenceFit.preferences(miniBatchTrainer(), data, reference);
  }

  /**
   * Unlearns {@code forget} while keeping {@code retain} with NPO+RT against the {@link #reference}
   * (usually the model trained on both); see {@link dev.noisebook.train.UnlearningObjective}. A
   * validation split holds out rows of both sets.
   */
  public Fit unlearn(Dataset<Label> forget, Dataset<Label> retain) {
    requireLoss(NegativePreferenceLoss.class, "unlearn(forget, retain)");
    return ReferenceFit.unlearn(miniBatchTrainer(), forget, retain, reference);
  }

  private void requireLoss(Class<?> type, String call) {
    if (!type.isInstance(loss)) {
      throw new IllegalArgumentException(
          call + " trains a " + type.getSimpleName() + " (Loss.preference()), not " + loss);
    }
  }

  /**
   * Density estimation by Gaussian NCE ({@code Loss.contrastive().nceGaussian(mean, sd)}, ν noise
   * rows per data row with {@code .noiseRatio(ν)}): {@link #fit} learns log p̂(x) = log q(x) + θ·x
   * + c from the data's features (labels ignored); the model's one raw output is θ·x + c. See
   * {@link dev.noisebook.train.DensityObjective}.
   */
  public LinearModel loss(NoiseContrastiveEstimation loss) {
    return withLoss(loss);
  }

  /**
   * Density estimation by the compositional NLL ({@code
   * Loss.contrastive().compositionalNll(γ).gaussianNoise(mean, sd)}): the same tilted model as
   * Gaussian NCE without the (unidentified) bias; see {@link dev.noisebook.train.DensityObjective}.
   */
  public LinearModel loss(CompositionalNll loss) {
    return withLoss(loss);
  }

  public LinearModel optimiser(Optim optimiser) {
    return new LinearModel(
        loss, Parameters.notNull("optimiser", optimiser), settings, seed, reference);
  }

  /** The number of passes over the training data, {@code >= 1}. */
  public LinearModel epochs(int epochs) {
    return with(d -> d.epochs = Parameters.atLeast("epochs", epochs, 1));
  }

  /** The mini-batch size, {@code >= 1}. */
  public LinearModel batch(int batch) {
    return with(d -> d.batch = Parameters.atLeast("batch", batch, 1));
  }

  /**
   * {@link #fit} only: the L2 penalty (λ/2)‖W‖² on the weights (not the biases), λ ≥ 0, added to
   * the gradient before the optimiser's step.
   */
  public LinearModel weightDecay(double lambda) {
    return with(d -> d.weightDecay = Parameters.nonNegative("weight decay", lambda));
  }

  /** {@link #fit} only: holds out this fraction in (0, 1) of the data, chosen from the seed. */
  public LinearModel validation(double fraction) {
    return with(d -> d.validationFraction = fraction);
  }

  /**
   * {@link #fit} only: stops after {@code patience} ≥ 1 epochs without a lower validation loss and
   * keeps the best epoch's weights; needs {@link #validation}.
   */
  public LinearModel earlyStopping(int patience) {
    return with(d -> d.patience = Parameters.atLeast("patience", patience, 1));
  }

  /**
   * {@link #fit} only: computes every loss in double in Java, also those with a fused native kernel
   * (cross-entropy); the numbers agree with the kernel path to float precision.
   */
  public LinearModel pureJava() {
    return with(d -> d.nativeKernels = false);
  }

  /**
   * Contrastive losses: a {@code dimension}-dimensional embedding ≥ 1, each view perturbed by
   * Gaussian noise of standard deviation {@code viewNoise} ≥ 0.
   */
  public LinearModel embedding(int dimension, double viewNoise) {
    return with(
        d -> {
          d.embeddingDimension = dimension;
          d.viewNoise = viewNoise;
        });
  }

  /** The seed of the initialisation, the split and the per-epoch shuffles. */
  public LinearModel seed(long seed) {
    return new LinearModel(loss, optimiser, settings, seed, reference);
  }

  /** The loss: a {@code Loss}, {@code AucLoss}, {@code SoftDiceLoss} or {@code ContrastiveLoss}. */
  public Object loss() {
    return loss;
  }

  public Optim optimiser() {
    return optimiser;
  }

  public int epochs() {
    return settings.epochs();
  }

  public int batch() {
    return settings.batch();
  }

  /** The seed this recipe trains with now: its own, else the session's default. */
  public long seed() {
    return seed != null ? seed : Seeds.defaultSeed();
  }

  /** The loop's settings with the seed resolved. */
  public TrainingSettings settings() {
    long resolved = seed();
    return settings.with(d -> d.seed = resolved);
  }

  /** A fresh DSL mini-batch trainer for this recipe. */
  public MiniBatchTrainer miniBatchTrainer() {
    return new MiniBatchTrainer(loss, optimiser.tribuo(), settings());
  }

  /** Trains on {@code data} with the DSL's mini-batch loop; see {@link MiniBatchTrainer#fit}. */
  public Fit fit(Dataset<Label> data) {
    return miniBatchTrainer().fit(Parameters.notNull("data", data));
  }

  /** {@link #fit(Dataset)} on the examples of {@code source}. */
  public Fit fit(DataSource<Label> source) {
    return fit(new MutableDataset<>(Parameters.notNull("source", source)));
  }

  /**
   * A fresh Tribuo trainer for this recipe (logging every {@code Integer.MAX_VALUE} updates);
   * per-example losses only.
   */
  @Override
  public LinearSGDTrainer trainer() {
    if (!(loss instanceof Loss perExample)) {
      throw new IllegalArgumentException(
          "Tribuo's LinearSGDTrainer trains per-example losses only; fit(...) trains " + loss);
    }
    return new LinearSGDTrainer(
        perExample.objective(),
        optimiser.tribuo(),
        settings.epochs(),
        Integer.MAX_VALUE,
        settings.batch(),
        seed());
  }

  @Override
  public String toString() {
    TrainingSettings s = settings;
    TrainingSettings d = DEFAULT_SETTINGS;
    StringBuilder out =
        new StringBuilder("Model.linear().loss(")
            .append(loss)
            .append(").optimiser(")
            .append(optimiser)
            .append(").epochs(")
            .append(s.epochs())
            .append(").batch(")
            .append(s.batch())
            .append(')');
    if (s.weightDecay() != d.weightDecay()) {
      out.append(".weightDecay(").append(s.weightDecay()).append(')');
    }
    if (s.validationFraction() != d.validationFraction()) {
      out.append(".validation(").append(s.validationFraction()).append(')');
    }
    if (s.patience() != d.patience()) {
      out.append(".earlyStopping(").append(s.patience()).append(')');
    }
    if (!s.nativeKernels()) {
      out.append(".pureJava()");
    }
    if (s.embeddingDimension() != d.embeddingDimension() || s.viewNoise() != d.viewNoise()) {
      out.append(".embedding(")
          .append(s.embeddingDimension())
          .append(", ")
          .append(s.viewNoise())
          .append(')');
    }
    if (seed != null) {
      out.append(".seed(").append(seed).append(')');
    }
    if (reference != null) {
      out.append(".reference(").append(reference.getName()).append(')');
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LinearModel that
        && loss.equals(that.loss)
        && optimiser.equals(that.optimiser)
        && settings.equals(that.settings)
        && Objects.equals(seed, that.seed)
        && reference == that.reference;
  }

  @Override
  public int hashCode() {
    return Objects.hash(loss, optimiser, settings, seed, System.identityHashCode(reference));
  }
}
