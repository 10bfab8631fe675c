package dev.noisebook.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.noisebook.FixtureCsv;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** AUC against sklearn's roc_auc_score and ECE against numpy (make_metric_fixtures.py). */
class MetricsTest {

  static List<FixtureCsv.Row> aucCases() {
    return FixtureCsv.read("/fixtures/metrics/auc.csv");
  }

  static List<FixtureCsv.Row> eceCases() {
    return FixtureCsv.read("/fixtures/metrics/ece.csv");
  }

  private static boolean[] flags(FixtureCsv.Row row, String column) {
    int[] ints = row.wholes(column);
    boolean[] out = new boolean[ints.length];
    for (int i = 0; i < ints.length; i++) {
      out[i] = ints[i] == 1;
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("aucCases")
  void aucMatchesSklearnWithTies(FixtureCsv.Row row) {
    assertThat(Metrics.auc(row.numbers("scores"), flags(row, "positive")))
        .isCloseTo(row.number("auc"), within(1e-12));
  }

  @ParameterizedTest
  @MethodSource("eceCases")
  void expectedCalibrationErrorMatchesNumpy(FixtureCsv.Row row) {
    assertThat(
            Metrics.expectedCalibrationError(
                row.numbers("confidence"), flags(row, "correct"), row.integer("bins")))
        .isCloseTo(row.number("ece"), within(1e-12));
  }

  @org.junit.jupiter.api.Test
  void badInputsAreNamed() {
    assertThatThrownBy(
            () -> Metrics.expectedCalibrationError(new double[] {1.5}, new boolean[] {true}, 15))
        .hasMessage("confidence[0] = 1.5 is not in [0, 1]");
    assertThatThrownBy(
            () -> Metrics.expectedCalibrationError(new double[] {0.5}, new boolean[1], 0))
        .hasMessage("bins must be >= 1, got 0");
    assertThatThrownBy(() -> Metrics.auc(new double[] {1, 2}, new boolean[] {true}))
        .hasMessage("2 scores but 1 positive flags");
    assertThatThrownBy(() -> Metrics.auc(new double[] {1, 2}, new boolean[] {true, true}))
        .hasMessageContaining("needs at least one positive and one negative score");
  }
}
