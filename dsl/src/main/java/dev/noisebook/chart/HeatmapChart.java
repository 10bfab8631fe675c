package dev.noisebook.chart;

import dev.noisebook.Chart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * A matrix as coloured cells with their values printed, row 0 at the top (as a matrix is read, e.g.
 * a noise transition matrix with true class as rows and observed class as columns).
 */
public record HeatmapChart(
    Frame frame,
    double[][] values,
    List<String> rowLabels,
    List<String> columnLabels,
    String format)
    implements Chart {

  public HeatmapChart {
    Objects.requireNonNull(frame, "frame");
    values = copy(values);
    rowLabels = List.copyOf(rowLabels);
    columnLabels = List.copyOf(columnLabels);
    if (rowLabels.size() != values.length || columnLabels.size() != values[0].length) {
      throw new IllegalArgumentException(
          "heatmap: "
              + values.length
              + " x "
              + values[0].length
              + " values need as many labels, got "
              + rowLabels.size()
              + " row and "
              + columnLabels.size()
              + " column labels");
    }
    Objects.requireNonNull(format, "format");
  }

  /** A heatmap of {@code values} labelled by index; see {@link Chart#heatmap}. */
  public static HeatmapChart titled(String title, double[][] values) {
    double[][] v = copy(values);
    return new HeatmapChart(
        Frame.titled(title), v, indices(v.length), indices(v[0].length), "0.00");
  }

  private static double[][] copy(double[][] values) {
    Objects.requireNonNull(values, "values");
    if (values.length == 0 || values[0].length == 0) {
      throw new IllegalArgumentException("heatmap: the matrix is empty");
    }
    double[][] c = new double[values.length][];
    for (int r = 0; r < values.length; r++) {
      if (values[r].length != values[0].length) {
        throw new IllegalArgumentException(
            "heatmap: row "
                + r
                + " has "
                + values[r].length
                + " values but row 0 has "
                + values[0].length);
      }
      c[r] = values[r].clone();
    }
    return c;
  }

  private static List<String> indices(int n) {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      labels.add(Integer.toString(i));
    }
    return labels;
  }

  @Override
  public double[][] values() {
    return copy(values);
  }

  public HeatmapChart xAxis(String label) {
    return new HeatmapChart(frame.withXAxis(label), values, rowLabels, columnLabels, format);
  }

  public HeatmapChart yAxis(String label) {
    return new HeatmapChart(frame.withYAxis(label), values, rowLabels, columnLabels, format);
  }

  public HeatmapChart size(int width, int height) {
    return new HeatmapChart(frame.withSize(width, height), values, rowLabels, columnLabels, format);
  }

  public HeatmapChart labels(List<String> rows, List<String> columns) {
    return new HeatmapChart(frame, values, rows, columns, format);
  }

  /** The cell value format, a {@link java.text.DecimalFormat} pattern such as "0.000". */
  public HeatmapChart format(String pattern) {
    return new HeatmapChart(frame, values, rowLabels, columnLabels, pattern);
  }

  @Override
  public HeatMapChart toXChart() {
    HeatMapChart chart =
        new HeatMapChartBuilder()
            .width(frame.width())
            .height(frame.height())
            .title(frame.title())
            .xAxisTitle(frame.xAxis())
            .yAxisTitle(frame.yAxis())
            .build();
    ChartFiles.style(chart.getStyler(), frame);
    java.text.DecimalFormat decimals =
        new java.text.DecimalFormat(
            format, java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
    chart
        .getStyler()
        .setShowValue(true)
        .setHeatMapValueDecimalPattern(format)
        .setHeatMapDecimalValueFormatter(decimals::format) // the colour legend's end values too
        // XChart skips category labels closer than its 44 px hint: every row and column is named.
        .setXAxisTickMarkSpacingHint(8)
        .setYAxisTickMarkSpacingHint(8);
    int rows = values.length;
    List<String> yLabels = new ArrayList<>(rowLabels);
    java.util.Collections.reverse(yLabels); // XChart's y axis grows upwards
    List<Number[]> cells = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < values[r].length; c++) {
        cells.add(new Number[] {c, rows - 1 - r, values[r][c]});
      }
    }
    chart.addSeries(frame.title(), columnLabels, yLabels, cells);
    return chart;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HeatmapChart h
        && frame.equals(h.frame)
        && Arrays.deepEquals(values, h.values)
        && rowLabels.equals(h.rowLabels)
        && columnLabels.equals(h.columnLabels)
        && format.equals(h.format);
  }

  @Override
  public int hashCode() {
    return Objects.hash(frame, Arrays.deepHashCode(values), rowLabels, columnLabels, format);
  }

  @Override
  public String toString() {
    return "HeatmapChart \""
        + frame.title()
        + "\": "
        + values.length
        + " x "
        + values[0].length
        + "; .save(\"chart.png\") writes it";
  }
}
