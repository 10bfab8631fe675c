package dev.noisebook.schedule;

import dev.noisebook.FixtureCsv;
import dev.noisebook.FixtureCsv.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference values written by {@code dsl/src/test/fixtures/make_schedule_fixtures.py} (numpy
 * and torch, float64) to {@code src/test/resources/fixtures/schedules/}.
 */
final class Fixtures {
  private Fixtures() {}

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
    return FixtureCsv.read("/fixtures/schedules/" + file);
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

  /** |actual - expected| / |expected|, or the absolute error where expected is 0. */
  static double relativeError(double actual, double expected) {
    if (actual == expected) {
      return 0;
    }
    return expected == 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
  }
}
