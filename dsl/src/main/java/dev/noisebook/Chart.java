package dev.noisebook;

import dev.noisebook.chart.BarChart;
import dev.noisebook.chart.ChartFiles;
import dev.noisebook.chart.Frame;
import dev.noisebook.chart.HeatmapChart;
import dev.noisebook.chart.LineChart;
import dev.noisebook.chart.ScatterChart;
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
public interface Chart extends Displayable {

  /** Lines through (x, y) points, one or many series. */
  static LineChart line(String title) {
    return LineChart.titled(title);
  }

  /** Points coloured by class, one series per class. */
  static ScatterChart scatter(String title) {
    return ScatterChart.titled(title);
  }

  /** A matrix as coloured cells, row 0 at the top. */
  static HeatmapChart heatmap(String title, double[][] values) {
    return HeatmapChart.titled(title, values);
  }

  /** Bars over named categories, one or many series. */
  static BarChart bar(String title, String... categories) {
    return BarChart.titled(title, categories);
  }

  Frame frame();

  /** A new XChart object for this chart, for anything this API does not cover. */
  IChart toXChart();

  default byte[] png() {
    return ChartFiles.png(this);
  }

  default String svg() {
    return ChartFiles.svg(this);
  }

  /** Writes the chart as PNG or SVG, chosen by the file's extension; returns the path. */
  default Path save(String file) {
    return ChartFiles.save(this, Path.of(file));
  }

  @Override
  default MimeBundle mimeBundle() {
    return MimeBundle.text(toString()).withPng(png());
  }
}
