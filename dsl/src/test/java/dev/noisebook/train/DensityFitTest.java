package dev.noisebook.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.noisebook.Loss;
import dev.noisebook.Model;
import dev.noisebook.Optim;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Gaussian NCE through the loop: 2000 draws of N(μ, I), μ = (1.5, −0.5), against noise N(0, I), so
 * the tilted model is exact with θ = μ and c = −log Z(θ) = −‖μ‖²/2 = −1.25; full-batch SGD(0.5),
 * 300 epochs, fresh noise every step. The error is measured against the maximum-likelihood answer
 * on the same draws (the sample mean x̄ and −‖x̄‖²/2), which removes the data's own sampling error
 * and leaves what NCE adds; it shrinks from ν = 1 to ν = 10 noise samples per data sample. The
 * compositional NLL (γ = 0.05) learns the same θ with full-batch SGD(0.03) over 1500 epochs: its
 * importance weights exp(θ·y) have a relative variance of about e^‖θ‖² ≈ 12, so it needs the
 * smaller step.
 */
class DensityFitTest {
  private static final double[] MU = {1.5, -0.5};

  @Test
  void nceRecoversTheMeanAndTheLogPartitionBetterWithMoreNoise() {
    int[] ratios = {1, 10};
    long[] seeds = {1, 2, 3, 4};
    double[] meanError = new double[ratios.length];
    double[] partitionError = new double[ratios.length];
    for (long seed : seeds) {
      Dataset<Label> data = gaussian(2000, seed);
      double[] xbar = sampleMean(data);
      double logPartition = -(xbar[0] * xbar[0] + xbar[1] * xbar[1]) / 2;
      for (int r = 0; r < ratios.length; r++) {
        var nce = Loss.contrastive().nceGaussian(new double[2], 1).noiseRatio(ratios[r]);
        double[] w = weights(nce, 0.5, 300, data, seed);
        double dm = Math.hypot(w[0] - xbar[0], w[1] - xbar[1]);
        double dc = Math.abs(w[2] - logPartition);
        meanError[r] += dm / seeds.length;
        partitionError[r] += dc / seeds.length;
        System.out.printf(
            "seed %d ν=%d: μ̂ = (%.3f, %.3f) vs x̄ = (%.3f, %.3f), c = %.3f vs %.3f;"
                + " errors %.4f, %.4f%n",
            seed, ratios[r], w[0], w[1], xbar[0], xbar[1], w[2], logPartition, dm, dc);
        assertThat(Math.hypot(w[0] - MU[0], w[1] - MU[1])).as("‖μ̂ − μ‖").isLessThan(0.15);
        assertThat(Math.abs(w[2] + 1.25)).as("|c − (−log Z)|").isLessThan(0.15);
      }
    }
    System.out.printf(
        "mean errors vs the MLE: ν=1 mean %.4f c %.4f; ν=10 mean %.4f c %.4f%n",
        meanError[0], partitionError[0], meanError[1], partitionError[1]);
    assertThat(meanError[1]).as("mean error, ν = 10 vs ν = 1").isLessThan(meanError[0]);
    assertThat(partitionError[1])
        .as("log-partition error, ν = 10 vs 1")
        .isLessThan(partitionError[0]);
  }

  @Test
  void compositionalNllRecoversTheMeanBetterWithMoreNoise() {
    int[] ratios = {1, 10};
    long[] seeds = {1, 2, 3, 4};
    double[] meanError = new double[ratios.length];
    for (long seed : seeds) {
      Dataset<Label> data = gaussian(2000, seed);
      double[] xbar = sampleMean(data);
      for (int r = 0; r < ratios.length; r++) {
        var nll =
            Loss.contrastive()
                .compositionalNll(0.05)
                .gaussianNoise(new double[2], 1)
                .noiseRatio(ratios[r]);
        double[] w = weights(nll, 0.03, 1500, data, seed);
        double dm = Math.hypot(w[0] - xbar[0], w[1] - xbar[1]);
        meanError[r] += dm / seeds.length;
        System.out.printf(
            "compositional NLL seed %d ν=%d: μ̂ = (%.3f, %.3f) vs x̄ = (%.3f, %.3f), bias %.3f;"
                + " error %.4f%n",
            seed, ratios[r], w[0], w[1], xbar[0], xbar[1], w[2], dm);
        assertThat(Math.hypot(w[0] - MU[0], w[1] - MU[1])).as("‖μ̂ − μ‖").isLessThan(0.15);
        assertThat(w[2]).as("the unidentified bias stays 0").isZero();
      }
    }
    System.out.printf(
        "compositional NLL mean errors vs the MLE: ν=1 %.4f; ν=10 %.4f%n",
        meanError[0], meanError[1]);
    assertThat(meanError[1]).as("mean error, ν = 10 vs ν = 1").isLessThan(meanError[0]);
  }

  @Test
  void sameSeedGivesBitIdenticalWeightsAndTheProvenanceRebuildsThem() {
    Dataset<Label> data = gaussian(300, 2);
    for (Object loss :
        List.<Object>of(
            Loss.contrastive().nceGaussian(new double[2], 1).noiseRatio(3),
            Loss.contrastive().compositionalNll(0.2).gaussianNoise(new double[2], 1))) {
      var recipe =
          (loss instanceof dev.noisebook.loss.coupled.CompositionalNll c
                  ? Model.linear().loss(c)
                  : Model.linear()
                      .loss((dev.noisebook.loss.coupled.NoiseContrastiveEstimation) loss))
              .optimiser(Optim.sgd(0.1))
              .epochs(3)
              .batch(50)
              .seed(8);
      Fit a = recipe.fit(data);
      assertThat(TrainData.weights(recipe.fit(data).model()))
          .containsExactly(TrainData.weights(a.model()));
      assertThat(TrainData.rebuiltWeights(a.model(), LossRecipe.of(loss), data))
          .containsExactly(TrainData.weights(a.model()));
    }
  }

  @Test
  void nceWithoutASamplerIsRefusedByName() {
    var custom = Loss.contrastive().nce("custom", x -> 0.0);
    assertThatThrownBy(() -> Model.linear().loss(custom).fit(gaussian(10, 1)))
        .hasMessageContaining("cannot be trained: the loop draws noise samples");
    var gaussian = Loss.contrastive().nceGaussian(new double[] {0, 1}, 2).noiseRatio(5);
    assertThat(LossRecipe.parse(LossRecipe.of(gaussian))).isEqualTo(gaussian);
    var threeDimensional = Loss.contrastive().nceGaussian(new double[3], 1);
    assertThatThrownBy(() -> Model.linear().loss(threeDimensional).fit(gaussian(10, 1)))
        .hasMessageContaining("the noise has dimension 3 but the data 2");
    var nll = Loss.contrastive().compositionalNll(0.2);
    assertThatThrownBy(() -> Model.linear().loss(nll).fit(gaussian(10, 1)))
        .hasMessageContaining("add gaussianNoise(mean, sd)");
    var sampled = nll.gaussianNoise(new double[] {1, 2}, 0.5).noiseRatio(4);
    assertThat(LossRecipe.parse(LossRecipe.of(sampled))).isEqualTo(sampled);
  }

  @Test
  void adamReachesTheEstimateSgdReaches() {
    // Tribuo 4.3.2's Adam, which the DSL used before AdamOptimiser, left (0.64, -0.10, -0.01) here.
    Dataset<Label> data = gaussian(1000, 1);
    var nce = Loss.contrastive().nceGaussian(new double[2], 1).noiseRatio(5);
    double[] sgd = weights(nce, Optim.sgd(0.5), 300, data, 3);
    double[] adam = weights(nce, Optim.adam(0.02), 300, data, 3);
    for (int i = 0; i < sgd.length; i++) {
      assertThat(adam[i]).as("weight %d", i).isCloseTo(sgd[i], within(0.05));
    }
  }

  /** The weights (θ, c) of a full-batch SGD fit of the density estimator {@code loss}. */
  private static double[] weights(
      Object loss, double learningRate, int epochs, Dataset<Label> data, long seed) {
    return weights(loss, Optim.sgd(learningRate), epochs, data, seed);
  }

  /** The weights (θ, c) of a full-batch fit of the density estimator {@code loss}. */
  private static double[] weights(
      Object loss, Optim optimiser, int epochs, Dataset<Label> data, long seed) {
    var recipe =
        switch (loss) {
          case dev.noisebook.loss.coupled.NoiseContrastiveEstimation n -> Model.linear().loss(n);
          case dev.noisebook.loss.coupled.CompositionalNll c -> Model.linear().loss(c);
          default -> throw new IllegalArgumentException("not a density estimator: " + loss);
        };
    Fit fit = recipe.optimiser(optimiser).epochs(epochs).batch(data.size()).seed(seed).fit(data);
    return TrainData.weights(fit.model());
  }

  private static double[] sampleMean(Dataset<Label> data) {
    double[] sum = new double[2];
    for (Example<Label> e : data) {
      for (var f : e) {
        sum[f.getName().equals("x0") ? 0 : 1] += f.getValue() / data.size();
      }
    }
    return sum;
  }

  static Dataset<Label> gaussian(int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<Example<Label>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(
          new ArrayExample<>(
              new Label("data"),
              new String[] {"x0", "x1"},
              new double[] {MU[0] + rng.nextGaussian(), MU[1] + rng.nextGaussian()}));
    }
    LabelFactory factory = new LabelFactory();
    return new MutableDataset<>(
        new ListDataSource<>(rows, factory, new SimpleDataSourceProvenance("N(μ, I)", factory)));
  }
}
