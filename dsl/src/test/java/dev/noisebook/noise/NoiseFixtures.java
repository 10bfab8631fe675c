package dev.noisebook.noise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reference values written by {@code dsl/src/test/fixtures/make_noise_fixtures.py} (numpy and
 * scipy, float64) to {@code src/test/resources/fixtures/noise/}: plain CSV, no quoted cells, lists
 * space-separated.
 */
final class NoiseFixtures {
  private NoiseFixtures() {}

  record Row(Map<String, String> cells) {
    String text(String column) {
      return Objects.requireNonNull(cells.get(column), column);
    }

    double number(String column) {
      return parse(text(column));
    }

    int whole(String column) {
      return Integer.parseInt(text(column));
    }

    boolean flag(String column) {
      return Boolean.parseBoolean(text(column));
    }

    double[] numbers(String column) {
      String text = text(column);
      return text.isEmpty()
          ? new double[0]
          : Arrays.stream(text.split(" ")).mapToDouble(NoiseFixtures::parse).toArray();
    }

    int[] wholes(String column) {
      return Arrays.stream(numbers(column)).mapToInt(v -> (int) v).toArray();
    }

    /** A row-major square matrix. */
    double[][] matrix(String column) {
      double[] flat = numbers(column);
      int k = (int) Math.round(Math.sqrt(flat.length));
      double[][] m = new double[k][];
      for (int i = 0; i < k; i++) {
        m[i] = Arrays.copyOfRange(flat, i * k, (i + 1) * k);
      }
      return m;
    }

    @Override
    public String toString() {
      return cells.values().stream()
          .map(v -> v.length() > 40 ? v.substring(0, 40) + "…" : v)
          .toList()
          .toString();
    }
  }

  static List<Row> rows(String file) {
    var stream = NoiseFixtures.class.getResourceAsStream("/fixtures/noise/" + file);
    Objects.requireNonNull(stream, "fixture " + file + " is not on the test class path");
    try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      String[] header = reader.readLine().split(",");
      List<Row> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cells = line.split(",", -1);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i], cells[i]);
        }
        rows.add(new Row(row));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows whose {@code column} equals {@code value}. */
  static List<Row> rows(String file, String column, String value) {
    return rows(file).stream().filter(r -> r.text(column).equals(value)).toList();
  }

  /** The upper 1e-6 quantile of the chi-square distribution with {@code df} degrees of freedom. */
  static double chiSquareUpper(int df) {
    return rows("distributions.csv", "distribution", "chi2Upper1e-6").stream()
        .filter(r -> r.number("params") == df)
        .findFirst()
        .orElseThrow()
        .number("x");
  }

  static double parse(String text) {
    return switch (text) {
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      case "nan" -> Double.NaN;
      default -> Double.parseDouble(text);
    };
  }
}
