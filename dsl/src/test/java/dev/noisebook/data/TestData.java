package dev.noisebook.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tribuo.Example;
import org.tribuo.Feature;

/**
 * The files written by {@code dsl/src/test/fixtures/make_data_fixtures.py} (scikit-learn, float64)
 * to {@code src/test/resources/fixtures/data/}, and ways to compare examples.
 */
final class TestData {
  private TestData() {}

  static Path fixture(String name) {
    var url = TestData.class.getResource("/fixtures/data/" + name);
    Objects.requireNonNull(url, "fixture " + name + " is not on the test class path");
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The rows of a fixture CSV, by column name. */
  static List<Map<String, String>> rows(String name) {
    try {
      List<String> lines = Files.readAllLines(fixture(name));
      String[] header = lines.getFirst().split(",");
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",", -1);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i], cells[i]);
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line per example: output, features with their exact values, weight, metadata. */
  static List<String> signature(List<? extends Example<?>> examples) {
    List<String> lines = new ArrayList<>();
    for (Example<?> example : examples) {
      StringBuilder line = new StringBuilder(example.getOutput().getSerializableForm(false));
      for (Feature feature : example) {
        line.append(' ').append(feature.getName()).append('=');
        line.append(Double.doubleToLongBits(feature.getValue()));
      }
      line.append(" w=").append(example.getWeight()).append(' ').append(example.getMetadata());
      lines.add(line.toString());
    }
    return lines;
  }

  static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  static double populationStd(double[] values) {
    double mean = mean(values);
    double sum = 0;
    for (double v : values) {
      sum += (v - mean) * (v - mean);
    }
    return Math.sqrt(sum / values.length);
  }

  static double[] column(double[][] x, int j) {
    double[] column = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      column[i] = x[i][j];
    }
    return column;
  }
}
