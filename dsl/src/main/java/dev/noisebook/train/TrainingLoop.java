package dev.noisebook.train;

import dev.noisebook.display.LiveDisplay;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tribuo.math.LinearParameters;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.Tensor;

/**
 * The DSL's mini-batch loop over a linear model: per epoch a seeded shuffle, then per mini-batch
 * the objective's mean loss and gradient, the L2 penalty, and one step of the Tribuo optimiser
 * (Tribuo's parameters add the step, so the negative gradient is handed over). Checks {@link
 * Thread#interrupted()} before each mini-batch and stops there. One loop runs one fit.
 */
final class TrainingLoop {
  /**
   * The least time between two live updates of the curve: each update draws two PNG charts (tens of
   * milliseconds), so once a second keeps the drawing to a few percent of a long fit.
   */
  private static final long UPDATE_NANOS = 1_000_000_000L;

  private BatchObjective objective;
  private final StochasticGradientOptimiser optimiser;
  private final TrainingSettings settings;
  private final SplittableRandom rng;
  private final LiveDisplay display;

  /** The loop's outcome: the weights it ends with and the record of its epochs. */
  record Outcome(
      LinearParameters parameters,
      History history,
      boolean interrupted,
      boolean stoppedEarly,
      int epoch) {}

  TrainingLoop(
      BatchObjective objective,
      StochasticGradientOptimiser optimiser,
      TrainingSettings settings,
      SplittableRandom rng,
      LiveDisplay display) {
    this.objective = objective;
    this.optimiser = optimiser;
    this.settings = settings;
    this.rng = rng;
    this.display = display;
  }

  Outcome run(TrainingRows all, int outputs) {
    if (settings.patience() > 0 && settings.validationFraction() == 0) {
      throw new IllegalArgumentException(
          "early stopping (patience "
              + settings.patience()
              + ") needs a validation split (validation fraction > 0)");
    }
    TrainingRows train = all;
    TrainingRows validation = null;
    if (settings.validationFraction() > 0) {
      int[] order = permutation(all.size());
      int held = (int) Math.round(settings.validationFraction() * all.size());
      if (held < 1 || held >= all.size()) {
        throw new IllegalArgumentException(
            "validation fraction "
                + settings.validationFraction()
                + " of "
                + all.size()
                + " rows leaves "
                + held
                + " for validation; it needs at least 1 on each side");
      }
      validation = all.select(java.util.Arrays.copyOfRange(order, 0, held));
      train = all.select(java.util.Arrays.copyOfRange(order, held, order.length));
    }
    int features = all.x()[0].length;
    objective = objective.forFit(all.size(), outputs);
    LinearParameters parameters =
        new LinearParameters(
            DenseMatrix.createDenseMatrix(objective.initialWeights(outputs, features, rng)));
    optimiser.initialise(parameters);
    EarlyStopping stopping =
        settings.patience() > 0 ? new EarlyStopping(settings.patience()) : null;
    List<EpochStats> epochs = new ArrayList<>();
    // Shown only once the fit has run for UPDATE_NANOS: a short fit (one of a sweep, say) leaves
    // no live output behind, while a long one shows its curve and updates it in place.
    LiveDisplay.Handle live = null;
    long lastUpdate = System.nanoTime();
    boolean interrupted = false;
    boolean stoppedEarly = false;
    for (int epoch = 1; epoch <= settings.epochs() && !interrupted && !stoppedEarly; epoch++) {
      int[] order = permutation(train.size());
      double lossSum = 0;
      int batches = 0;
      for (int start = 0; start < order.length; start += settings.batch()) {
        if (Thread.interrupted()) {
          interrupted = true;
          break;
        }
        int end = Math.min(order.length, start + settings.batch());
        TrainingRows batch = train.select(java.util.Arrays.copyOfRange(order, start, end));
        lossSum += step(parameters, batch);
        batches++;
      }
      if (batches == 0) {
        break;
      }
      double[][] w = weights(parameters);
      EpochStats stats = stats(epoch, lossSum / batches, w, train, validation);
      epochs.add(stats);
      if (stopping != null && stopping.stop(epoch, stats.validationLoss(), parameters.get())) {
        stoppedEarly = epoch < settings.epochs();
      }
      if (System.nanoTime() - lastUpdate >= UPDATE_NANOS) {
        History sofar = new History(epochs, settings.epochs());
        if (live == null) {
          live = display.show(sofar);
        } else {
          live.update(sofar);
        }
        lastUpdate = System.nanoTime();
      }
    }
    optimiser.finalise();
    int kept = epochs.size();
    if (stopping != null && stopping.bestWeights() != null) {
      parameters.set(stopping.bestWeights());
      kept = stopping.bestEpoch();
    }
    History history = new History(epochs, settings.epochs());
    if (live != null) {
      live.update(history);
    }
    return new Outcome(parameters, history, interrupted, stoppedEarly, kept);
  }

  /** One optimiser step on {@code batch}; returns the batch's mean loss. */
  private double step(LinearParameters parameters, TrainingRows batch) {
    double[][] w = weights(parameters);
    double[][] gradient = new double[w.length][w[0].length];
    double loss =
        objective.lossAndGradient(w, new Batch(batch.x(), batch.y(), batch.index()), rng, gradient);
    double decay = settings.weightDecay();
    DenseMatrix ascent = new DenseMatrix(w.length, w[0].length);
    for (int k = 0; k < w.length; k++) {
      int bias = w[k].length - 1;
      for (int j = 0; j < w[k].length; j++) {
        double g = gradient[k][j] + (j < bias ? decay * w[k][j] : 0);
        ascent.set(k, j, -g);
      }
    }
    parameters.update(optimiser.step(new Tensor[] {ascent}, 1.0));
    return loss;
  }

  private EpochStats stats(
      int epoch, double loss, double[][] w, TrainingRows train, TrainingRows validation) {
    double nan = Double.NaN;
    double validationLoss = nan;
    double validationAccuracy = nan;
    if (validation != null) {
      double[][] scratch = new double[w.length][w[0].length];
      validationLoss =
          objective.lossAndGradient(
              w,
              new Batch(validation.x(), validation.y(), validation.index(), false),
              new SplittableRandom(settings.seed()),
              scratch);
      validationAccuracy = objective.classifies() ? Predictions.accuracy(w, validation) : nan;
    }
    if (!objective.classifies()) {
      return new EpochStats(epoch, loss, nan, nan, nan, validationLoss, validationAccuracy);
    }
    int[] predicted = Predictions.argmax(w, train.x());
    return new EpochStats(
        epoch,
        loss,
        Predictions.agreement(predicted, train.y(), null),
        Predictions.agreement(predicted, train.clean(), null),
        Predictions.agreement(predicted, train.y(), train.flipped()),
        validationLoss,
        validationAccuracy);
  }

  private int[] permutation(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  static double[][] weights(LinearParameters parameters) {
    return parameters.getWeightMatrix().toArray();
  }
}
