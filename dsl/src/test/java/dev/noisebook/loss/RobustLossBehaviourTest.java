package dev.noisebook.loss;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noisebook.Data;
import dev.noisebook.Loss;
import dev.noisebook.Noise;
import dev.noisebook.data.Split;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tribuo.Dataset;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.math.optimisers.AdaGrad;

/**
 * Behaviour, not a number: with 40% symmetric label noise on the training labels, a bounded robust
 * loss (GCE, symmetric CE) gives a linear model a better clean test accuracy than plain cross
 * entropy, whose unbounded loss lets the mislabelled points far from their labelled class drag the
 * decision boundaries. Four overlapping Gaussian blobs in 2 dimensions (spread 2 in the default box
 * ±10, random centres, so on most seeds the classes overlap), half of them for training with noisy
 * labels, half for testing with the clean ones; every loss trains with the same optimiser, epochs
 * and seed. The test asserts only the direction: the robust loss's mean clean accuracy over the
 * seeds exceeds cross entropy's, and it wins on a majority of the seeds.
 */
class RobustLossBehaviourTest {

  private static final long[] SEEDS = {1, 2, 3, 4, 5};
  private static final double NOISE = 0.4;
  private static final int EPOCHS = 30;

  @BeforeAll
  static void quietTrainers() {
    Logger.getLogger("org.tribuo").setLevel(Level.WARNING);
  }

  @Test
  void robustLossesBeatCrossEntropyOnCleanTestAccuracyUnderSymmetricNoise() {
    Loss[] losses = {Loss.crossEntropy(), Loss.generalizedCE(0.7), Loss.symmetricCE(0.1, 1.0)};
    String[] names = {"CE", "GCE(q=0.7)", "SCE(0.1, 1)"};
    double[][] accuracy = new double[losses.length][SEEDS.length];

    for (int s = 0; s < SEEDS.length; s++) {
      long seed = SEEDS[s];
      Split<Label> split =
          Data.blobs(4).features(2).spread(2).samples(1_000).seed(seed).split(0.5, seed);
      var noisy = Noise.labels().symmetric(NOISE).seed(seed).apply(split.train().source());
      assertThat(noisy.noiseMatrix().flipped())
          .as("seed %d: some training labels are flipped", seed)
          .isPositive();
      Dataset<Label> train = new MutableDataset<>(noisy);
      Dataset<Label> cleanTest = split.test().dataset();
      double cleanCe = accuracy(Loss.crossEntropy(), split.train().dataset(), cleanTest, seed);

      StringBuilder line =
          new StringBuilder(
              String.format(
                  "seed %d (flip rate %.3f; CE on clean labels %.3f):",
                  seed, noisy.noiseMatrix().flipRate(), cleanCe));
      for (int l = 0; l < losses.length; l++) {
        accuracy[l][s] = accuracy(losses[l], train, cleanTest, seed);
        line.append(String.format("  %s %.3f", names[l], accuracy[l][s]));
      }
      System.out.println(line);
    }

    double ce = mean(accuracy[0]);
    StringBuilder summary =
        new StringBuilder(String.format("mean clean test accuracy: CE %.3f", ce));
    for (int l = 1; l < losses.length; l++) {
      summary.append(String.format(", %s %.3f", names[l], mean(accuracy[l])));
    }
    System.out.println(summary);

    for (int l = 1; l < losses.length; l++) {
      int wins = 0;
      for (int s = 0; s < SEEDS.length; s++) {
        if (accuracy[l][s] > accuracy[0][s]) {
          wins++;
        }
      }
      assertThat(mean(accuracy[l]))
          .as("mean clean test accuracy of %s vs CE %.3f", names[l], ce)
          .isGreaterThan(ce);
      assertThat(wins)
          .as("seeds on which %s beats CE, of %d", names[l], SEEDS.length)
          .isGreaterThan(SEEDS.length / 2);
    }
  }

  private static double accuracy(Loss loss, Dataset<Label> train, Dataset<Label> test, long seed) {
    var trainer =
        new LinearSGDTrainer(loss.objective(), new AdaGrad(0.1, 0.1), EPOCHS, 100_000, 1, seed);
    return new LabelEvaluator().evaluate(trainer.train(train), test).accuracy();
  }

  private static double mean(double[] values) {
    return Arrays.stream(values).average().orElseThrow();
  }
}
