package dev.noisebook.train;

import dev.noisebook.check.Parameters;
import dev.noisebook.loss.coupled.AucLoss;

/** Metrics over arrays of scores and outcomes, as {@link Evaluation} uses them. */
public final class Metrics {
  /** The default number of equal-width confidence bins of {@link #expectedCalibrationError}. */
  public static final int DEFAULT_BINS = 15;

  private Metrics() {}

  /**
   * The binary ROC AUC as the Mann–Whitney statistic {@code (1/(PN)) Σ_p Σ_n (1[s_p > s_n] + ½
   * 1[s_p = s_n])} (ties count ½, as sklearn's {@code roc_auc_score}); needs both classes.
   */
  public static double auc(double[] scores, boolean[] positive) {
    Parameters.notNull("scores", scores);
    Parameters.notNull("positive", positive);
    if (scores.length != positive.length) {
      throw new IllegalArgumentException(
          scores.length + " scores but " + positive.length + " positive flags");
    }
    double[][] split = partition(scores, positive);
    return AucLoss.auc(split[0], split[1]);
  }

  /**
   * Expected calibration error, "On Calibration of Modern Neural Networks" (Guo et al., 2017):
   * {@code ECE = Σ_b (|B_b|/n) |acc(B_b) − conf(B_b)|} over {@code bins} equal-width bins of the
   * confidence, bin b holding confidences in (b/M, (b+1)/M] (confidence 0 in the first bin). Empty
   * bins contribute nothing.
   */
  public static double expectedCalibrationError(double[] confidence, boolean[] correct, int bins) {
    Parameters.notNull("confidence", confidence);
    Parameters.notNull("correct", correct);
    Parameters.atLeast("bins", bins, 1);
    if (confidence.length != correct.length || confidence.length == 0) {
      throw new IllegalArgumentException(
          "confidence ("
              + confidence.length
              + ") and correct ("
              + correct.length
              + ") must have the same, non-zero length");
    }
    double[] confidenceSum = new double[bins];
    double[] hits = new double[bins];
    int[] counts = new int[bins];
    for (int i = 0; i < confidence.length; i++) {
      double c = confidence[i];
      if (!(c >= 0 && c <= 1)) {
        throw new IllegalArgumentException("confidence[" + i + "] = " + c + " is not in [0, 1]");
      }
      int b = Math.clamp((long) Math.ceil(c * bins) - 1, 0, bins - 1);
      confidenceSum[b] += c;
      hits[b] += correct[i] ? 1 : 0;
      counts[b]++;
    }
    double ece = 0;
    for (int b = 0; b < bins; b++) {
      if (counts[b] > 0) {
        ece += Math.abs(hits[b] - confidenceSum[b]) / confidence.length;
      }
    }
    return ece;
  }

  /** The values of the positive rows and of the others, each in row order. */
  static double[][] partition(double[] values, boolean[] positive) {
    int p = 0;
    for (boolean b : positive) {
      p += b ? 1 : 0;
    }
    double[] pos = new double[p];
    double[] neg = new double[values.length - p];
    for (int i = 0, a = 0, b = 0; i < values.length; i++) {
      if (positive[i]) {
        pos[a++] = values[i];
      } else {
        neg[b++] = values[i];
      }
    }
    return new double[][] {pos, neg};
  }
}
