package dev.noisebook.data;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noisebook.Data;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every invalid parameter fails with a message that names it, the rule and the value. A parameter
 * that is wrong on its own fails at the builder call; one that is wrong only with others (samples
 * fewer than classes, say) fails when the data is first made.
 */
class ValidationTest {

  private static Arguments bad(String message, Runnable call) {
    return Arguments.of(message, call);
  }

  static Stream<Arguments> invalid() {
    double[][] twoByTwo = {{0, 0}, {1, 1}};
    return Stream.of(
        bad("classes must be >= 2, got 1", () -> Data.blobs(1)),
        bad("classes must be >= 2, got 0", () -> Data.spirals(0)),
        bad("classes must be >= 2, got 1", () -> Data.checkerboard(1)),
        bad("samples must be >= 1, got 0", () -> Data.blobs(3).samples(0)),
        bad("samples must be >= 1, got -5", () -> Data.sine().samples(-5)),
        bad(
            "samples must be >= classes (10) so that every class has an example, got 5",
            () -> Data.blobs(10).samples(5).size()),
        bad(
            "samples must be >= classes (2) so that every class has an example, got 1",
            () -> Data.moons().samples(1).examples()),
        bad("features must be >= 1, got 0", () -> Data.blobs(2).features(0)),
        bad("spread must be >= 0, got -1", () -> Data.blobs(2).spread(-1)),
        bad("spread must be a finite number, got NaN", () -> Data.blobs(2).spread(Double.NaN)),
        bad("box must be > 0, got 0", () -> Data.blobs(2).box(0)),
        bad("centres need one row per class (3), got 2", () -> Data.blobs(3).centres(twoByTwo)),
        bad(
            "centres must all have 2 coordinates, as centres[0] has, but centres[1] has 3",
            () -> Data.blobs(2).centres(new double[][] {{0, 0}, {1, 1, 1}})),
        bad(
            "centres[1][0] must be a finite number, got Infinity",
            () -> Data.blobs(2).centres(new double[][] {{0, 0}, {Double.POSITIVE_INFINITY, 1}})),
        bad(
            "centres must hold classes × features = 2 × 3 values, got 4"
                + " (set features before centres, or leave features to the centres)",
            () -> Data.blobs(2).centres(twoByTwo).features(3).size()),
        bad("proportions need one value per class (2), got 1", () -> Data.blobs(2).proportions(1)),
        bad("proportions[1] must be > 0, got -1", () -> Data.moons().proportions(1, -1)),
        bad("proportions[0] must be > 0, got 0", () -> Data.blobs(2).proportions(0, 1)),
        bad(
            "proportions[1] must be a finite number, got NaN",
            () -> Data.blobs(2).proportions(1, Double.NaN)),
        bad(
            "samples = 3 with proportions [100.0, 1.0] leave class 1 without an example;"
                + " use more samples",
            () -> Data.blobs(2).samples(3).proportions(100, 1).size()),
        bad("noise must be >= 0, got -0.1", () -> Data.moons().noise(-0.1)),
        bad("noise must be >= 0, got -1", () -> Data.circles().noise(-1)),
        bad("noise must be >= 0, got -0.5", () -> Data.spirals(3).noise(-0.5)),
        bad("noise must be >= 0, got -2", () -> Data.linear(2).noise(-2)),
        bad("factor (the inner radius) must lie in [0, 1), got 1", () -> Data.circles().factor(1)),
        bad(
            "factor (the inner radius) must lie in [0, 1), got -0.1",
            () -> Data.circles().factor(-0.1)),
        bad("squares must be >= 1, got 0", () -> Data.checkerboard().squares(0)),
        bad(
            "a board of 2 × 2 squares has colours for only 3 classes, but classes = 5;"
                + " use squares >= 3",
            () -> Data.checkerboard(5).squares(2).size()),
        bad("min must be < max, got 1 >= 1", () -> Data.checkerboard().range(1, 1)),
        bad("min must be < max, got 3 >= -3", () -> Data.sine().range(3, -3)),
        bad("turns must be > 0, got 0", () -> Data.spirals(3).turns(0)),
        bad("features must be >= 1, got 0", () -> Data.linear(0)),
        bad("weights need one value per feature (2), got 1", () -> Data.linear(2).weights(1)),
        bad(
            "intercept must be a finite number, got NaN",
            () -> Data.linear(2).intercept(Double.NaN)),
        bad("features must be >= 5, got 4", () -> Data.friedman1().features(4)),
        bad("frequency must be > 0, got -1", () -> Data.sine().frequency(-1)),
        bad("train fraction must lie strictly between 0 and 1, got 0", () -> Data.moons().split(0)),
        bad("train fraction must lie strictly between 0 and 1, got 1", () -> Data.moons().split(1)),
        bad(
            "train fraction must lie strictly between 0 and 1, got 1.5",
            () -> Data.moons().split(1.5)),
        bad(
            "train fraction must be a finite number, got NaN",
            () -> Data.moons().split(Double.NaN)),
        bad(
            "a stratified split needs class labels, but linear(features=2, intercept=0, noise=0.1,"
                + " samples=1000, seed=1) is not classification data; split it unstratified",
            () -> Data.linear(2).split(0.8, 1, true)),
        bad(
            "split(0.9) of 4 examples leaves the test part empty;"
                + " choose a fraction nearer 1/2 or use more data",
            () -> Data.moons().samples(4).split(0.9).train().size()),
        bad(
            "dimension (the number of random features D) must be >= 1, got 0",
            () -> Data.moons().fourierFeatures(0, 1, 1)),
        bad(
            "sigma (the RBF bandwidth) must be > 0, got 0",
            () -> Data.moons().fourierFeatures(10, 0, 1)),
        bad("sigma (the RBF bandwidth) must be > 0, got -1", () -> Data.fourierMap(2, 10, -1, 1)),
        bad("input dimension must be >= 1, got 0", () -> Data.fourierMap(0, 10, 1, 1)),
        bad(
            "this map takes 2 features, got 3",
            () -> Data.fourierMap(2, 10, 1, 1).apply(new double[3])));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void anInvalidParameterIsRejectedWithAMessageThatNamesIt(String message, Runnable call) {
    assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }
}
