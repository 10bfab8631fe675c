package dev.noisebook.schedule;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.noisebook.Schedule;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every invalid parameter is rejected when the value is made, with a message that names it. */
class ScheduleValidationTest {

  static Stream<Arguments> invalid() {
    var d = Schedule.diffusion();
    var lr = Schedule.learningRate(0.1);
    var tau = Schedule.temperature(1.0);
    var one = Schedule.constant(1);
    return Stream.of(
        // diffusion
        bad(
            "linear(0.02, 0.01, 1000)",
            () -> d.linear(0.02, 0.01, 1000),
            "beta_end must be > beta_start, got 0.01 <= 0.02"),
        bad("linear T = 1", () -> d.linear(1e-4, 0.02, 1), "T must be >= 2, got 1"),
        bad(
            "linear beta_start = 0",
            () -> d.linear(0, 0.02, 1000),
            "beta_start must be > 0, got 0"),
        bad(
            "linear beta_start < 0",
            () -> d.linear(-1e-4, 0.02, 1000),
            "beta_start must be > 0, got -0.0001"),
        bad(
            "linear beta_end > 1",
            () -> d.linear(1e-4, 1.5, 1000),
            "beta_end must be <= 1, got 1.5"),
        bad(
            "linear NaN",
            () -> d.linear(Double.NaN, 0.02, 1000),
            "beta_start must be a finite number, got NaN"),
        bad(
            "scaledLinear reversed",
            () -> d.scaledLinear(0.012, 0.00085, 1000),
            "beta_end must be > beta_start, got 0.00085 <= 0.012"),
        bad("sigmoid T = 0", () -> d.sigmoid(1e-4, 0.02, 0), "T must be >= 2, got 0"),
        bad("squaredcosCapV2 T = 1", () -> d.squaredcosCapV2(1), "T must be >= 2, got 1"),
        bad("cosine T = 0", () -> d.cosine(0), "T must be >= 2, got 0"),
        bad("laplace T = 1", () -> d.laplace(1), "T must be >= 2, got 1"),
        bad(
            "beta past T",
            () -> d.cosine(1000).at(1000),
            "timestep must lie in 0..999 (T = 1000), got 1000"),
        bad("beta at -1", () -> d.cosine(1000).at(-1), "step must be >= 0, got -1"),
        bad(
            "unknown quantity",
            () -> d.cosine(10).plot("sigma"),
            "quantity must be beta, alphaBar, snr or logSnr, got 'sigma'"),
        // learning rates
        bad("base 0", () -> Schedule.learningRate(0), "base learning rate must be > 0, got 0"),
        bad(
            "base < 0",
            () -> Schedule.learningRate(-0.1),
            "base learning rate must be > 0, got -0.1"),
        bad("step size 0", () -> lr.step(0, 0.1), "stepSize must be >= 1, got 0"),
        bad(
            "step gamma < 0",
            () -> lr.step(10, -0.5),
            "gamma (the factor per stepSize steps) must be > 0, got -0.5"),
        bad(
            "exponential gamma < 0",
            () -> lr.exponential(-0.9),
            "gamma (the per-step factor) must be > 0, got -0.9"),
        bad(
            "exponential gamma 0",
            () -> lr.exponential(0),
            "gamma (the per-step factor) must be > 0, got 0"),
        bad("cosine tMax 0", () -> lr.cosine(0), "tMax must be >= 1, got 0"),
        bad("cosine etaMin < 0", () -> lr.cosine(100, -1e-3), "etaMin must be >= 0, got -0.001"),
        bad(
            "cosine etaMin > base",
            () -> lr.cosine(100, 0.2),
            "etaMin must be <= base, got 0.2 > 0.1"),
        bad("restarts t0 0", () -> lr.cosineWithRestarts(0, 1, 0), "t0 must be >= 1, got 0"),
        bad("restarts tMult 0", () -> lr.cosineWithRestarts(10, 0, 0), "tMult must be >= 1, got 0"),
        bad(
            "restarts etaMin > base",
            () -> lr.cosineWithRestarts(10, 2, 1),
            "etaMin must be <= base, got 1 > 0.1"),
        bad("warm-up 0 steps", () -> lr.linearWarmup(0), "steps must be >= 1, got 0"),
        bad(
            "warm-up start factor",
            () -> lr.linearWarmup(10, 1.5),
            "startFactor must lie in [0, 1], got 1.5"),
        bad("one cycle 0 steps", () -> lr.oneCycle(0), "totalSteps must be >= 1, got 0"),
        bad(
            "one cycle pctStart",
            () -> lr.oneCycle(100, 1.2, 25, 1e4),
            "pctStart must lie in [0, 1], got 1.2"),
        bad(
            "one cycle divFactor",
            () -> lr.oneCycle(100, 0.3, 0, 1e4),
            "divFactor must be > 0, got 0"),
        bad(
            "one cycle finalDivFactor",
            () -> lr.oneCycle(100, 0.3, 25, -1),
            "finalDivFactor must be > 0, got -1"),
        bad("inverse sqrt warm-up 0", () -> lr.inverseSqrt(0), "warmupSteps must be >= 1, got 0"),
        bad("learning rate at -5", () -> lr.cosine(10).at(-5), "step must be >= 0, got -5"),
        // temperatures
        bad("tau0 0", () -> Schedule.temperature(0), "initial temperature tau0 must be > 0, got 0"),
        bad(
            "negative rate",
            () -> tau.exponential(-0.5),
            "gamma (the per-step factor) must be > 0, got -0.5"),
        bad("linear to 0", () -> tau.linear(0, 100), "final temperature must be > 0, got 0"),
        bad("linear 0 steps", () -> tau.linear(0.5, 0), "steps must be >= 1, got 0"),
        bad(
            "gumbel negative rate",
            () -> tau.gumbelSoftmax(-1e-4, 0.5, 500),
            "rate must be >= 0, got -0.0001"),
        bad("gumbel min 0", () -> tau.gumbelSoftmax(1e-4, 0, 500), "min must be > 0, got 0"),
        bad(
            "gumbel min > tau0",
            () -> tau.gumbelSoftmax(1e-4, 2, 500),
            "min must be <= tau0, got 2 > 1"),
        bad("gumbel everyN 0", () -> tau.gumbelSoftmax(1e-4, 0.5, 0), "everyN must be >= 1, got 0"),
        // general schedules and compositions
        bad(
            "constant NaN",
            () -> Schedule.constant(Double.NaN),
            "value must be a finite number, got NaN"),
        bad(
            "piecewise sizes",
            () -> Schedule.piecewise(new long[] {5}, 1.0),
            "a step function needs one value more than boundaries, 2, got 1"),
        bad(
            "piecewise at 0",
            () -> Schedule.piecewise(new long[] {0}, 1, 2),
            "the first boundary must be >= 1, got 0"),
        bad(
            "piecewise order",
            () -> Schedule.piecewise(new long[] {5, 5}, 1, 2, 3),
            "boundaries must increase strictly, got 5 after 5"),
        bad(
            "piecewise infinite",
            () -> Schedule.piecewise(new long[] {5}, 1, Double.POSITIVE_INFINITY),
            "value 1 must be a finite number, got Infinity"),
        bad("scaled NaN", () -> one.scaled(Double.NaN), "factor must be a finite number, got NaN"),
        bad("clipped reversed", () -> one.clipped(1, 0), "min must be <= max, got 1 > 0"),
        bad("then before 0", () -> one.then(-1, one), "atStep must be >= 0, got -1"),
        bad("then null", () -> one.then(5, null), "the next schedule must not be null"),
        bad("blank name", () -> one.named(" "), "a schedule's name must not be blank"),
        bad("values(-1)", () -> one.values(-1), "steps must be >= 0, got -1"),
        bad("plot(0)", () -> one.plot(0), "steps to plot must be >= 1, got 0"),
        bad("compare nothing", () -> Schedule.compare(10), "compare needs at least one schedule"),
        bad(
            "compare twins",
            () -> Schedule.compare(10, one, one),
            "two schedules to compare are both 'constant(value=1)'; tell them apart with .named(...)"));
  }

  static Arguments bad(String what, ThrowingCallable call, String message) {
    return arguments(what, call, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void isRejectedWithAMessageThatNamesTheProblem(
      String what, ThrowingCallable call, String message) {
    assertThatThrownBy(call).hasMessage(message);
  }
}
