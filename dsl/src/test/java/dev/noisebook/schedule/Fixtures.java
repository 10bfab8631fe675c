package dev.noisebook.schedule;

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
 * The reference values written by {@code dsl/src/test/fixtures/make_schedule_fixtures.py} (numpy
 * and torch, float64) to {@code src/test/resources/fixtures/schedules/}.
 */
final class Fixtures {
  private Fixtures() {}

  /** One CSV row, by column name. */
  record Row(Map<String, String> cells) {
    String text(String column) {
      return Objects.requireNonNull(cells.get(column), column);
    }

    double number(String column) {
      return parse(text(column));
    }

    long whole(String column) {
      return Long.parseLong(text(column));
    }

    double[] numbers(String column) {
      return Arrays.stream(text(column).split(" ")).mapToDouble(Fixtures::parse).toArray();
    }
  }

  /**
   * A schedule's rows: its name, its parameters as the Java factory takes them, and (step, value).
   */
  record Case(String schedule, double[] params, long[] steps, double[] values) {
    @Override
    public String toString() {
      return schedule + Arrays.toString(params);
    }
  }

  static List<Row> rows(String file) {
    var stream = Fixtures.class.getResourceAsStream("/fixtures/schedules/" + file);
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

  /** Rows grouped by (schedule, params), in file order; {@code value} names the value column. */
  static List<Case> cases(String file, String value) {
    Map<String, List<Row>> groups = new LinkedHashMap<>();
    for (Row row : rows(file)) {
      groups
          .computeIfAbsent(row.text("schedule") + "|" + row.text("params"), k -> new ArrayList<>())
          .add(row);
    }
    List<Case> cases = new ArrayList<>();
    for (List<Row> group : groups.values()) {
      Row first = group.getFirst();
      cases.add(
          new Case(
              first.text("schedule"),
              first.numbers("params"),
              group.stream().mapToLong(r -> r.whole("step")).toArray(),
              group.stream().mapToDouble(r -> r.number(value)).toArray()));
    }
    return cases;
  }

  /** A number as Python's repr writes it, including inf, -inf and nan. */
  static double parse(String text) {
    return switch (text) {
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      case "nan" -> Double.NaN;
      default -> Double.parseDouble(text);
    };
  }

  /** |actual - expected| / |expected|, or the absolute error where expected is 0. */
  static double relativeError(double actual, double expected) {
    if (actual == expected) {
      return 0;
    }
    return expected == 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
  }
}
