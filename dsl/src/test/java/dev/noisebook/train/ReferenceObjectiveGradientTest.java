package dev.noisebook.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.noisebook.FixtureCsv;
import dev.noisebook.Loss;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The weight gradient of the objectives against a frozen reference (every preference loss, and NPO
 * with a retain term) against central finite differences of their loss, on random weights, random
 * reference log-probabilities, random pairs and a mix of forget and retain rows; and loss and
 * gradient against torch autograd (make_coupled_loss_fixtures.py, policy.csv; 4 labels there).
 */
class ReferenceObjectiveGradientTest {
  private static final int ROWS = 12;
  private static final int FEATURES = 4;
  private static final int CLASSES = 3;

  static Stream<BatchObjective> objectives() {
    ReferenceRows rows = rows(new SplittableRandom(5));
    return Stream.of(
        new PreferenceObjective(Loss.preference().dpo(0.7), rows),
        new PreferenceObjective(Loss.preference().ipo(0.5), rows),
        new PreferenceObjective(Loss.preference().slic(0.8, 0.3), rows),
        new PreferenceObjective(Loss.preference().dpoLabelSmoothed(0.7, 0.2), rows),
        new PreferenceObjective(Loss.preference().rdpo(0.7, 0.3), rows),
        new UnlearningObjective(Loss.preference().npo(0.5), rows));
  }

  /** Log-softmax of random scores as the reference; rejected ≠ label; every third row forgotten. */
  private static ReferenceRows rows(SplittableRandom rng) {
    double[][] logProbs = new double[ROWS][CLASSES];
    int[] rejected = new int[ROWS];
    boolean[] forget = new boolean[ROWS];
    for (int i = 0; i < ROWS; i++) {
      double[] z = new double[CLASSES];
      for (int k = 0; k < CLASSES; k++) {
        z[k] = rng.nextGaussian();
      }
      double lse = dev.noisebook.loss.Softmax.logSumExp(z);
      for (int k = 0; k < CLASSES; k++) {
        logProbs[i][k] = z[k] - lse;
      }
      rejected[i] = (label(i) + 1 + i % 2) % CLASSES;
      forget[i] = i % 3 == 0;
    }
    return new ReferenceRows(logProbs, rejected, forget);
  }

  private static int label(int i) {
    return i % CLASSES;
  }

  @ParameterizedTest
  @MethodSource("objectives")
  void theWeightGradientMatchesFiniteDifferences(BatchObjective objective) {
    SplittableRandom data = new SplittableRandom(3);
    double[][] x = new double[ROWS][FEATURES + 1];
    int[] y = new int[ROWS];
    int[] index = new int[ROWS];
    for (int i = 0; i < ROWS; i++) {
      for (int j = 0; j < FEATURES; j++) {
        x[i][j] = data.nextGaussian();
      }
      x[i][FEATURES] = 1;
      y[i] = label(i);
      index[i] = i;
    }
    Batch batch = new Batch(x, y, index);
    double[][] w = new double[CLASSES][FEATURES + 1];
    for (double[] row : w) {
      for (int j = 0; j < row.length; j++) {
        row[j] = 0.5 * data.nextGaussian();
      }
    }
    double[][] gradient = new double[CLASSES][FEATURES + 1];
    objective.lossAndGradient(w, batch, new SplittableRandom(9), gradient);
    double h = 1e-6;
    for (int k = 0; k < CLASSES; k++) {
      for (int j = 0; j <= FEATURES; j++) {
        double keep = w[k][j];
        w[k][j] = keep + h;
        double up = loss(objective, w, batch);
        w[k][j] = keep - h;
        double down = loss(objective, w, batch);
        w[k][j] = keep;
        assertThat(gradient[k][j])
            .as("%s: ∂/∂W[%d][%d]", objective.recipe(), k, j)
            .isCloseTo((up - down) / (2 * h), within(1e-6));
      }
    }
  }

  static java.util.List<FixtureCsv.Row> torchRows() {
    return FixtureCsv.read("/fixtures/coupled/policy.csv");
  }

  /** Loss and weight gradient against torch autograd on a linear softmax policy (policy.csv). */
  @ParameterizedTest
  @MethodSource("torchRows")
  void theLossAndWeightGradientMatchTorch(FixtureCsv.Row row) {
    int[] y = row.wholes("y");
    int n = y.length;
    double[][] x = rows(row.numbers("x"), n);
    double[] flatWeights = row.numbers("weights");
    double[][] w = rows(flatWeights, flatWeights.length / x[0].length);
    double[][] reference = rows(row.numbers("reference"), n);
    int[] forget = row.wholes("forget");
    boolean[] forgotten = new boolean[n];
    int[] index = new int[n];
    for (int i = 0; i < n; i++) {
      forgotten[i] = forget[i] == 1;
      index[i] = i;
    }
    ReferenceRows side = new ReferenceRows(reference, row.wholes("rejected"), forgotten);
    double beta = row.number("beta");
    double second = row.number("second");
    var losses = Loss.preference();
    BatchObjective objective =
        switch (row.text("loss")) {
          case "dpo" -> new PreferenceObjective(losses.dpo(beta), side);
          case "ipo" -> new PreferenceObjective(losses.ipo(beta), side);
          case "slic" -> new PreferenceObjective(losses.slic(beta, second), side);
          case "dpoLabelSmoothed" ->
              new PreferenceObjective(losses.dpoLabelSmoothed(beta, second), side);
          case "rdpo" -> new PreferenceObjective(losses.rdpo(beta, second), side);
          case "npo" -> new UnlearningObjective(losses.npo(beta), side);
          default -> throw new IllegalArgumentException(row.text("loss"));
        };
    double[][] gradient = new double[w.length][w[0].length];
    double value =
        objective.lossAndGradient(w, new Batch(x, y, index), new SplittableRandom(1), gradient);
    assertThat(value)
        .as("%s value", objective.recipe())
        .isCloseTo(row.number("value"), within(1e-12));
    double[][] expected = rows(row.numbers("grad_weights"), w.length);
    for (int k = 0; k < w.length; k++) {
      for (int j = 0; j < w[k].length; j++) {
        assertThat(gradient[k][j])
            .as("%s ∂/∂W[%d][%d]", objective.recipe(), k, j)
            .isCloseTo(expected[k][j], within(1e-12));
      }
    }
  }

  /** {@code flat} as {@code count} rows of equal length. */
  private static double[][] rows(double[] flat, int count) {
    int width = flat.length / count;
    double[][] out = new double[count][];
    for (int i = 0; i < count; i++) {
      out[i] = java.util.Arrays.copyOfRange(flat, i * width, (i + 1) * width);
    }
    return out;
  }

  private static double loss(BatchObjective objective, double[][] w, Batch batch) {
    double[][] scratch = new double[w.length][w[0].length];
    return objective.lossAndGradient(w, batch, new SplittableRandom(9), scratch);
  }
}
