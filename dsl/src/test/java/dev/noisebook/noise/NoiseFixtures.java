package dev.noisebook.noise;

import dev.noisebook.FixtureCsv;
import dev.noisebook.FixtureCsv.Row;
import java.util.List;

/**
 * The reference values written by {@code dsl/src/test/fixtures/make_noise_fixtures.py} (numpy and
 * scipy, float64) to {@code src/test/resources/fixtures/noise/}: plain CSV, no quoted cells, lists
 * space-separated.
 */
final class NoiseFixtures {
  private NoiseFixtures() {}

  static List<Row> rows(String file) {
    return FixtureCsv.read("/fixtures/noise/" + file);
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
}
