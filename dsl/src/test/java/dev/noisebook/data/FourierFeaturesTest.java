package dev.noisebook.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.noisebook.Data;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;

class FourierFeaturesTest {

  @BeforeAll
  static void quietTrainers() {
    java.util.logging.Logger.getLogger("org.tribuo").setLevel(java.util.logging.Level.WARNING);
  }

  /**
   * z(x)·z(y) = (1/D) Σ_i [cos(w_i·(x - y)) + cos(w_i·(x + y) + 2b_i)], a mean of D independent
   * terms of variance at most 1, so its error has standard deviation at most 1/√D: 0.01 for D = 10
   * 000. The tolerance 0.05 is five of those.
   */
  @Test
  void theFeatureProductApproximatesTheRbfKernelForLargeD() {
    double sigma = 1.5;
    var map = Data.fourierMap(3, 10_000, sigma, 3);
    Random rng = new Random(17);
    double worst = 0;
    for (int pair = 0; pair < 40; pair++) {
      double[] x = {rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian()};
      double[] y = new double[3];
      double scale = 0.1 + pair * 0.1; // distances from near 0 to several σ
      for (int j = 0; j < 3; j++) {
        y[j] = x[j] + scale * rng.nextGaussian();
      }
      double exact = Math.exp(-squaredDistance(x, y) / (2 * sigma * sigma));
      assertThat(map.kernel(x, y)).isCloseTo(exact, within(1e-15));
      worst = Math.max(worst, Math.abs(map.approximateKernel(x, y) - exact));
    }
    assertThat(worst).isLessThan(0.05);
  }

  @Test
  void theErrorShrinksAsDGrows() {
    Random rng = new Random(5);
    double small = 0;
    double large = 0;
    var few = Data.fourierMap(2, 50, 1, 1);
    var many = Data.fourierMap(2, 5_000, 1, 1);
    for (int pair = 0; pair < 30; pair++) {
      double[] x = {rng.nextGaussian(), rng.nextGaussian()};
      double[] y = {rng.nextGaussian(), rng.nextGaussian()};
      small += Math.abs(few.approximateKernel(x, y) - few.kernel(x, y));
      large += Math.abs(many.approximateKernel(x, y) - many.kernel(x, y));
    }
    assertThat(large).isLessThan(small / 3);
  }

  private static double squaredDistance(double[] x, double[] y) {
    double sum = 0;
    for (int j = 0; j < x.length; j++) {
      sum += (x[j] - y[j]) * (x[j] - y[j]);
    }
    return sum;
  }

  @Test
  void theMapIsSeededAndScaled() {
    double[] x = {0.3, -1.2};
    var map = Data.fourierMap(2, 64, 0.8, 9);

    assertThat(map.apply(x)).containsExactly(Data.fourierMap(2, 64, 0.8, 9).apply(x));
    assertThat(map.apply(x)).isNotEqualTo(Data.fourierMap(2, 64, 0.8, 10).apply(x));
    assertThat(java.util.Arrays.stream(map.apply(x)).map(Math::abs).max().orElseThrow())
        .isLessThanOrEqualTo(Math.sqrt(2.0 / 64));
  }

  @Test
  void fourierFeaturesReplaceTheFeaturesAndKeepTheLabels() {
    var moons = Data.moons().samples(50);
    var mapped = moons.fourierFeatures(30, 0.5, 2);
    double[][] x = moons.x();
    double[][] z = mapped.x();
    var map = Data.fourierMap(2, 30, 0.5, 2);

    assertThat(mapped.featureNames()).hasSize(30).startsWith("rff01").endsWith("rff30");
    for (int i = 0; i < x.length; i++) {
      assertThat(z[i]).containsExactly(map.apply(x[i]));
      assertThat(mapped.examples().get(i).getOutput())
          .isEqualTo(moons.examples().get(i).getOutput());
    }
    assertThat(mapped.toString())
        .isEqualTo("moons(noise=0.1, samples=50, seed=1).fourierFeatures(D=30, sigma=0.5, seed=2)");
  }

  /**
   * tribuo-xchart.md §2.9: a linear model cannot separate the circles (accuracy near 1/2), but on
   * random Fourier features it can. The model's provenance then rebuilds the exact training data.
   */
  @Test
  void aLinearModelFitsTheCirclesOnlyThroughFourierFeatures() {
    var split = Data.circles().samples(1_000).noise(0.05).seed(2).split(0.8);
    var trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), 10, 7);

    double raw = accuracy(trainer.train(split.train().dataset()), split.test());
    var mapped = split.fourierFeatures(200, 0.5, 42);
    Model<Label> model = trainer.train(mapped.train().dataset());
    double withFeatures = accuracy(model, mapped.test());

    assertThat(raw).isLessThan(0.7);
    assertThat(withFeatures).isGreaterThan(0.97);
    Data<Label> trainingData = Data.rebuild(model.getProvenance());
    assertThat(TestData.signature(trainingData.examples()))
        .isEqualTo(TestData.signature(mapped.train().examples()));
  }

  private static double accuracy(Model<Label> model, Data<Label> test) {
    return new LabelEvaluator().evaluate(model, test.dataset()).accuracy();
  }
}
