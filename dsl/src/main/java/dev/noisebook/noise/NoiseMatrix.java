package dev.noisebook.noise;

import dev.noisebook.Chart;
import dev.noisebook.chart.HeatmapChart;
import dev.noisebook.display.Displayable;
import dev.noisebook.display.MimeBundle;
import java.util.Arrays;
import java.util.List;

/**
 * The realised noise of one corrupted data set: counts[i][j] = the number of examples of true class
 * i observed as class j, in the same orientation as {@link TransitionMatrix} (rows: true class,
 * columns: observed class). {@link #rates()} divides each row by its total, the empirical estimate
 * of T. Immutable; shows itself as a heatmap of the rates.
 */
public final class NoiseMatrix implements Displayable {
  private final int[][] counts;
  private final List<String> classes;

  private NoiseMatrix(int[][] counts, List<String> classes) {
    this.counts = counts;
    this.classes = List.copyOf(classes);
  }

  /** Counts true-vs-observed pairs; labels are indices into {@code classes}. */
  static NoiseMatrix count(int[] clean, int[] noisy, List<String> classes) {
    int k = classes.size();
    int[][] counts = new int[k][k];
    for (int i = 0; i < clean.length; i++) {
      counts[clean[i]][noisy[i]]++;
    }
    return new NoiseMatrix(counts, classes);
  }

  /** K, the number of classes. */
  public int size() {
    return counts.length;
  }

  public List<String> classNames() {
    return classes;
  }

  /** counts[true][observed], a copy. */
  public int[][] counts() {
    int[][] copy = new int[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      copy[i] = counts[i].clone();
    }
    return copy;
  }

  public int count(int trueClass, int observedClass) {
    return counts[trueClass][observedClass];
  }

  /** The number of examples. */
  public int total() {
    return Arrays.stream(counts).flatMapToInt(Arrays::stream).sum();
  }

  /** The number of examples whose observed label differs from the true one. */
  public int flipped() {
    int flipped = total();
    for (int i = 0; i < counts.length; i++) {
      flipped -= counts[i][i];
    }
    return flipped;
  }

  /** flipped / total (0 for no examples). */
  public double flipRate() {
    int total = total();
    return total == 0 ? 0 : (double) flipped() / total;
  }

  /**
   * counts[i][j] / Σ_j counts[i][j], the empirical P(observed j | true i); a class with no examples
   * has a row of zeros.
   */
  public double[][] rates() {
    double[][] rates = new double[counts.length][counts.length];
    for (int i = 0; i < counts.length; i++) {
      int rowTotal = Arrays.stream(counts[i]).sum();
      for (int j = 0; j < counts.length && rowTotal > 0; j++) {
        rates[i][j] = (double) counts[i][j] / rowTotal;
      }
    }
    return rates;
  }

  /** The rates as a heatmap, true class as rows, observed class as columns. */
  public HeatmapChart heatmap() {
    return Chart.heatmap(
            "Realised label noise: "
                + flipped()
                + " of "
                + total()
                + " flipped ("
                + Text.percent(flipRate())
                + ")",
            rates())
        .xAxis("observed label")
        .yAxis("true label")
        .labels(classes, classes)
        .format("0.000");
  }

  @Override
  public MimeBundle mimeBundle() {
    return MimeBundle.text(toString()).withPng(heatmap().png());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NoiseMatrix m
        && Arrays.deepEquals(counts, m.counts)
        && classes.equals(m.classes);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.deepHashCode(counts) + classes.hashCode();
  }

  /** The counts as a table, true class down, observed class across. */
  @Override
  public String toString() {
    int width = 5;
    for (String name : classes) {
      width = Math.max(width, name.length() + 1);
    }
    width = Math.max(width, Integer.toString(total()).length() + 1);
    StringBuilder text =
        new StringBuilder("NoiseMatrix: ")
            .append(flipped())
            .append(" of ")
            .append(total())
            .append(" labels flipped (")
            .append(Text.percent(flipRate()))
            .append("); rows: true label, columns: observed label\n")
            .append(" ".repeat(width));
    for (String name : classes) {
      text.append(pad(name, width));
    }
    for (int i = 0; i < counts.length; i++) {
      text.append('\n').append(pad(classes.get(i), width));
      for (int c : counts[i]) {
        text.append(pad(Integer.toString(c), width));
      }
    }
    return text.toString();
  }

  private static String pad(String s, int width) {
    return " ".repeat(Math.max(0, width - s.length())) + s;
  }
}
