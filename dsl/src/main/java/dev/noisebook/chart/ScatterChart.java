package dev.noisebook.chart;

import dev.noisebook.Chart;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;

/** Points in the plane, one colour per series; {@link #byClass} makes one series per label. */
public record ScatterChart(Frame frame, List<Series> series) implements Chart {

  public ScatterChart {
    Objects.requireNonNull(frame, "frame");
    series = List.copyOf(series);
  }

  /** An empty scatter chart; see {@link Chart#scatter}. */
  public static ScatterChart titled(String title) {
    return new ScatterChart(Frame.titled(title), List.of());
  }

  public ScatterChart xAxis(String label) {
    return new ScatterChart(frame.withXAxis(label), series);
  }

  public ScatterChart yAxis(String label) {
    return new ScatterChart(frame.withYAxis(label), series);
  }

  public ScatterChart size(int width, int height) {
    return new ScatterChart(frame.withSize(width, height), series);
  }

  public ScatterChart points(String name, double[] x, double[] y) {
    List<Series> more = new ArrayList<>(series);
    more.add(new Series(name, x, y));
    return new ScatterChart(frame, more);
  }

  /** Point i at (x[i], y[i]) in the colour of class {@code labels[i]}, named "class k". */
  public ScatterChart byClass(double[] x, double[] y, int[] labels) {
    if (x.length != y.length || x.length != labels.length) {
      throw new IllegalArgumentException(
          "byClass: x, y and labels must have one entry per point, got "
              + x.length
              + ", "
              + y.length
              + " and "
              + labels.length);
    }
    TreeMap<Integer, List<Integer>> members = new TreeMap<>();
    for (int i = 0; i < labels.length; i++) {
      members.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
    }
    ScatterChart chart = this;
    for (var entry : members.entrySet()) {
      List<Integer> at = entry.getValue();
      double[] cx = at.stream().mapToDouble(i -> x[i]).toArray();
      double[] cy = at.stream().mapToDouble(i -> y[i]).toArray();
      chart = chart.points("class " + entry.getKey(), cx, cy);
    }
    return chart;
  }

  @Override
  public XYChart toXChart() {
    if (series.isEmpty()) {
      throw new IllegalStateException("scatter chart '" + frame.title() + "' has no points yet");
    }
    XYChart chart = ChartFiles.xy(frame);
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    // The title is centred over the plot, which the legend outside on the right narrows.
    chart
        .getStyler()
        .setChartTitleFont(
            new java.awt.Font(
                java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, ChartFiles.titleSize(frame, 110)));
    chart.getStyler().setMarkerSize(5);
    for (Series s : series) {
      chart.addSeries(s.name(), s.x(), s.y());
    }
    return chart;
  }

  @Override
  public String toString() {
    return "ScatterChart \"" + frame.title() + "\": " + series + "; .save(\"chart.png\") writes it";
  }
}
