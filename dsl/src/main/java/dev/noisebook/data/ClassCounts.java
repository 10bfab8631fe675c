package dev.noisebook.data;

import java.util.Arrays;

/** How many examples each class gets: exact counts, never random. */
final class ClassCounts {
  private ClassCounts() {}

  /**
   * {@code samples / classes} each, the first {@code samples % classes} classes one more
   * (scikit-learn's {@code make_blobs} rule).
   */
  static int[] balanced(int samples, int classes) {
    int[] counts = new int[classes];
    for (int k = 0; k < classes; k++) {
      counts[k] = samples / classes + (k < samples % classes ? 1 : 0);
    }
    return counts;
  }

  /**
   * Two classes, {@code samples / 2} in class 0 and the rest in class 1 (scikit-learn's {@code
   * make_moons} and {@code make_circles} rule).
   */
  static int[] halves(int samples) {
    return new int[] {samples / 2, samples - samples / 2};
  }

  /**
   * {@code samples · p_k / Σp} each, rounded by largest remainder (the floors first, then one more
   * for the largest fractional parts, ties to the lower class), so the counts sum to {@code
   * samples} exactly.
   */
  static int[] proportional(int samples, double[] proportions) {
    double total = Arrays.stream(proportions).sum();
    int[] counts = new int[proportions.length];
    double[] remainder = new double[proportions.length];
    int assigned = 0;
    for (int k = 0; k < counts.length; k++) {
      double exact = samples * proportions[k] / total;
      counts[k] = (int) Math.floor(exact);
      remainder[k] = exact - counts[k];
      assigned += counts[k];
    }
    for (int extra = samples - assigned; extra > 0; extra--) {
      int best = 0;
      for (int k = 1; k < counts.length; k++) {
        if (remainder[k] > remainder[best]) {
          best = k;
        }
      }
      counts[best]++;
      remainder[best] = -1;
    }
    return counts;
  }
}
