package dev.noisebook.chart;

import dev.noisebook.display.Displayable;
import dev.noisebook.display.MimeBundle;
import java.nio.file.Path;
import org.knowm.xchart.internal.chartpart.IChart;

/**
 * A chart as an immutable value: every builder method returns a new chart. It shows itself inline
 * in a notebook as PNG (SVG on request), prints a one-line summary in plain JShell, and saves to a
 * file. Drawn with XChart, headless.
 *
 * <pre>{@code
 * Chart.line("Learning rate").xAxis("step").yAxis("learning rate")
 *     .series("cosine", steps, lr).save("lr.png");
 * }</pre>
 */
public sealed interface Chart extends Displayable
    permits LineChart, ScatterChart, HeatmapChart, BarChart {

  /** Lines through (x, y) points, one or many series. */
  static LineChart line(String title) {
    return new LineChart(Frame.titled(title), java.util.List.of(), false);
  }

  /** Points coloured by class, one series per class. */
  static ScatterChart scatter(String title) {
    return new ScatterChart(Frame.titled(title), java.util.List.of());
  }

  /** A matrix as coloured cells, row 0 at the top. */
  static HeatmapChart heatmap(String title, double[][] values) {
    return HeatmapChart.of(Frame.titled(title), values);
  }

  /** Bars over named categories, one or many series. */
  static BarChart bar(String title, String... categories) {
    return new BarChart(Frame.titled(title), java.util.List.of(categories), java.util.List.of());
  }

  Frame frame();

  /** A new XChart object for this chart, for anything this API does not cover. */
  IChart toXChart();

  default byte[] png() {
    return ChartImages.png(this);
  }

  default String svg() {
    return ChartImages.svg(this);
  }

  /** Writes the chart as PNG or SVG, chosen by the file's extension; returns the path. */
  default Path save(String file) {
    return ChartImages.save(this, Path.of(file));
  }

  @Override
  default MimeBundle mimeBundle() {
    return MimeBundle.text(toString()).withPng(png());
  }
}
