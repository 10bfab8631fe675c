package dev.noisebook.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.noisebook.Data;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandardisedTest {

  @Test
  void theTrainPartGetsMeanZeroAndPopulationStdOne() {
    var split = Data.blobs(3).features(4).samples(600).spread(3).split(0.8).standardised();
    double[][] train = split.train().x();

    for (int j = 0; j < 4; j++) {
      double[] column = TestData.column(train, j);
      assertThat(TestData.mean(column)).isCloseTo(0, within(1e-12));
      assertThat(TestData.populationStd(column)).isCloseTo(1, within(1e-12));
    }
  }

  @Test
  void theTestPartIsScaledWithTheTrainPartsMeanAndStd() {
    var raw = Data.linear(3).samples(200).seed(5).split(0.75);
    var scaled = raw.standardised();
    var fit = ((Standardised<?>) scaled.test()).fit();
    double[][] trainRaw = raw.train().x();
    double[][] testRaw = raw.test().x();
    double[][] testScaled = scaled.test().x();

    for (int j = 0; j < 3; j++) {
      double[] column = TestData.column(trainRaw, j);
      assertThat(fit.mean()[j]).isCloseTo(TestData.mean(column), within(1e-12));
      assertThat(fit.std()[j]).isCloseTo(TestData.populationStd(column), within(1e-12));
      for (int i = 0; i < testRaw.length; i++) {
        assertThat(testScaled[i][j])
            .isCloseTo((testRaw[i][j] - fit.mean()[j]) / fit.std()[j], within(1e-12));
      }
    }
    assertThat(TestData.mean(TestData.column(testScaled, 0))).isNotCloseTo(0, within(1e-9));
    assertThat(scaled.test().toString()).endsWith(".test().standardised(fitted on train)");
    assertThat(Examples.targets(scaled.test().examples()))
        .containsExactly(Examples.targets(raw.test().examples()));
  }

  @Test
  void standardisingACsvMatchesScikitLearnsStandardScaler() {
    var data =
        Data.csv(TestData.fixture("toy_classification.csv").toString()).classification("species");
    double[][] z = data.standardised().x();
    List<Map<String, String>> expected = TestData.rows("standardised.csv");

    for (int i = 0; i < expected.size(); i++) {
      assertThat(z[i][0]).isCloseTo(Double.parseDouble(expected.get(i).get("a")), within(1e-12));
      assertThat(z[i][1]).isCloseTo(Double.parseDouble(expected.get(i).get("b")), within(1e-12));
      assertThat(z[i][2]).isCloseTo(Double.parseDouble(expected.get(i).get("c")), within(1e-12));
    }
  }

  @Test
  void aConstantFeatureIsOnlyCentred() {
    var blobs = Data.blobs(2).centres(new double[][] {{5, 0}, {5, 1}}).spread(0).samples(10);
    double[][] z = blobs.standardised().x();

    for (double[] row : z) {
      assertThat(row[0]).isZero();
      assertThat(Math.abs(row[1])).isEqualTo(1.0);
    }
  }

  @Test
  void labelsAndWeightsPassThrough() {
    var moons = Data.moons().samples(30);
    var examples = moons.examples();
    var standardised = moons.standardised().examples();

    for (int i = 0; i < examples.size(); i++) {
      assertThat(standardised.get(i).getOutput()).isEqualTo(examples.get(i).getOutput());
      assertThat(standardised.get(i).getWeight()).isEqualTo(examples.get(i).getWeight());
    }
  }
}
