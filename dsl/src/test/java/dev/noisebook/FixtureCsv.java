package dev.noisebook;

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
 * The reference-value files that the scripts under {@code dsl/src/test/fixtures/} write (numpy,
 * scipy, torch, scikit-learn; float64): plain CSV with a header, no quoted cells, lists
 * space-separated, numbers as Python's repr writes them.
 */
public final class FixtureCsv {
  private FixtureCsv() {}

  /** One CSV row, by column name. */
  public record Row(Map<String, String> cells) {
    public String text(String column) {
      return Objects.requireNonNull(cells.get(column), column);
    }

    public double number(String column) {
      return parse(text(column));
    }

    public long whole(String column) {
      return Long.parseLong(text(column));
    }

    public int integer(String column) {
      return Integer.parseInt(text(column));
    }

    public boolean flag(String column) {
      return Boolean.parseBoolean(text(column));
    }

    public double[] numbers(String column) {
      String text = text(column);
      return text.isEmpty()
          ? new double[0]
          : Arrays.stream(text.split(" ")).mapToDouble(FixtureCsv::parse).toArray();
    }

    public int[] wholes(String column) {
      return Arrays.stream(numbers(column)).mapToInt(v -> (int) v).toArray();
    }

    /** A row-major square matrix. */
    public double[][] matrix(String column) {
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

  /** The rows of the class-path resource {@code resource}, e.g. "/fixtures/noise/x.csv". */
  public static List<Row> read(String resource) {
    var stream = FixtureCsv.class.getResourceAsStream(resource);
    Objects.requireNonNull(stream, "fixture " + resource + " is not on the test class path");
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

  /** A number as Python's repr writes it, including inf, -inf and nan. */
  public static double parse(String text) {
    return switch (text) {
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      case "nan" -> Double.NaN;
      default -> Double.parseDouble(text);
    };
  }
}
