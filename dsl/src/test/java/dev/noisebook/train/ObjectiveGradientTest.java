package dev.noisebook.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.noisebook.Loss;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each batch objective's gradient with respect to the weights W against central finite differences
 * of its loss, on random weights and a random batch (views drawn from the same seeded stream at
 * every evaluation).
 */
class ObjectiveGradientTest {
  private static final int ROWS = 12;
  private static final int FEATURES = 4;

  static Stream<BatchObjective> objectives() {
    return Stream.of(
        new PerExampleObjective(Loss.crossEntropy(), false),
        new PerExampleObjective(Loss.generalizedCE(0.7).plus(Loss.logZSquared(0.01)), false),
        new RankingObjective(Loss.ranking().mannWhitney(0.7)),
        new RankingObjective(Loss.ranking().squaredHingeAuc(1)),
        new DiceObjective(Loss.sets().softDice(1)),
        new ContrastiveObjective(Loss.contrastive().infoNce(0.3), 3, 0.2),
        new ContrastiveObjective(Loss.contrastive().dcl(0.5).symmetric(), 3, 0.2),
        new DensityObjective(
            Loss.contrastive().nceGaussian(new double[] {0, 0.5, -0.5, 1}, 1.5).noiseRatio(3)),
        new DensityObjective(
            Loss.contrastive()
                .compositionalNll(0.3)
                .gaussianNoise(new double[] {0, 0.5, -0.5, 1}, 1.5)
                .noiseRatio(2)));
  }

  @ParameterizedTest
  @MethodSource("objectives")
  void theWeightGradientMatchesFiniteDifferences(BatchObjective objective) {
    SplittableRandom data = new SplittableRandom(3);
    int outputs = objective.outputs(objective.classifies() ? 2 : 3);
    double[][] x = new double[ROWS][FEATURES + 1];
    int[] y = new int[ROWS];
    for (int i = 0; i < ROWS; i++) {
      for (int j = 0; j < FEATURES; j++) {
        x[i][j] = data.nextGaussian();
      }
      x[i][FEATURES] = 1;
      y[i] = i % 2;
    }
    double[][] w = new double[outputs][FEATURES + 1];
    for (double[] row : w) {
      for (int j = 0; j < row.length; j++) {
        row[j] = 0.5 * data.nextGaussian();
      }
    }
    double[][] gradient = new double[outputs][FEATURES + 1];
    objective.lossAndGradient(w, new Batch(x, y, null), new SplittableRandom(9), gradient);
    double h = 1e-6;
    for (int k = 0; k < outputs; k++) {
      for (int j = 0; j <= FEATURES; j++) {
        double keep = w[k][j];
        w[k][j] = keep + h;
        double up = loss(objective, w, x, y);
        w[k][j] = keep - h;
        double down = loss(objective, w, x, y);
        w[k][j] = keep;
        assertThat(gradient[k][j])
            .as("%s: ∂/∂W[%d][%d]", objective.recipe(), k, j)
            .isCloseTo((up - down) / (2 * h), within(1e-6));
      }
    }
  }

  private static double loss(BatchObjective objective, double[][] w, double[][] x, int[] y) {
    double[][] scratch = new double[w.length][w[0].length];
    return objective.lossAndGradient(w, new Batch(x, y, null), new SplittableRandom(9), scratch);
  }
}
