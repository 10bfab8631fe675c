package dev.noisebook.noise;

import dev.noisebook.Chart;
import dev.noisebook.chart.HeatmapChart;
import dev.noisebook.check.Parameters;
import dev.noisebook.display.Displayable;
import dev.noisebook.display.MimeBundle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A label-noise transition matrix, <b>row-stochastic</b>: T[i][j] = P(observed label j | true label
 * i), so row i is the distribution of what an example of true class i is labelled as, and every row
 * sums to 1. This is the orientation of <i>Making Deep Neural Networks Robust to Label Noise: a
 * Loss Correction Approach</i> (Patrini et al.), where P(ỹ | x) = Tᵀ P(y | x).
 *
 * <p><b>cleanlab uses the transpose</b>: its {@code noise_matrix[s][y] = P(label = s | true_label =
 * y)} is column-stochastic. Convert with {@link #fromCleanlab(double[][])} and {@link
 * #toCleanlab()}, never by passing one orientation where the other is expected.
 *
 * <p>Immutable; shows itself as a heatmap (rows: true class, columns: observed class).
 */
public final class TransitionMatrix implements Displayable {
  private final double[][] t;
  private final List<String> classes;

  private TransitionMatrix(double[][] t, List<String> classes) {
    this.t = t;
    this.classes = List.copyOf(classes);
  }

  /**
   * T from its rows, T[i][j] = P(observed j | true i). Rejected: an empty or non-square matrix,
   * fewer than 2 classes, entries outside [0, 1] or not finite, rows that do not sum to 1 (within
   * 1e-9).
   */
  public static TransitionMatrix of(double[][] rows) {
    double[][] t = Stochastic.rows(rows);
    return new TransitionMatrix(t, indices(t.length));
  }

  /**
   * From cleanlab's column-stochastic {@code noise_matrix[s][y] = P(label = s | true_label = y)}: T
   * = noise_matrixᵀ. Its columns must sum to 1.
   */
  public static TransitionMatrix fromCleanlab(double[][] noiseMatrix) {
    Parameters.notNull("cleanlab's noise matrix", noiseMatrix);
    double[][] t = Stochastic.columnsTransposed(noiseMatrix);
    return new TransitionMatrix(t, indices(t.length));
  }

  /** cleanlab's orientation: Tᵀ, whose column y is the distribution of labels of true class y. */
  public double[][] toCleanlab() {
    return Matrices.transpose(t);
  }

  /** The same matrix with class names, used by its heatmap and its learnability report. */
  public TransitionMatrix classes(String... names) {
    Parameters.notNull("class names", names);
    if (names.length != t.length) {
      throw new IllegalArgumentException(
          "a "
              + t.length
              + " x "
              + t.length
              + " transition matrix needs "
              + t.length
              + " class names, got "
              + names.length);
    }
    return new TransitionMatrix(t, List.of(names));
  }

  /** K, the number of classes. */
  public int size() {
    return t.length;
  }

  /** T[trueClass][observedClass]. */
  public double get(int trueClass, int observedClass) {
    return t[trueClass][observedClass];
  }

  /** A copy of the rows. */
  public double[][] rows() {
    return Matrices.copy(t);
  }

  /** The class names (by default "0", "1", ...). */
  public List<String> classNames() {
    return classes;
  }

  /** P(observed ≠ true) under a uniform class prior: 1 − trace/K. */
  public double flipRate() {
    return flipRate(uniform(t.length));
  }

  /** P(observed ≠ true) = Σ_i π_i (1 − T[i][i]) under the class prior π. */
  public double flipRate(double... prior) {
    double[] p = checkedPrior(prior);
    double rate = 0;
    for (int i = 0; i < t.length; i++) {
      rate += p[i] * (1 - t[i][i]);
    }
    return rate;
  }

  /** The trace Σ_i T[i][i]: K for clean labels, K·(1 − η) for symmetric noise. */
  public double trace() {
    double trace = 0;
    for (int i = 0; i < t.length; i++) {
      trace += t[i][i];
    }
    return trace;
  }

  /** The noisy class posterior Tᵀp from a clean one p (P(ỹ = j | x) = Σ_i p_i T[i][j]). */
  public double[] noisyPosterior(double... clean) {
    double[] p = checkedPrior(clean);
    double[] noisy = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      for (int j = 0; j < t.length; j++) {
        noisy[j] += p[i] * t[i][j];
      }
    }
    return noisy;
  }

  /** T⁻¹, for backward loss correction; rejected when T is singular (see {@link Learnability}). */
  public double[][] inverse() {
    double[][] inv = Matrices.inverse(t);
    if (inv == null || Matrices.condition1(t) >= Matrices.MAX_CONDITION) {
      throw new IllegalStateException(
          "the transition matrix is singular (condition number "
              + Text.num(Matrices.condition1(t))
              + "), it has no usable inverse");
    }
    return inv;
  }

  /** {@link Learnability} under a uniform class prior. */
  public Learnability learnability() {
    return learnability(uniform(t.length));
  }

  /** {@link Learnability} under the class prior π (non-negative, summing to 1). */
  public Learnability learnability(double... prior) {
    return Learnability.of(t, checkedPrior(prior), classes);
  }

  /** The matrix as a heatmap, true class as rows, observed class as columns. */
  public HeatmapChart heatmap() {
    return Chart.heatmap("Transition matrix T[i][j] = P(observed j | true i)", t)
        .xAxis("observed label j")
        .yAxis("true label i")
        .labels(classes, classes)
        .format("0.000");
  }

  @Override
  public MimeBundle mimeBundle() {
    return MimeBundle.text(toString()).withPng(heatmap().png());
  }

  double[] flat() {
    double[] flat = new double[t.length * t.length];
    for (int i = 0; i < t.length; i++) {
      System.arraycopy(t[i], 0, flat, i * t.length, t.length);
    }
    return flat;
  }

  static TransitionMatrix ofFlat(double[] flat, int k) {
    if (flat.length != k * k) {
      throw new IllegalArgumentException(
          "a "
              + k
              + " x "
              + k
              + " transition matrix needs "
              + k * k
              + " entries, got "
              + flat.length);
    }
    double[][] rows = new double[k][];
    for (int i = 0; i < k; i++) {
      rows[i] = Arrays.copyOfRange(flat, i * k, (i + 1) * k);
    }
    return of(rows);
  }

  static double[] uniform(int k) {
    double[] p = new double[k];
    Arrays.fill(p, 1.0 / k);
    return p;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TransitionMatrix m
        && Arrays.deepEquals(t, m.t)
        && classes.equals(m.classes);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.deepHashCode(t) + classes.hashCode();
  }

  /** The rows with 4 decimals, headed by the orientation. */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("TransitionMatrix ")
            .append(t.length)
            .append(" x ")
            .append(t.length)
            .append(", T[i][j] = P(observed j | true i), flip rate ")
            .append(Text.percent(flipRate()))
            .append(" (uniform prior)");
    for (double[] row : t) {
      text.append("\n ");
      for (double v : row) {
        text.append(String.format(Locale.ROOT, " %.4f", v));
      }
    }
    return text.toString();
  }

  private static List<String> indices(int k) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      names.add(Integer.toString(i));
    }
    return names;
  }

  private double[] checkedPrior(double[] prior) {
    return Stochastic.distribution("class prior", prior, t.length);
  }
}
