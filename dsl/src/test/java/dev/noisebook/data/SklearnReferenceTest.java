package dev.noisebook.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.noisebook.Data;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tribuo.Example;
import org.tribuo.classification.Label;

/**
 * With noise 0 the moons and circles are exactly scikit-learn's {@code make_moons} / {@code
 * make_circles(shuffle=False)} points (as sets per class: the Java generators shuffle); Friedman #1
 * reproduces {@code make_friedman1}'s targets from its inputs.
 */
class SklearnReferenceTest {
  private static final Comparator<double[]> BY_X_THEN_Y =
      Comparator.<double[]>comparingDouble(p -> p[1]).thenComparingDouble(p -> p[2]);

  /** (label, x1, x2) rows, sorted by label, then x1, then x2. */
  private static List<double[]> reference(String file, int samples, String factor) {
    List<double[]> points = new ArrayList<>();
    for (Map<String, String> row : TestData.rows(file)) {
      if (Integer.parseInt(row.get("samples")) == samples && row.get("factor").equals(factor)) {
        points.add(
            new double[] {
              Double.parseDouble(row.get("label")),
              Double.parseDouble(row.get("x1")),
              Double.parseDouble(row.get("x2"))
            });
      }
    }
    points.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparing(BY_X_THEN_Y));
    return points;
  }

  private static List<double[]> generated(Data<Label> data) {
    double[][] x = data.x();
    List<Example<Label>> examples = data.examples();
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      points.add(
          new double[] {
            Double.parseDouble(examples.get(i).getOutput().getLabel()), x[i][0], x[i][1]
          });
    }
    points.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparing(BY_X_THEN_Y));
    return points;
  }

  private static void assertSamePoints(List<double[]> actual, List<double[]> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i)[0]).isEqualTo(expected.get(i)[0]);
      assertThat(actual.get(i)[1]).isCloseTo(expected.get(i)[1], within(1e-15));
      assertThat(actual.get(i)[2]).isCloseTo(expected.get(i)[2], within(1e-15));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 7, 2})
  void noiseFreeMoonsAreMakeMoons(int samples) {
    assertSamePoints(
        generated(Data.moons().noise(0).samples(samples)), reference("moons.csv", samples, ""));
  }

  @Test
  void noiseFreeCirclesAreMakeCircles() {
    assertSamePoints(
        generated(Data.circles().noise(0).factor(0.5).samples(10)),
        reference("circles.csv", 10, "0.5"));
    assertSamePoints(
        generated(Data.circles().noise(0).factor(0.8).samples(9)),
        reference("circles.csv", 9, "0.8"));
    assertSamePoints(
        generated(Data.circles().noise(0).factor(0.3).samples(16)),
        reference("circles.csv", 16, "0.3"));
  }

  @Test
  void friedmanOneFormulaGivesMakeFriedman1Targets() {
    for (Map<String, String> row : TestData.rows("friedman1.csv")) {
      double[] x = new double[7];
      for (int j = 0; j < 7; j++) {
        x[j] = Double.parseDouble(row.get("x" + (j + 1)));
      }
      assertThat(Friedman1.friedman1(x)).isCloseTo(Double.parseDouble(row.get("y")), within(1e-12));
    }
  }
}
