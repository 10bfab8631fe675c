package dev.noisebook.noise;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.noisebook.Noise;
import dev.noisebook.Schedule;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every invalid parameter is rejected when the value is made, with a message that names it. */
class NoiseValidationTest {

  static Stream<Arguments> invalid() {
    var l = Noise.labels();
    var in = Noise.inputs();
    var tg = Noise.targets();
    var d = Noise.diffusion();
    var vp = d.variancePreserving(Schedule.diffusion().linear(1e-4, 0.02, 100));
    return Stream.of(
        // label noise rates
        bad(
            "symmetric < 0",
            () -> l.symmetric(-0.1),
            "symmetric noise rate must lie in [0, 1], got -0.1"),
        bad(
            "symmetric > 1",
            () -> l.symmetric(1.2),
            "symmetric noise rate must lie in [0, 1], got 1.2"),
        bad(
            "symmetric NaN",
            () -> l.symmetric(Double.NaN),
            "symmetric noise rate must be a finite number, got NaN"),
        bad(
            "sweep",
            () -> l.symmetric(0.2, 0.4, 1.5),
            "symmetric noise rate must lie in [0, 1], got 1.5"),
        bad(
            "including true > 1",
            () -> l.symmetricIncludingTrue(2),
            "symmetricIncludingTrue noise rate must lie in [0, 1], got 2"),
        bad(
            "pairFlip > 1",
            () -> l.pairFlip(1.01),
            "pairFlip noise rate must lie in [0, 1], got 1.01"),
        bad(
            "pairFlip partner out of range",
            () -> l.pairFlip(0.3, 1, 2, 5),
            "pairFlip partner of class 2 is 5, outside 0..2 (one partner per class)"),
        bad(
            "pairFlip partners vs classes",
            () -> l.pairFlip(0.3, 1, 0).apply(new int[] {0, 1, 2}, 3),
            "pairFlip names partners for 2 classes but the labels have 3 classes"),
        bad(
            "one class",
            () -> l.symmetric(0.3).matrix(1),
            "symmetric noise needs at least 2 classes, got 1"),
        bad(
            "label out of range",
            () -> l.symmetric(0.3).apply(new int[] {0, 1, 4}, 3),
            "label 4 of example 2 is outside 0..2 (numClasses = 3)"),
        bad(
            "numClasses 1",
            () -> l.symmetric(0.3).apply(new int[] {0}, 1),
            "numClasses must be >= 2, got 1"),
        // transition matrices
        bad(
            "row sum",
            () -> l.transition(new double[][] {{1, 0, 0}, {0, 1, 0}, {0.3, 0.3, 0.3}}),
            "row 2 of the transition matrix sums to 0.9, not 1 (P(observed j | true i): each row must sum to 1)"),
        bad(
            "negative entry",
            () -> TransitionMatrix.of(new double[][] {{1.1, -0.1}, {0, 1}}),
            "entry [0][0] of the transition matrix is 1.1; probabilities must lie in [0, 1]"),
        bad(
            "negative entry off the diagonal",
            () -> TransitionMatrix.of(new double[][] {{0.5, 0.5}, {-0.2, 1.2}}),
            "entry [1][0] of the transition matrix is -0.2; probabilities must lie in [0, 1]"),
        bad(
            "non-finite entry",
            () -> TransitionMatrix.of(new double[][] {{Double.NaN, 1}, {0, 1}}),
            "entry [0][0] of the transition matrix must be a finite number, got NaN"),
        bad(
            "not square",
            () -> TransitionMatrix.of(new double[][] {{1, 0}, {0, 1, 0}}),
            "the transition matrix must be square (K x K): it has 2 rows but row 1 has 3 entries"),
        bad("empty", () -> TransitionMatrix.of(new double[0][]), "the transition matrix is empty"),
        bad(
            "1 x 1",
            () -> TransitionMatrix.of(new double[][] {{1}}),
            "the transition matrix needs at least 2 classes, got 1"),
        bad(
            "wrong size for the labels",
            () -> l.transition(new double[][] {{1, 0}, {0, 1}}).apply(new int[] {0, 1, 2}, 3),
            "the transition matrix is 2 x 2 but the labels have 3 classes"),
        bad(
            "cleanlab columns",
            () -> TransitionMatrix.fromCleanlab(new double[][] {{0.9, 0.2}, {0.1, 0.7}}),
            "column 1 of cleanlab's noise matrix sums to 0.9, not 1 (noise_matrix[s][y] = P(observed s | true y): each column must sum to 1)"),
        bad(
            "cleanlab negative",
            () -> TransitionMatrix.fromCleanlab(new double[][] {{1, 0.2}, {0, 0.9}, {0, -0.1}}),
            "cleanlab's noise matrix must be square (K x K): it has 3 rows but row 0 has 2 entries"),
        bad(
            "class names",
            () -> TransitionMatrix.of(new double[][] {{1, 0}, {0, 1}}).classes("a", "b", "c"),
            "a 2 x 2 transition matrix needs 2 class names, got 3"),
        bad(
            "prior size",
            () -> TransitionMatrix.of(new double[][] {{1, 0}, {0, 1}}).learnability(0.2, 0.3, 0.5),
            "the class prior has 3 entries but the matrix is 2 x 2"),
        bad(
            "prior sum",
            () -> TransitionMatrix.of(new double[][] {{1, 0}, {0, 1}}).learnability(0.2, 0.7),
            "the class prior sums to 0.9, not 1"),
        bad(
            "prior negative",
            () -> TransitionMatrix.of(new double[][] {{1, 0}, {0, 1}}).flipRate(-0.5, 1.5),
            "class prior entry 0 must lie in [0, 1], got -0.5"),
        bad(
            "singular inverse",
            () -> TransitionMatrix.of(new double[][] {{0.5, 0.5}, {0.5, 0.5}}).inverse(),
            "the transition matrix is singular (condition number Infinity), it has no usable inverse"),
        // trace
        bad("trace > K", () -> l.fromTrace(3, 3.5), "trace must lie in [0, K] = [0, 3], got 3.5"),
        bad(
            "trace too low to learn",
            () -> l.fromTrace(4, 0.9),
            "a learnable 4 x 4 transition matrix with 3 noise rate(s) per row needs trace > 1 (each diagonal entry must exceed its row's noise rates), got 0.9; use fromTrace(4, 0.9, false) for any matrix"),
        bad(
            "trace with zero rates",
            () -> l.fromTrace(8, 1.5).zeroNoiseFraction(0.5),
            "a learnable 8 x 8 transition matrix with 4 noise rate(s) per row needs trace > 1.6 (each diagonal entry must exceed its row's noise rates), got 1.5; use fromTrace(8, 1.5, false) for any matrix"),
        bad("trace K", () -> l.fromTrace(1, 1), "fromTrace numClasses must be >= 2, got 1"),
        bad(
            "zero fraction",
            () -> l.fromTrace(4, 3).zeroNoiseFraction(1.5),
            "zeroNoiseFraction must lie in [0, 1], got 1.5"),
        bad(
            "trace vs labels",
            () -> l.fromTrace(4, 3).apply(new int[] {0, 1, 2}, 3),
            "fromTrace made a 4 x 4 matrix but the labels have 3 classes"),
        // instance-dependent
        bad(
            "idn rate",
            () -> l.instanceDependent(-0.2),
            "instanceDependent noise rate must lie in [0, 1], got -0.2"),
        bad(
            "idn std",
            () -> l.instanceDependent(0.2).rateStd(0),
            "instanceDependent rateStd (a standard deviation) must be > 0, got 0"),
        bad(
            "idn without features",
            () -> l.instanceDependent(0.2).apply(new int[] {0, 1}, 2),
            "instance-dependent noise needs the features: use apply(features, labels, numClasses)"),
        bad(
            "idn feature rows",
            () -> l.instanceDependent(0.2).apply(new double[][] {{1}}, new int[] {0, 1}, 2),
            "features has 1 rows but there are 2 labels"),
        bad(
            "idn ragged",
            () -> l.instanceDependent(0.2).apply(new double[][] {{1, 2}, {1}}, new int[] {0, 1}, 2),
            "row 1 of features has 1 values but row 0 has 2"),
        // label sources
        bad(
            "one class in the data",
            () -> l.symmetric(0.2).apply(new BlobsTestSource(10, 1, 0)),
            "label noise needs at least 2 classes, the data has 1: [c0]"),
        bad(
            "duplicate class order",
            () -> l.symmetric(0.2).apply(new BlobsTestSource(10, 2, 0), List.of("c0", "c0")),
            "the class order [c0, c0] names a class twice"),
        // input noise
        bad(
            "gaussian sigma < 0",
            () -> in.gaussian(-1),
            "gaussian sigma (a standard deviation) must be >= 0, got -1"),
        bad(
            "logNormal sigma < 0",
            () -> in.logNormal(-0.5),
            "logNormal sigma (the standard deviation of ln m) must be >= 0, got -0.5"),
        bad("poisson zeta 0", () -> in.poisson(0), "poisson zeta (the scale) must be > 0, got 0"),
        bad(
            "poisson negative x",
            () -> in.poisson(0.1).apply(new double[] {0.5, -0.2}),
            "value 1: poisson noise needs x >= 0 (x/zeta is a Poisson mean), got -0.2"),
        bad(
            "poisson negative x in a matrix",
            () -> in.poisson(0.1).apply(new double[][] {{0.5}, {1, -3}}),
            "row 1, value 1: poisson noise needs x >= 0 (x/zeta is a Poisson mean), got -3"),
        bad("gamma k < 0", () -> in.gamma(-2), "gamma shape k must be > 0, got -2"),
        bad(
            "dropout 1",
            () -> in.dropout(1),
            "dropout rate p must be < 1 (kept values are scaled by 1/(1 - p)); use mask(1) to zero everything"),
        bad("dropout > 1", () -> in.dropout(1.5), "dropout rate p must lie in [0, 1], got 1.5"),
        bad("mask < 0", () -> in.mask(-0.1), "mask rate p must lie in [0, 1], got -0.1"),
        bad("quantise 0", () -> in.quantise(0), "quantisation step must be > 0, got 0"),
        bad("bits", () -> in.quantisationNoise(0, 0, 1), "bits must lie in 1..52, got 0"),
        bad("bits range", () -> in.quantisationNoise(8, 1, 1), "max must be > min, got 1 <= 1"),
        // target noise
        bad(
            "homoscedastic < 0",
            () -> tg.homoscedastic(-0.1),
            "homoscedastic sigma (a standard deviation) must be >= 0, got -0.1"),
        bad(
            "heteroscedastic sigma1 < 0",
            () -> tg.heteroscedastic(0.1, -1),
            "heteroscedastic sigma1 (the growth of the standard deviation) must be >= 0, got -1"),
        bad(
            "heteroscedastic blank feature",
            () -> tg.heteroscedastic(0.1, 1, " "),
            "feature name must not be blank; use heteroscedastic(sigma0, sigma1) to scale with the target"),
        bad(
            "studentT nu 0",
            () -> tg.studentT(0, 1),
            "studentT degrees of freedom nu must be > 0, got 0"),
        bad("studentT scale < 0", () -> tg.studentT(3, -1), "studentT scale must be >= 0, got -1"),
        bad(
            "targets vs scale inputs",
            () -> tg.homoscedastic(1).apply(new double[] {1, 2}, new double[] {1}),
            "there are 2 targets but 1 scale inputs"),
        // preferences
        bad(
            "flip > 1",
            () -> Noise.preferences().flip(1.5),
            "preference flip rate epsilon must lie in [0, 1], got 1.5"),
        bad(
            "beta 0",
            () -> Noise.preferences().bradleyTerry(0),
            "Bradley-Terry scale beta must be > 0, got 0"),
        bad(
            "one item",
            () -> Noise.preferences().bradleyTerry().sample(new double[] {1}, 3),
            "preference pairs need at least 2 items, got 1"),
        bad(
            "item out of range",
            () ->
                Noise.preferences()
                    .bradleyTerry()
                    .compare(new double[] {1, 2}, new int[] {0}, new int[] {2}),
            "item 2 of pair 0 is outside 0..1"),
        bad(
            "reward NaN",
            () -> Noise.preferences().bradleyTerry().sample(new double[] {1, Double.NaN}, 3),
            "reward 1 must be a finite number, got NaN"),
        // diffusion
        bad(
            "vp t",
            () -> vp.sample(new double[] {1}, 100),
            "timestep t must lie in 0..99 (T = 100), got 100"),
        bad("vp t < 0", () -> vp.noiseStd(-1), "timestep t must lie in 0..99 (T = 100), got -1"),
        bad(
            "ve order",
            () -> d.varianceExploding(50, 0.01),
            "sigmaMax must be > sigmaMin, got 0.01 <= 50"),
        bad(
            "ve min 0",
            () -> d.varianceExploding(0, 1),
            "sigmaMin (a standard deviation) must be > 0, got 0"),
        bad(
            "ve t",
            () -> d.varianceExploding(0.01, 50).sigma(1.5),
            "time t must lie in [0, 1], got 1.5"));
  }

  private static Arguments bad(String name, ThrowingCallable call, String message) {
    return arguments(name, call, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void rejectsWithAMessageNamingTheProblem(String name, ThrowingCallable call, String message) {
    assertThatThrownBy(call)
        .isInstanceOfAny(IllegalArgumentException.class, IllegalStateException.class)
        .hasMessage(message);
  }
}
