package dev.noisebook.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noisebook.Data;
import dev.noisebook.Loss;
import dev.noisebook.Model;
import dev.noisebook.Noise;
import dev.noisebook.Optim;
import dev.noisebook.data.Split;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tribuo.Dataset;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;

/**
 * Behaviour through the DSL's own loop: under 40% symmetric label noise, GCE (q = 0.7) gives a
 * linear model a better clean test accuracy than cross-entropy on average over the seeds and on a
 * majority of them (the setting of {@code RobustLossBehaviourTest}: four overlapping blobs in 2
 * dimensions, half for training with noisy labels, half for a clean test; AdaGrad(0.3), mini-batch
 * 16, 30 epochs), and CE memorises more of the flipped training labels on average.
 */
class RobustLossLoopTest {
  private static final long[] SEEDS = {1, 2, 3, 4, 5};

  @Test
  void generalizedCrossEntropyBeatsCrossEntropyUnderSymmetricNoise() {
    double[] ce = new double[SEEDS.length];
    double[] gce = new double[SEEDS.length];
    double[] ceMemorised = new double[SEEDS.length];
    double[] gceMemorised = new double[SEEDS.length];
    for (int s = 0; s < SEEDS.length; s++) {
      long seed = SEEDS[s];
      Split<Label> split =
          Data.blobs(4).features(2).spread(2).samples(1_000).seed(seed).split(0.5, seed);
      var train = withSymmetricNoise(split, seed);
      var test = split.test().dataset();
      var recipe = Model.linear().optimiser(Optim.adaGrad(0.3)).epochs(30).batch(16).seed(seed);
      Fit withCe = recipe.loss(Loss.crossEntropy()).fit(train);
      Fit withGce = recipe.loss(Loss.generalizedCE(0.7)).fit(train);
      ce[s] = withCe.evaluate(test).cleanAccuracy();
      gce[s] = withGce.evaluate(test).cleanAccuracy();
      ceMemorised[s] = withCe.history().last().memorisation();
      gceMemorised[s] = withGce.history().last().memorisation();
      System.out.printf(
          "seed %d: clean test accuracy CE %.3f GCE %.3f; memorised CE %.3f GCE %.3f%n",
          seed, ce[s], gce[s], ceMemorised[s], gceMemorised[s]);
    }
    int wins = 0;
    for (int s = 0; s < SEEDS.length; s++) {
      wins += gce[s] > ce[s] ? 1 : 0;
    }
    assertThat(mean(gce)).as("mean clean test accuracy, GCE vs CE").isGreaterThan(mean(ce));
    assertThat(wins).as("seeds on which GCE beats CE").isGreaterThan(SEEDS.length / 2);
    assertThat(mean(gceMemorised)).as("memorisation, GCE vs CE").isLessThan(mean(ceMemorised));
  }

  /**
   * ELR (λ = 3, β = 0.7) against CE where a linear model can memorise: four blobs in 50 dimensions
   * (spread 3), 200 training rows with 40% symmetric noise, Adam at 0.05 for 100 epochs. CE fits
   * many of the flipped labels, ELR few: ELR memorises less on average and on a majority of the
   * seeds, and its clean test accuracy is higher on average.
   */
  @Test
  void earlyLearningRegularisationMemorisesLessThanCrossEntropy() {
    double[] ce = new double[SEEDS.length];
    double[] elr = new double[SEEDS.length];
    double[] ceTest = new double[SEEDS.length];
    double[] elrTest = new double[SEEDS.length];
    int wins = 0;
    for (int s = 0; s < SEEDS.length; s++) {
      long seed = SEEDS[s];
      Split<Label> split =
          Data.blobs(4).features(50).spread(3).samples(400).seed(seed).split(0.5, seed);
      var train = withSymmetricNoise(split, seed);
      var recipe = Model.linear().optimiser(Optim.adam(0.05)).epochs(100).batch(32).seed(seed);
      Fit withCe = recipe.loss(Loss.crossEntropy()).fit(train);
      Fit withElr = recipe.loss(Loss.elr(3, 0.7)).fit(train);
      ce[s] = withCe.history().last().memorisation();
      elr[s] = withElr.history().last().memorisation();
      ceTest[s] = withCe.evaluate(split.test().dataset()).cleanAccuracy();
      elrTest[s] = withElr.evaluate(split.test().dataset()).cleanAccuracy();
      wins += elr[s] < ce[s] ? 1 : 0;
      System.out.printf(
          "seed %d: memorised CE %.3f ELR %.3f; clean test accuracy CE %.3f ELR %.3f%n",
          seed, ce[s], elr[s], ceTest[s], elrTest[s]);
    }
    assertThat(mean(elr)).as("memorisation, ELR vs CE").isLessThan(mean(ce));
    assertThat(wins).as("seeds on which ELR memorises less").isGreaterThan(SEEDS.length / 2);
    assertThat(mean(elrTest)).as("clean test accuracy, ELR vs CE").isGreaterThan(mean(ceTest));
  }

  /** The split's training half with 40% symmetric label noise. */
  private static Dataset<Label> withSymmetricNoise(Split<Label> split, long seed) {
    return new MutableDataset<>(
        Noise.labels().symmetric(0.4).seed(seed).apply(split.train().source()));
  }

  private static double mean(double[] values) {
    return Arrays.stream(values).average().orElseThrow();
  }
}
