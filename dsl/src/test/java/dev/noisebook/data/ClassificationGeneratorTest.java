package dev.noisebook.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.noisebook.Data;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tribuo.Example;
import org.tribuo.classification.Label;

/**
 * Class counts are exact; the generators' statistics lie within stated bounds. A bound of 5
 * standard errors fails by chance with probability below 1e-6 per check; the seeds are fixed, so
 * the tests are deterministic anyway, and the bounds say how far the data may honestly be off.
 */
class ClassificationGeneratorTest {

  private static int[] countsOf(Data<Label> data, int classes) {
    int[] counts = new int[classes];
    for (Example<Label> example : data.examples()) {
      counts[Integer.parseInt(example.getOutput().getLabel())]++;
    }
    return counts;
  }

  @Test
  void balancedCountsGiveTheFirstClassesTheRemainderAsMakeBlobsDoes() {
    assertThat(countsOf(Data.blobs(3).samples(10), 3)).containsExactly(4, 3, 3);
    assertThat(countsOf(Data.spirals(4).samples(4), 4)).containsExactly(1, 1, 1, 1);
    assertThat(countsOf(Data.checkerboard(3).samples(11), 3)).containsExactly(4, 4, 3);
    assertThat(Data.blobs(10).features(20).samples(5_000).counts()).containsOnly(500);
  }

  @Test
  void moonsAndCirclesPutHalfInClassZeroAndTheRestInClassOneAsSklearnDoes() {
    assertThat(countsOf(Data.moons().samples(11), 2)).containsExactly(5, 6);
    assertThat(countsOf(Data.circles().samples(11), 2)).containsExactly(5, 6);
  }

  @Test
  void proportionsGiveExactCountsByLargestRemainder() {
    assertThat(countsOf(Data.blobs(3).samples(1000).proportions(8, 1, 1), 3))
        .containsExactly(800, 100, 100);
    assertThat(Data.blobs(3).samples(10).proportions(1, 1, 1).counts()).containsExactly(4, 3, 3);
    assertThat(Data.moons().samples(10).proportions(2, 1).counts()).containsExactly(7, 3);
    assertThat(Data.blobs(2).samples(20).proportions(0.95, 0.05).counts()).containsExactly(19, 1);
  }

  @Test
  void blobClassMeansLieNearTheirCentresAndTheSpreadIsTheStd() {
    double sigma = 0.5;
    var blobs = Data.blobs(5).features(3).samples(2_000).spread(sigma).seed(3);
    double[][] centres = blobs.centres();
    double[][] x = blobs.x();
    int[] label = Examples.classIndices(blobs.examples(), List.of("0", "1", "2", "3", "4"));

    for (int k = 0; k < 5; k++) {
      int members = 0;
      double[] sum = new double[3];
      double[] squares = new double[3];
      for (int i = 0; i < x.length; i++) {
        if (label[i] == k) {
          members++;
          for (int j = 0; j < 3; j++) {
            sum[j] += x[i][j];
            squares[j] += (x[i][j] - centres[k][j]) * (x[i][j] - centres[k][j]);
          }
        }
      }
      assertThat(members).isEqualTo(400);
      for (int j = 0; j < 3; j++) {
        assertThat(centres[k][j]).isBetween(-10.0, 10.0);
        // standard error of a mean of 400 draws: σ/20
        assertThat(sum[j] / members).isCloseTo(centres[k][j], within(5 * sigma / 20));
        // the sample std of 400 normal draws has standard error ≈ σ/√800
        assertThat(Math.sqrt(squares[j] / members))
            .isCloseTo(sigma, within(5 * sigma / Math.sqrt(800)));
      }
    }
  }

  @Test
  void givenCentresAreUsedAndSetTheNumberOfFeatures() {
    double[][] centres = {{-3, 0, 1}, {3, 0, -1}};
    var blobs = Data.blobs(2).centres(centres).spread(0);

    assertThat(blobs.features()).isEqualTo(3);
    assertThat(blobs.centres()).isDeepEqualTo(centres);
    assertThat(blobs.featureNames()).containsExactly("x1", "x2", "x3");
    for (double[] row : blobs.x()) {
      assertThat(row)
          .satisfiesAnyOf(
              r -> assertThat(r).containsExactly(centres[0]),
              r -> assertThat(r).containsExactly(centres[1]));
    }
  }

  @Test
  void twentyFeaturesAreNamedSoTribuosOrderIsTheNumericOrder() {
    var blobs = Data.blobs(2).features(20).samples(4);

    assertThat(blobs.featureNames()).hasSize(20).startsWith("x01", "x02").endsWith("x20");
    assertThat(blobs.dataset().getFeatureIDMap().get("x10").getID()).isEqualTo(9);
  }

  @Test
  void noiseFreeCirclesLieExactlyOnRadiusOneAndFactor() {
    var circles = Data.circles().noise(0).factor(0.3).samples(101);
    double[][] x = circles.x();
    List<Example<Label>> examples = circles.examples();

    for (int i = 0; i < x.length; i++) {
      double radius = Math.hypot(x[i][0], x[i][1]);
      double expected = examples.get(i).getOutput().getLabel().equals("0") ? 1 : 0.3;
      assertThat(radius).isCloseTo(expected, within(1e-12));
    }
  }

  @Test
  void noisyCirclesKeepTheirMeanRadii() {
    double sigma = 0.05;
    var circles = Data.circles().noise(sigma).samples(2_000).seed(11);
    double[][] x = circles.x();
    List<Example<Label>> examples = circles.examples();
    double[] sum = new double[2];
    for (int i = 0; i < x.length; i++) {
      sum[Integer.parseInt(examples.get(i).getOutput().getLabel())] += Math.hypot(x[i][0], x[i][1]);
    }
    // E|c + σε| ≈ r + σ²/(2r); a radius has std ≈ σ, so the mean of 1000 has standard error σ/√1000
    double bound = 5 * sigma / Math.sqrt(1000);
    assertThat(sum[0] / 1000).isCloseTo(1 + sigma * sigma / 2, within(bound));
    assertThat(sum[1] / 1000).isCloseTo(0.5 + sigma * sigma, within(bound));
  }

  @Test
  void noisyMoonsKeepTheNoiseFreeClassMeans() {
    double sigma = 0.2;
    double[] cleanMean0 = classMean(Data.moons().noise(0).samples(2_000), "0");
    double[] noisyMean0 = classMean(Data.moons().noise(sigma).samples(2_000).seed(5), "0");
    double[] cleanMean1 = classMean(Data.moons().noise(0).samples(2_000), "1");
    double[] noisyMean1 = classMean(Data.moons().noise(sigma).samples(2_000).seed(5), "1");

    double bound = 5 * sigma / Math.sqrt(1000);
    for (int j = 0; j < 2; j++) {
      assertThat(noisyMean0[j]).isCloseTo(cleanMean0[j], within(bound));
      assertThat(noisyMean1[j]).isCloseTo(cleanMean1[j], within(bound));
    }
  }

  private static double[] classMean(Data<Label> data, String label) {
    double[][] x = data.x();
    List<Example<Label>> examples = data.examples();
    double[] sum = new double[2];
    int count = 0;
    for (int i = 0; i < x.length; i++) {
      if (examples.get(i).getOutput().getLabel().equals(label)) {
        sum[0] += x[i][0];
        sum[1] += x[i][1];
        count++;
      }
    }
    return new double[] {sum[0] / count, sum[1] / count};
  }

  @Test
  void everyCheckerboardPointLiesInASquareOfItsClassAndEverySquareIsUsed() {
    var board = Data.checkerboard(3).squares(4).range(0, 2).samples(2_000).seed(4);
    double[][] x = board.x();
    List<Example<Label>> examples = board.examples();
    Set<String> usedSquares = new HashSet<>();

    for (int i = 0; i < x.length; i++) {
      assertThat(java.util.Arrays.stream(x[i]).min().orElseThrow()).isGreaterThanOrEqualTo(0.0);
      assertThat(java.util.Arrays.stream(x[i]).max().orElseThrow()).isLessThanOrEqualTo(2.0);
      int label = Integer.parseInt(examples.get(i).getOutput().getLabel());
      assertThat(board.classAt(x[i][0], x[i][1])).isEqualTo(label);
      usedSquares.add((int) (x[i][0] * 2) + "," + (int) (x[i][1] * 2));
    }
    assertThat(usedSquares).hasSize(16);
  }

  @Test
  void noiseFreeSpiralPointsLieOnTheirArms() {
    int arms = 3;
    double turns = 1.5;
    var spirals = Data.spirals(arms).turns(turns).noise(0).samples(300);
    double[][] x = spirals.x();
    List<Example<Label>> examples = spirals.examples();

    for (int i = 0; i < x.length; i++) {
      int k = Integer.parseInt(examples.get(i).getOutput().getLabel());
      double radius = Math.hypot(x[i][0], x[i][1]);
      double angle = 2 * Math.PI * (turns * radius + (double) k / arms);
      assertThat(radius).isGreaterThan(0).isLessThanOrEqualTo(1 + 1e-12);
      assertThat(x[i][0]).isCloseTo(radius * Math.cos(angle), within(1e-9));
      assertThat(x[i][1]).isCloseTo(radius * Math.sin(angle), within(1e-9));
    }
  }
}
