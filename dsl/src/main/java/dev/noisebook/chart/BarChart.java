package dev.noisebook.chart;

import dev.noisebook.Chart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** Bars over named categories; several series stand side by side in each category. */
public record BarChart(Frame frame, List<String> categories, List<BarChart.Bars> bars)
    implements Chart {

  /** One series of bars: a value per category. */
  public record Bars(String name, double[] values) {
    public Bars {
      Objects.requireNonNull(name, "name");
      values = values.clone();
    }

    @Override
    public double[] values() {
      return values.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Bars b && name.equals(b.name) && Arrays.equals(values, b.values);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
      return name + "=" + Arrays.toString(values);
    }
  }

  public BarChart {
    Objects.requireNonNull(frame, "frame");
    categories = List.copyOf(categories);
    bars = List.copyOf(bars);
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("a bar chart needs at least one category");
    }
  }

  /** A bar chart over categories; see {@link Chart#bar}. */
  public static BarChart titled(String title, String... categories) {
    return new BarChart(Frame.titled(title), List.of(categories), List.of());
  }

  public BarChart xAxis(String label) {
    return new BarChart(frame.withXAxis(label), categories, bars);
  }

  public BarChart yAxis(String label) {
    return new BarChart(frame.withYAxis(label), categories, bars);
  }

  public BarChart size(int width, int height) {
    return new BarChart(frame.withSize(width, height), categories, bars);
  }

  /** A series with one value per category, in the order the categories were given. */
  public BarChart bars(String name, double... values) {
    if (values.length != categories.size()) {
      throw new IllegalArgumentException(
          "bars '"
              + name
              + "': "
              + categories.size()
              + " categories need as many values, got "
              + values.length);
    }
    List<Bars> more = new ArrayList<>(bars);
    more.add(new Bars(name, values));
    return new BarChart(frame, categories, more);
  }

  @Override
  public CategoryChart toXChart() {
    if (bars.isEmpty()) {
      throw new IllegalStateException("bar chart '" + frame.title() + "' has no bars yet");
    }
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(frame.width())
            .height(frame.height())
            .title(frame.title())
            .xAxisTitle(frame.xAxis())
            .yAxisTitle(frame.yAxis())
            .build();
    ChartFiles.style(chart.getStyler(), frame);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    chart.getStyler().setLegendVisible(bars.size() > 1);
    for (Bars b : bars) {
      chart.addSeries(b.name(), categories, Arrays.stream(b.values()).boxed().toList());
    }
    return chart;
  }

  @Override
  public String toString() {
    return "BarChart \""
        + frame.title()
        + "\": "
        + categories
        + " "
        + bars
        + "; .save(\"chart.png\") writes it";
  }
}
