package dev.noisebook.data;

import dev.noisebook.Chart;
import dev.noisebook.Data;
import dev.noisebook.chart.ScatterChart;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.classification.LabelFactory;
import org.tribuo.regression.RegressionFactory;

/** The pictures of data: 2-D labelled data by class, 1-D regression data as y against x. */
public final class DataCharts {
  private DataCharts() {}

  /** Whether {@link #scatter} can draw {@code data}. */
  public static boolean plottable(Data<?> data) {
    var factory = data.source().getOutputFactory();
    int features = data.featureNames().size();
    return (factory instanceof LabelFactory && features == 2)
        || (factory instanceof RegressionFactory && features == 1);
  }

  /**
   * Labelled data with two features as a scatter chart, one colour per class ("class 0", ... for
   * numbered classes, the label itself otherwise); regression data with one feature as y against x.
   */
  public static ScatterChart scatter(Data<?> data) {
    List<? extends Example<?>> examples = ConfiguredData.examplesOf(data.source());
    List<String> names = Examples.featureNames(examples);
    var factory = data.source().getOutputFactory();
    ScatterChart chart = Chart.scatter(data.toString());
    if (factory instanceof LabelFactory && names.size() == 2) {
      double[][] x = Examples.matrix(examples, names);
      List<String> classes = Examples.classes(examples);
      int[] index = Examples.classIndices(examples, classes);
      chart = chart.xAxis(names.get(0)).yAxis(names.get(1));
      for (int k = 0; k < classes.size(); k++) {
        chart =
            chart.points(
                seriesName(classes.get(k)), column(x, index, k, 0), column(x, index, k, 1));
      }
      return chart;
    }
    if (factory instanceof RegressionFactory && names.size() == 1) {
      double[][] x = Examples.matrix(examples, names);
      double[] xs = new double[x.length];
      for (int i = 0; i < xs.length; i++) {
        xs[i] = x[i][0];
      }
      return chart
          .xAxis(names.get(0))
          .yAxis(RegressionGenerator.TARGET)
          .points("examples", xs, Examples.targets(examples));
    }
    throw new IllegalStateException(
        "a scatter chart shows labelled data with 2 features or regression data with 1; "
            + data
            + " has "
            + names.size()
            + " features ("
            + factory.getClass().getSimpleName()
            + "); see summary() instead");
  }

  private static String seriesName(String label) {
    return label.matches("-?\\d+") ? "class " + label : label;
  }

  private static double[] column(double[][] x, int[] index, int k, int j) {
    int count = 0;
    for (int i : index) {
      count += i == k ? 1 : 0;
    }
    double[] values = new double[count];
    int at = 0;
    for (int i = 0; i < x.length; i++) {
      if (index[i] == k) {
        values[at++] = x[i][j];
      }
    }
    return values;
  }
}
