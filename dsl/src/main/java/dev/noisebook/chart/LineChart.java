package dev.noisebook.chart;

import dev.noisebook.Chart;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Lines through points, one or many named series; optionally a logarithmic y axis. */
public record LineChart(Frame frame, List<Series> series, boolean logarithmicY) implements Chart {

  public LineChart {
    Objects.requireNonNull(frame, "frame");
    series = List.copyOf(series);
  }

  /** An empty line chart; see {@link Chart#line}. */
  public static LineChart titled(String title) {
    return new LineChart(Frame.titled(title), List.of(), false);
  }

  public LineChart xAxis(String label) {
    return new LineChart(frame.withXAxis(label), series, logarithmicY);
  }

  public LineChart yAxis(String label) {
    return new LineChart(frame.withYAxis(label), series, logarithmicY);
  }

  public LineChart size(int width, int height) {
    return new LineChart(frame.withSize(width, height), series, logarithmicY);
  }

  /** A logarithmic y axis (all y values must be positive). */
  public LineChart logY() {
    return new LineChart(frame, series, true);
  }

  public LineChart series(String name, double[] x, double[] y) {
    return series(new Series(name, x, y));
  }

  /** y against its index 0, 1, 2, ... */
  public LineChart series(String name, double[] y) {
    return series(Series.of(name, y));
  }

  public LineChart series(Series s) {
    if (series.stream().anyMatch(existing -> existing.name().equals(s.name()))) {
      throw new IllegalArgumentException("the chart already has a series named '" + s.name() + "'");
    }
    List<Series> more = new ArrayList<>(series);
    more.add(s);
    return new LineChart(frame, more, logarithmicY);
  }

  @Override
  public XYChart toXChart() {
    if (series.isEmpty()) {
      throw new IllegalStateException("line chart '" + frame.title() + "' has no series yet");
    }
    XYChart chart = ChartFiles.xy(frame);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setLegendVisible(series.size() > 1);
    chart.getStyler().setYAxisLogarithmic(logarithmicY);
    for (Series s : series) {
      chart
          .addSeries(s.name(), ChartFiles.breakEvenSpacing(s.x()), s.y())
          .setMarker(SeriesMarkers.NONE);
    }
    return chart;
  }

  @Override
  public String toString() {
    return "LineChart \""
        + frame.title()
        + "\": "
        + series
        + " (x: "
        + frame.xAxis()
        + ", y: "
        + frame.yAxis()
        + "); .save(\"chart.png\") writes it";
  }
}
