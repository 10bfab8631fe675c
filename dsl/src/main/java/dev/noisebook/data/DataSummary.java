package dev.noisebook.data;

import dev.noisebook.Data;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.regression.Regressor;

/**
 * What a data set holds at a glance: its size, the count of each class (labelled data) or the
 * target's range (regression), and each feature's min, mean and max. The text and HTML forms list
 * at most {@value #SHOWN_FEATURES} features.
 *
 * @param classCounts examples per class in {@link Examples#CLASS_ORDER}; empty for regression
 * @param target min, mean and max of the first target dimension; empty for classification
 */
public record DataSummary(
    String description,
    int size,
    List<String> features,
    double[] min,
    double[] mean,
    double[] max,
    Map<String, Integer> classCounts,
    double[] target) {

  /** Features listed in the text and HTML forms. */
  public static final int SHOWN_FEATURES = 10;

  public DataSummary {
    features = List.copyOf(features);
    classCounts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(classCounts));
  }

  /** The summary of {@code data}. */
  public static DataSummary of(Data<?> data) {
    return of(data.toString(), ConfiguredData.examplesOf(data.source()));
  }

  static DataSummary of(String description, List<? extends Example<?>> examples) {
    List<String> names = Examples.featureNames(examples);
    double[][] x = Examples.matrix(examples, names);
    double[][] columns = new double[3][names.size()];
    for (int j = 0; j < names.size(); j++) {
      double[] column = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        column[i] = x[i][j];
      }
      double[] stats = stats(column);
      for (int s = 0; s < 3; s++) {
        columns[s][j] = stats[s];
      }
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String label : Examples.classes(examples)) {
      counts.put(label, 0);
    }
    examples.forEach(
        e -> {
          if (e.getOutput() instanceof org.tribuo.classification.Label label) {
            counts.merge(label.getLabel(), 1, Integer::sum);
          }
        });
    boolean regression = !examples.isEmpty() && examples.get(0).getOutput() instanceof Regressor;
    double[] target = regression ? stats(Examples.targets(examples)) : new double[0];
    return new DataSummary(
        description, examples.size(), names, columns[0], columns[1], columns[2], counts, target);
  }

  /** min, mean, max. */
  private static double[] stats(double[] values) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double sum = 0;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
      sum += v;
    }
    return values.length == 0
        ? new double[] {Double.NaN, Double.NaN, Double.NaN}
        : new double[] {min, sum / values.length, max};
  }

  @Override
  public double[] min() {
    return min.clone();
  }

  @Override
  public double[] mean() {
    return mean.clone();
  }

  @Override
  public double[] max() {
    return max.clone();
  }

  @Override
  public double[] target() {
    return target.clone();
  }

  private String headline() {
    String text = size + " examples, " + features.size() + " features";
    if (!classCounts.isEmpty()) {
      text += ", " + classCounts.size() + " classes";
    }
    return text;
  }

  private String share(int count) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * count / size);
  }

  /** Several lines: headline, class counts or target range, feature ranges. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(headline());
    classCounts.forEach(
        (label, count) ->
            text.append("\n  class ")
                .append(label)
                .append(": ")
                .append(count)
                .append(" (")
                .append(share(count))
                .append(')'));
    if (target.length == 3) {
      text.append("\n  target: ").append(range(target[0], target[1], target[2]));
    }
    int shown = Math.min(SHOWN_FEATURES, features.size());
    for (int j = 0; j < shown; j++) {
      text.append("\n  ")
          .append(features.get(j))
          .append(": ")
          .append(range(min[j], mean[j], max[j]));
    }
    if (features.size() > shown) {
      text.append("\n  ... and ").append(features.size() - shown).append(" more features");
    }
    return text.toString();
  }

  private static String range(double min, double mean, double max) {
    return "min " + Text.short4(min) + ", mean " + Text.short4(mean) + ", max " + Text.short4(max);
  }

  /** Two small tables: classes (or target) and features. */
  public String html() {
    StringBuilder html = new StringBuilder("<div><p>").append(escape(description)).append("<br>");
    html.append(headline()).append("</p>");
    if (!classCounts.isEmpty()) {
      html.append("<table><tr><th>class</th><th>examples</th><th>share</th></tr>");
      classCounts.forEach(
          (label, count) ->
              html.append("<tr><td>")
                  .append(escape(label))
                  .append("</td><td>")
                  .append(count)
                  .append("</td><td>")
                  .append(share(count))
                  .append("</td></tr>"));
      html.append("</table>");
    }
    html.append("<table><tr><th></th><th>min</th><th>mean</th><th>max</th></tr>");
    if (target.length == 3) {
      html.append(row("target", target[0], target[1], target[2]));
    }
    int shown = Math.min(SHOWN_FEATURES, features.size());
    for (int j = 0; j < shown; j++) {
      html.append(row(features.get(j), min[j], mean[j], max[j]));
    }
    if (features.size() > shown) {
      html.append("<tr><td colspan=\"4\">... and ")
          .append(features.size() - shown)
          .append(" more features</td></tr>");
    }
    return html.append("</table></div>").toString();
  }

  private static String row(String name, double min, double mean, double max) {
    return "<tr><td>"
        + escape(name)
        + "</td><td>"
        + Text.short4(min)
        + "</td><td>"
        + Text.short4(mean)
        + "</td><td>"
        + Text.short4(max)
        + "</td></tr>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
