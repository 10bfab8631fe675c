package dev.noisebook.train;

import com.oracle.labs.mlrg.olcut.config.Config;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import dev.noisebook.check.Parameters;
import dev.noisebook.display.LiveDisplay;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.SplittableRandom;
import org.tribuo.Dataset;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableOutputInfo;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.LabelObjective;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.Hinge;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.ModelProvenance;

/**
 * The DSL's mini-batch training loop as a Tribuo trainer (a {@link LinearSGDTrainer} subclass, so
 * it returns a real {@link LinearSGDModel}). It trains per-example DSL losses and losses that
 * couple the examples of a mini-batch (AUC surrogates, soft Dice, InfoNCE over two views), each
 * step on the batch's <i>mean</i> loss (unlike Tribuo's own mini-batches, whose step grows with the
 * batch size), with an optional L2 weight decay, validation split and early stopping.
 *
 * <p>The provenance records everything a rebuild needs as configuration: the loss as its exact
 * {@link LossRecipe}, the optimiser with its parameters, epochs, batch size, seed, weight decay,
 * validation fraction, patience, kernel use, the embedding settings and the invocation count. The
 * inherited {@code objective} is only the model's read-out ({@code LogMulticlass}: softmax; {@code
 * Hinge}: raw scores). Rebuilding the trainer from a model's provenance with OLCUT's {@code
 * ConfigurationManager} and training it on the same data gives bit-identical weights.
 *
 * <p>Each call of {@link #fit} or {@code train} draws its stream from the seed and the invocation
 * count, so equal trainers on equal data give equal weights.
 */
public final class MiniBatchTrainer extends LinearSGDTrainer {

  @Config(mandatory = true, description = "The DSL loss, as LossRecipe writes it.")
  private String loss;

  @Config(description = "The L2 penalty coefficient on the weights (not the bias).")
  private double weightDecay;

  @Config(description = "The fraction of the data held out for validation.")
  private double validationFraction;

  @Config(description = "Epochs without a lower validation loss before stopping (0: never).")
  private int patience;

  @Config(description = "Whether losses with a fused float32 kernel use it.")
  private boolean nativeKernels = true;

  @Config(description = "The outputs of a contrastive embedding.")
  private int embeddingDimension = 2;

  @Config(description = "The standard deviation of the noise making a contrastive loss's views.")
  private double viewNoise = 0.1;

  private TrainingSettings settings;
  private BatchObjective batchObjective;
  private int invocations;

  /** For OLCUT's configuration system. */
  private MiniBatchTrainer() {
    super(
        new LogMulticlass(), new AdaGrad(1.0, 0.1), 5, Integer.MAX_VALUE, 1, Trainer.DEFAULT_SEED);
  }

  /**
   * A trainer of {@code loss} (a per-example {@code Loss}, an {@code AucLoss}, a {@code
   * SoftDiceLoss}, a {@code ContrastiveLoss}, or a {@code PreferenceLoss} or NPO, which train on
   * data annotated with a reference: {@link ReferenceFit}) with a Tribuo optimiser, copied for each
   * fit.
   */
  public MiniBatchTrainer(
      Object loss, StochasticGradientOptimiser optimiser, TrainingSettings settings) {
    super(
        readout(Objectives.of(loss, Parameters.notNull("settings", settings))),
        Parameters.notNull("optimiser", optimiser),
        settings.epochs(),
        Integer.MAX_VALUE,
        settings.batch(),
        settings.seed());
    this.loss = LossRecipe.of(loss);
    this.weightDecay = settings.weightDecay();
    this.validationFraction = settings.validationFraction();
    this.patience = settings.patience();
    this.nativeKernels = settings.nativeKernels();
    this.embeddingDimension = settings.embeddingDimension();
    this.viewNoise = settings.viewNoise();
    this.settings = settings;
    this.batchObjective = Objectives.of(loss, settings);
  }

  private static LabelObjective readout(BatchObjective objective) {
    return objective.probabilistic() ? new LogMulticlass() : new Hinge();
  }

  @Override
  public synchronized void postConfig() {
    super.postConfig();
    if (loss == null) {
      return; // Tribuo's constructor calls this before the public constructor sets the fields.
    }
    settings =
        new TrainingSettings(
            epochs,
            minibatchSize,
            seed,
            weightDecay,
            validationFraction,
            patience,
            nativeKernels,
            embeddingDimension,
            viewNoise);
    batchObjective = Objectives.of(LossRecipe.parse(loss), settings);
  }

  /** The loss as its recipe. */
  public String lossRecipe() {
    return loss;
  }

  public TrainingSettings settings() {
    return settings;
  }

  /**
   * Trains on {@code data}, showing the live {@link History} through {@link LiveDisplay#current()}
   * (updated at most 4 times a second and once at the end). On an interrupt the fit stops before
   * the next mini-batch, returns the model so far marked {@link Fit#interrupted()} and sets the
   * thread's interrupt flag again, so a notebook cell ends as interrupted with the partial fit in
   * hand.
   */
  public Fit fit(Dataset<Label> data) {
    return fit(data, Map.of(), LiveDisplay.current());
  }

  /** {@link #fit(Dataset)} with run provenance and a chosen display. */
  public Fit fit(Dataset<Label> data, Map<String, Provenance> run, LiveDisplay display) {
    return fit(data, run, Trainer.INCREMENT_INVOCATION_COUNT, display);
  }

  @Override
  public LinearSGDModel train(
      Dataset<Label> data, Map<String, Provenance> run, int invocationCount) {
    return fit(data, run, invocationCount, value -> ignored -> {}).model();
  }

  private Fit fit(
      Dataset<Label> data, Map<String, Provenance> run, int invocationCount, LiveDisplay display) {
    Parameters.notNull("data", data);
    if (data.size() == 0) {
      throw new IllegalArgumentException("data must not be empty");
    }
    OffsetDateTime start = OffsetDateTime.now();
    int invocation;
    org.tribuo.provenance.TrainerProvenance trainer;
    synchronized (this) {
      if (invocationCount != Trainer.INCREMENT_INVOCATION_COUNT) {
        setInvocationCount(invocationCount);
      }
      invocation = invocations;
      trainer = getProvenance();
      invocations++;
    }
    SplittableRandom base = new SplittableRandom(seed);
    for (int i = 0; i < invocation; i++) {
      base.split();
    }
    ImmutableOutputInfo<Label> labels = data.getOutputIDInfo();
    int outputs = batchObjective.outputs(labels.size());
    TrainingLoop.Outcome outcome =
        new TrainingLoop(
                batchObjective.forData(data), optimiser.copy(), settings, base.split(), display)
            .run(TrainingRows.of(data), outputs);
    ModelProvenance provenance =
        new ModelProvenance(
            LinearSGDModel.class.getName(), start, data.getProvenance(), trainer, run);
    LinearSGDModel model =
        createModel(
            "dsl-mini-batch",
            provenance,
            data.getFeatureIDMap(),
            batchObjective.classifies() ? labels : embeddingOutputs(outputs),
            outcome.parameters());
    if (outcome.interrupted()) {
      Thread.currentThread().interrupt();
    }
    return new Fit(
        model, outcome.history(), outcome.interrupted(), outcome.stoppedEarly(), outcome.epoch());
  }

  /** Outputs named e0, e1, … for an embedding's coordinates. */
  private static ImmutableOutputInfo<Label> embeddingOutputs(int dimension) {
    MutableOutputInfo<Label> info = new LabelFactory().generateInfo();
    for (int d = 0; d < dimension; d++) {
      info.observe(new Label("e" + d));
    }
    return info.generateImmutableOutputInfo();
  }

  @Override
  public synchronized int getInvocationCount() {
    return invocations;
  }

  @Override
  public synchronized void setInvocationCount(int count) {
    invocations = Parameters.atLeast("invocation count", count, 0);
  }

  @Override
  public String toString() {
    return "MiniBatchTrainer(loss=" + loss + ", optimiser=" + optimiser + ", " + settings + ")";
  }
}
