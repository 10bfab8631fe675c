package dev.noisebook.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.noisebook.FixtureCsv;
import dev.noisebook.Noise;
import dev.noisebook.display.MimeBundle;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Transition matrices against numpy, learnability against numpy and cleanlab's check. */
class TransitionMatrixTest {

  static Stream<FixtureCsv.Row> labelMatrices() {
    return NoiseFixtures.rows("label_matrices.csv").stream();
  }

  static Stream<FixtureCsv.Row> learnability() {
    return NoiseFixtures.rows("learnability.csv").stream();
  }

  @ParameterizedTest
  @MethodSource("labelMatrices")
  void classConditionalModelsBuildTheMatrixNumpyBuilds(FixtureCsv.Row row) {
    int k = row.integer("K");
    double rate = row.number("rate");
    var labels = Noise.labels();
    ClassConditionalNoise noise =
        switch (row.text("model")) {
          case "symmetric" -> labels.symmetric(rate);
          case "symmetricIncludingTrue" -> labels.symmetricIncludingTrue(rate);
          case "pairFlip" ->
              row.text("partners").isEmpty()
                  ? labels.pairFlip(rate)
                  : labels.pairFlip(rate, row.wholes("partners"));
          default -> throw new AssertionError(row.text("model"));
        };
    double[][] expected = row.matrix("matrix");
    double[][] actual = noise.matrix(k).rows();
    for (int i = 0; i < k; i++) {
      assertThat(actual[i]).as("row " + i).containsExactly(expected[i], within(1e-15));
    }
  }

  @Test
  void theSymmetricConventionsDifferInWhetherTheTrueClassIsDrawn() {
    var excluding = Noise.labels().symmetric(0.4).matrix(10);
    var including = Noise.labels().symmetricIncludingTrue(0.4).matrix(10);
    assertThat(excluding.flipRate()).isCloseTo(0.4, within(1e-15));
    assertThat(including.flipRate()).isCloseTo(0.36, within(1e-15));
    assertThat(Noise.labels().symmetric(0.4).toString())
        .isEqualTo("symmetric(rate=0.4, mode=bernoulli, seed=0)");
    assertThat(Noise.labels().symmetricIncludingTrue(0.4).exact().seed(3).toString())
        .isEqualTo("symmetricIncludingTrue(rate=0.4, mode=exact, seed=3)");
  }

  @ParameterizedTest
  @MethodSource("learnability")
  void learnabilityChecksAgreeWithNumpyAndCleanlab(FixtureCsv.Row row) {
    var t = TransitionMatrix.of(row.matrix("matrix"));
    Learnability result = t.learnability(row.numbers("prior"));
    assertThat(result.invertible()).as("invertible").isEqualTo(row.flag("invertible"));
    assertThat(result.diagonallyDominant()).as("dominant").isEqualTo(row.flag("dominant"));
    assertThat(result.positivelyAssociated()).as("cleanlab").isEqualTo(row.flag("associated"));
    assertThat(result.isLearnable())
        .isEqualTo(row.flag("invertible") && row.flag("dominant") && row.flag("associated"));
    assertThat(result.problems().isEmpty()).isEqualTo(result.isLearnable());
    if (row.flag("invertible")) {
      assertThat(result.conditionNumber())
          .isCloseTo(row.number("cond1"), within(1e-9 * row.number("cond1")));
      double[] inverse = Arrays.stream(t.inverse()).flatMapToDouble(Arrays::stream).toArray();
      assertThat(inverse).containsExactly(row.numbers("inverse"), within(1e-12));
    } else {
      assertThat(result.conditionNumber()).isInfinite();
    }
  }

  @Test
  void learnabilityExplainsWhatFailed() {
    var t = TransitionMatrix.of(new double[][] {{0.4, 0.6}, {0.5, 0.5}}).classes("cat", "dog");
    assertThat(t.learnability().toString())
        .startsWith("not learnable: ")
        .contains("true class cat is labelled dog (0.6) at least as often as cat (0.4)")
        .contains("true class dog is labelled cat (0.5) at least as often as dog (0.5)")
        .contains(
            "class cat: P(observed cat | true cat) = 0.4 is not above P(observed cat) = 0.45");
    assertThat(Noise.labels().symmetric(0.2).matrix(3).learnability().toString())
        .startsWith("learnable: T is invertible (condition number ");
  }

  @Test
  void cleanlabOrientationIsTheTranspose() {
    double[][] rows = {{0.7, 0.2, 0.1}, {0.05, 0.9, 0.05}, {0.3, 0.0, 0.7}};
    var t = TransitionMatrix.of(rows);
    double[][] cleanlab = t.toCleanlab();
    assertThat(cleanlab[0]).containsExactly(0.7, 0.05, 0.3);
    assertThat(TransitionMatrix.fromCleanlab(cleanlab)).isEqualTo(t);
    // columns of cleanlab's matrix sum to 1, its rows need not
    assertThat(Arrays.stream(cleanlab[0]).sum()).isNotCloseTo(1.0, within(0.01));
  }

  @Test
  void noisyPosteriorIsTTransposeTimesTheCleanOne() {
    var t = TransitionMatrix.of(new double[][] {{0.8, 0.2}, {0.3, 0.7}});
    assertThat(t.noisyPosterior(1, 0)).containsExactly(0.8, 0.2);
    assertThat(t.noisyPosterior(0.5, 0.5))
        .containsExactly(new double[] {0.55, 0.45}, within(1e-15));
    assertThat(t.trace()).isCloseTo(1.5, within(1e-15));
    assertThat(t.flipRate(0.25, 0.75)).isCloseTo(0.25 * 0.2 + 0.75 * 0.3, within(1e-15));
  }

  @Test
  void showsItselfAsAHeatmap() throws Exception {
    var t = Noise.labels().pairFlip(0.3).matrix(4);
    MimeBundle bundle = t.mimeBundle();
    assertThat(bundle.plain())
        .startsWith("TransitionMatrix 4 x 4, T[i][j] = P(observed j | true i)");
    Images.assertDrawn(t.heatmap().png());
    assertThat(Noise.labels().transition(t).mimeBundle().get(MimeBundle.IMAGE_PNG)).isPresent();
    assertThat(Noise.labels().symmetric(0.2).mimeBundle().plain())
        .isEqualTo("symmetric(rate=0.2, mode=bernoulli, seed=0)");
  }
}
