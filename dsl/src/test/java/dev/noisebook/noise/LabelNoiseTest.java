package dev.noisebook.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.noisebook.Noise;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Label noise on class indices: realised statistics, exact counts, seeds. */
class LabelNoiseTest {
  private static final int N = 100_000;

  /** n labels, class i with probability proportional to i + 1 (unbalanced on purpose). */
  static int[] labels(int n, int k, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] weights = new double[k];
    for (int i = 0; i < k; i++) {
      weights[i] = (i + 1.0) / (k * (k + 1) / 2.0);
    }
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = Samplers.categorical(weights, rng.nextDouble());
    }
    return y;
  }

  static Stream<ClassConditionalNoise> classConditional() {
    var l = Noise.labels();
    return Stream.of(
        l.symmetric(0.4),
        l.symmetric(0.8),
        l.symmetricIncludingTrue(0.6),
        l.pairFlip(0.45),
        l.pairFlip(0.4, 0, 1, 0, 5, 7, 3, 6, 7, 8, 1),
        l.transition(
            new double[][] {
              {0.7, 0.1, 0.1, 0.05, 0.05, 0, 0, 0, 0, 0},
              {0, 1, 0, 0, 0, 0, 0, 0, 0, 0},
              {0.1, 0.1, 0.8, 0, 0, 0, 0, 0, 0, 0},
              {0, 0, 0, 0.5, 0.5, 0, 0, 0, 0, 0},
              {0, 0, 0, 0, 0.9, 0.1, 0, 0, 0, 0},
              {0, 0, 0, 0, 0, 0.6, 0.4, 0, 0, 0},
              {0, 0, 0, 0, 0, 0, 0.6, 0.4, 0, 0},
              {0, 0, 0, 0, 0, 0, 0, 0.6, 0.4, 0},
              {0, 0, 0, 0, 0, 0, 0, 0, 0.6, 0.4},
              {0.2, 0.2, 0.2, 0.2, 0.2, 0, 0, 0, 0, 0}
            }),
        l.fromTrace(10, 6.5).zeroNoiseFraction(0.5));
  }

  @ParameterizedTest
  @MethodSource("classConditional")
  void bernoulliFlipsMatchTheRequestedMatrixRowByRow(ClassConditionalNoise noise) {
    int[] clean = labels(N, 10, 1);
    NoisyLabels noisy = noise.seed(11).apply(clean, 10);
    double[][] t = noise.matrix(10).rows();
    int[][] counts = noisy.matrix().counts();
    double expectedFlips = 0;
    for (int i = 0; i < 10; i++) {
      Stats.assertMultinomial(noise + ", true class " + i, counts[i], t[i]);
      expectedFlips += Arrays.stream(counts[i]).sum() * (1 - t[i][i]);
    }
    Stats.assertProportion(noise + " flip rate", noisy.flipRate(), expectedFlips / N, N);
  }

  @ParameterizedTest
  @MethodSource("classConditional")
  void exactModeRealisesTheRoundedCountsExactly(ClassConditionalNoise noise) {
    int[] clean = labels(12_345, 10, 2);
    NoisyLabels noisy = noise.exact().seed(5).apply(clean, 10);
    double[][] t = noise.matrix(10).rows();
    int[][] counts = noisy.matrix().counts();
    for (int i = 0; i < 10; i++) {
      int n = Arrays.stream(counts[i]).sum();
      assertThat(counts[i]).as("class " + i).containsExactly(Flips.apportion(t[i], n));
    }
    assertThat(noisy.clean()).containsExactly(clean);
  }

  @Test
  void exactCountsAreTheLargestRemainderRoundingNumpyComputes() {
    for (var row : NoiseFixtures.rows("exact_counts.csv")) {
      assertThat(Flips.apportion(row.numbers("probabilities"), row.integer("n")))
          .as(row.toString())
          .containsExactly(row.wholes("counts"));
    }
  }

  @Test
  void exactSymmetricNoiseFlipsExactlyTheRateOfEachClass() {
    int[] clean = new int[1000];
    Arrays.setAll(clean, i -> i % 4);
    NoisyLabels noisy = Noise.labels().symmetric(0.4).exact().seed(9).apply(clean, 4);
    assertThat(noisy.flipped()).isEqualTo(400);
    int[][] counts = noisy.matrix().counts();
    for (int i = 0; i < 4; i++) {
      assertThat(counts[i][i]).isEqualTo(150);
      for (int j = 0; j < 4; j++) {
        if (j != i) {
          assertThat(counts[i][j]).isBetween(33, 34);
        }
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameLabelsAndAnotherSeedOtherLabels() {
    int[] clean = labels(5000, 5, 3);
    for (LabelNoise noise :
        List.of(
            Noise.labels().symmetric(0.3),
            Noise.labels().pairFlip(0.3).exact(),
            Noise.labels().fromTrace(5, 3.5))) {
      int[] a = noise.seed(1).apply(clean, 5).noisy();
      assertThat(noise.seed(1).apply(clean, 5).noisy()).as(noise.toString()).containsExactly(a);
      assertThat(noise.seed(2).apply(clean, 5).noisy()).as(noise.toString()).isNotEqualTo(a);
    }
    double[][] x = features(5000, 4, 8);
    var idn = Noise.labels().instanceDependent(0.3);
    int[] a = idn.seed(1).apply(x, clean, 5).noisy();
    assertThat(idn.seed(1).apply(x, clean, 5).noisy()).containsExactly(a);
    assertThat(idn.seed(2).apply(x, clean, 5).noisy()).isNotEqualTo(a);
  }

  @Test
  void fromTraceDrawsALearnableMatrixWithExactlyThatTrace() {
    for (double trace : new double[] {1.65, 3.0, 5.0, 7.9}) {
      TraceNoise noise = Noise.labels().fromTrace(8, trace).zeroNoiseFraction(0.5);
      TransitionMatrix t = noise.matrix();
      assertThat(t.trace()).isCloseTo(trace, within(1e-12));
      assertThat(t.learnability().isLearnable()).as(t.toString()).isTrue();
      for (int i = 0; i < 8; i++) {
        long zeros = Arrays.stream(t.rows()[i]).filter(v -> v == 0).count();
        // a noisy row keeps round(7 * 0.5) = 4 off-diagonal rates, so 3 zeros
        assertThat(zeros).as("zeros in row " + i).isEqualTo(t.get(i, i) == 1 ? 7 : 3);
      }
    }
    var noise = Noise.labels().fromTrace(4, 2.5);
    assertThat(noise.seed(9).matrix())
        .as("the flip seed leaves the matrix")
        .isEqualTo(noise.matrix());
    assertThat(noise.matrixSeed(1).matrix()).isNotEqualTo(noise.matrix());
    assertThat(Noise.labels().fromTrace(4, 0.5, false).matrix().trace())
        .isCloseTo(0.5, within(1e-12));
  }

  @Test
  void instanceDependentRowsAreThePapersFormula() {
    for (var row : NoiseFixtures.rows("instance_rows.csv")) {
      int s = row.integer("S");
      int k = row.integer("K");
      double[] flat = row.numbers("w_y");
      double[][] w = new double[s][];
      for (int f = 0; f < s; f++) {
        w[f] = Arrays.copyOfRange(flat, f * k, (f + 1) * k);
      }
      double[] p =
          InstanceDependentNoise.rowProbabilities(
              row.numbers("x"), w, row.integer("y"), row.number("q"));
      assertThat(p).as(row.toString()).containsExactly(row.numbers("probabilities"), within(1e-14));
    }
  }

  @Test
  void instanceDependentFlipRateIsTheMeanOfTheTruncatedNormal() {
    int[] clean = labels(N, 5, 4);
    double[][] x = features(N, 6, 5);
    for (var row : NoiseFixtures.rows("distributions.csv", "distribution", "truncnormMean")) {
      double tau = row.numbers("params")[0];
      NoisyLabels noisy = Noise.labels().instanceDependent(tau).seed(3).apply(x, clean, 5);
      double mean = row.number("cdf");
      // the flip indicator given q is Bernoulli(q); marginally Bernoulli(E q)
      Stats.assertProportion("instanceDependent(" + tau + ") flip rate", noisy.flipRate(), mean, N);
    }
  }

  @Test
  void instanceDependentNoiseDependsOnTheFeatures() {
    int[] clean = labels(20_000, 3, 6);
    double[][] x = features(20_000, 4, 7);
    NoisyLabels noisy = Noise.labels().instanceDependent(0.4).apply(x, clean, 3);
    // among flipped examples of true class 0, the wrong class chosen depends on the sign of x_0
    int[][] table = new int[2][3];
    for (int i = 0; i < clean.length; i++) {
      if (clean[i] == 0 && noisy.isFlipped(i)) {
        table[x[i][0] > 0 ? 1 : 0][noisy.noisy()[i]]++;
      }
    }
    double chi2 = independenceChiSquare(table[0][1], table[0][2], table[1][1], table[1][2]);
    assertThat(chi2)
        .as("2 x 2 independence chi-square of " + Arrays.deepToString(table))
        .isGreaterThan(NoiseFixtures.chiSquareUpper(1));
    // and a class-conditional noise shows no such dependence
    NoisyLabels symmetric = Noise.labels().symmetric(0.4).apply(clean, 3);
    int[][] control = new int[2][3];
    for (int i = 0; i < clean.length; i++) {
      if (clean[i] == 0 && symmetric.isFlipped(i)) {
        control[x[i][0] > 0 ? 1 : 0][symmetric.noisy()[i]]++;
      }
    }
    assertThat(independenceChiSquare(control[0][1], control[0][2], control[1][1], control[1][2]))
        .isLessThan(NoiseFixtures.chiSquareUpper(1));
  }

  private static double independenceChiSquare(double a, double b, double c, double d) {
    double n = a + b + c + d;
    return n * (a * d - b * c) * (a * d - b * c) / ((a + b) * (c + d) * (a + c) * (b + d));
  }

  @Test
  void sweepsAreOneModelPerRate() {
    assertThat(Noise.labels().symmetric(0.0, 0.2, 0.4, 0.6))
        .extracting(SymmetricNoise::rate)
        .containsExactly(0.0, 0.2, 0.4, 0.6);
  }

  @Test
  void modelsAreValuesEqualByTheirParameters() {
    assertThat(Noise.labels().symmetric(0.4).seed(3))
        .isEqualTo(Noise.labels().symmetric(0.4).seed(3));
    assertThat(Noise.labels().symmetric(0.4).seed(3)).isNotEqualTo(Noise.labels().symmetric(0.4));
    assertThat(Noise.labels().symmetric(0.4).exact()).isNotEqualTo(Noise.labels().symmetric(0.4));
    var base = Noise.labels().pairFlip(0.3);
    base.exact().seed(8);
    assertThat(base.mode()).as("builders return copies").isEqualTo(FlipMode.BERNOULLI);
    assertThat(base.seed()).isZero();
  }

  static double[][] features(int n, int width, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] x = new double[n][width];
    for (double[] row : x) {
      for (int f = 0; f < width; f++) {
        row[f] = rng.nextGaussian();
      }
    }
    return x;
  }
}
