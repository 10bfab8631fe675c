package dev.noisebook.train;

/** Argmax predictions of a linear model's weights and their agreement with labels. */
final class Predictions {
  private Predictions() {}

  static int[] argmax(double[][] w, double[][] x) {
    double[][] z = ScoreObjective.scores(w, x);
    int[] out = new int[x.length];
    for (int i = 0; i < z.length; i++) {
      int best = 0;
      for (int k = 1; k < z[i].length; k++) {
        if (z[i][k] > z[i][best]) {
          best = k;
        }
      }
      out[i] = best;
    }
    return out;
  }

  /**
   * The fraction of rows (only those with {@code among[i]} when it is not null) whose prediction
   * equals {@code labels[i]}; NaN when no row counts.
   */
  static double agreement(int[] predicted, int[] labels, boolean[] among) {
    int hits = 0;
    int count = 0;
    for (int i = 0; i < predicted.length; i++) {
      if (among == null || among[i]) {
        count++;
        hits += predicted[i] == labels[i] ? 1 : 0;
      }
    }
    return count == 0 ? Double.NaN : (double) hits / count;
  }

  static double accuracy(double[][] w, TrainingRows rows) {
    return agreement(argmax(w, rows.x()), rows.y(), null);
  }
}
