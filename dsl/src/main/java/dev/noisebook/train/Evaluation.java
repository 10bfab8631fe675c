package dev.noisebook.train;

import dev.noisebook.display.Numbers;
import dev.noisebook.noise.NoiseMetadata;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * A classifier's metrics on a dataset whose labels may be noisy (the clean label in the example's
 * metadata, {@link NoiseMetadata}):
 *
 * @param accuracy agreement with the dataset's labels
 * @param cleanAccuracy agreement with the clean labels (the labels themselves on clean data)
 * @param memorisation of the examples whose label was flipped, the fraction predicted with the
 *     flipped label (NaN when none was flipped)
 * @param auc binary ROC AUC ({@link Metrics#auc}) of the second label's score against the clean
 *     labels; NaN with more than two labels or a single clean class
 * @param ece expected calibration error ({@link Metrics#expectedCalibrationError}, 15 bins) of the
 *     predicted label's score against the clean labels; NaN for a model without probabilities
 */
public record Evaluation(
    double accuracy, double cleanAccuracy, double memorisation, double auc, double ece) {

  public static Evaluation of(Model<Label> model, Dataset<Label> data) {
    ImmutableOutputInfo<Label> labels = data.getOutputIDInfo();
    int n = data.size();
    int[] predicted = new int[n];
    int[] noisy = new int[n];
    int[] clean = new int[n];
    boolean[] flipped = new boolean[n];
    double[] confidence = new double[n];
    double[] positiveScore = new double[n];
    boolean[] cleanPositive = new boolean[n];
    String positive = labels.size() == 2 ? labels.getOutput(1).getLabel() : null;
    int i = 0;
    for (Prediction<Label> p : model.predict(data)) {
      Example<Label> e = p.getExample();
      predicted[i] = labels.getID(p.getOutput());
      noisy[i] = labels.getID(e.getOutput());
      Label c = NoiseMetadata.cleanLabel(e).orElse(e.getOutput());
      clean[i] = labels.getID(c);
      flipped[i] = clean[i] != noisy[i];
      confidence[i] = p.getOutput().getScore();
      if (positive != null) {
        Label score = p.getOutputScores().get(positive);
        positiveScore[i] = score == null ? Double.NaN : score.getScore();
        cleanPositive[i] = c.getLabel().equals(positive);
      }
      i++;
    }
    boolean[] correct = new boolean[n];
    boolean bothClasses = false;
    for (int j = 0; j < n; j++) {
      correct[j] = predicted[j] == clean[j];
      bothClasses |= cleanPositive[j] != cleanPositive[0];
    }
    return new Evaluation(
        Predictions.agreement(predicted, noisy, null),
        Predictions.agreement(predicted, clean, null),
        Predictions.agreement(predicted, noisy, flipped),
        positive != null && bothClasses ? Metrics.auc(positiveScore, cleanPositive) : Double.NaN,
        model.generatesProbabilities()
            ? Metrics.expectedCalibrationError(confidence, correct, Metrics.DEFAULT_BINS)
            : Double.NaN);
  }

  @Override
  public String toString() {
    // Undefined metrics (NaN: nothing flipped, not binary, no probabilities) are left out, so
    // the line says only what was measured.
    var out =
        new StringBuilder("Evaluation(accuracy ")
            .append(Numbers.short4(accuracy))
            .append(", clean accuracy ")
            .append(Numbers.short4(cleanAccuracy));
    append(out, "memorisation", memorisation);
    append(out, "AUC", auc);
    append(out, "ECE", ece);
    return out.append(')').toString();
  }

  private static void append(StringBuilder out, String name, double value) {
    if (!Double.isNaN(value)) {
      out.append(", ").append(name).append(' ').append(Numbers.short4(value));
    }
  }
}
