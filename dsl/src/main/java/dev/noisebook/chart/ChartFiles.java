package dev.noisebook.chart;

import dev.noisebook.Chart;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.knowm.xchart.ChartEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** Encoding charts to PNG and SVG, and the one house style every chart shares. */
public final class ChartFiles {
  static {
    // Notebook kernels and CI have no display; AWT must not try to find one.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private ChartFiles() {}

  public static byte[] png(Chart chart) {
    try {
      return ChartEncoder.getBytes(chart.toXChart(), "png");
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode " + chart.frame().title() + " as PNG", e);
    }
  }

  public static String svg(Chart chart) {
    var out = new ByteArrayOutputStream();
    try {
      ChartEncoder.saveChart(chart.toXChart(), out, "svg");
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode " + chart.frame().title() + " as SVG", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  public static Path save(Chart chart, Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".png")) {
        Files.write(file, png(chart));
      } else if (name.endsWith(".svg")) {
        Files.writeString(file, svg(chart));
      } else {
        throw new IllegalArgumentException(
            "save a chart as .png or .svg, got '" + file.getFileName() + "'");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
    return file;
  }

  /** An empty XY chart with the frame's size, title and axis titles, in the house style. */
  static XYChart xy(Frame frame) {
    XYChart chart =
        new XYChartBuilder()
            .width(frame.width())
            .height(frame.height())
            .title(frame.title())
            .xAxisTitle(frame.xAxis())
            .yAxisTitle(frame.yAxis())
            .build();
    style(chart.getStyler(), frame);
    return chart;
  }

  /** Readable fonts at notebook size, no frame clutter, legend inside the plot. */
  public static void style(Styler styler, Frame frame) {
    styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, titleSize(frame, 0)));
    styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBorderVisible(false);
    styler.setLegendBorderColor(new Color(0, 0, 0, 0));
    styler.setDecimalPattern("#,##0.####");
    styler.setLocale(Locale.ROOT);
    if (styler instanceof AxesChartStyler axes) {
      axes.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
      axes.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    }
  }

  /**
   * 16 pt, smaller for a title too long for the width (XChart clips rather than wraps); a bold
   * sans-serif glyph is about 0.6 em wide on average.
   */
  static int titleSize(Frame frame, int legendWidth) {
    double fits = (frame.width() - 20 - legendWidth) / (0.62 * Math.max(1, frame.title().length()));
    return (int) Math.max(9, Math.min(16, Math.floor(fits)));
  }

  /**
   * XChart lays out ticks on evenly spaced x values with a routine that ignores the label spacing
   * and overlaps them (XChart issue 731, still open in 4.0.3); nudging the last x by a thousandth
   * of a step, invisible at any plot size, sends the axis through the ordinary "nice number" ticks.
   */
  public static double[] breakEvenSpacing(double[] x) {
    if (x.length < 3) {
      return x;
    }
    double step = x[1] - x[0];
    for (int i = 2; i < x.length; i++) {
      if (Math.abs((x[i] - x[i - 1]) - step) > 1e-9 * Math.abs(step)) {
        return x;
      }
    }
    double[] nudged = x.clone();
    nudged[x.length - 1] += step * 1e-3;
    return nudged;
  }
}
