package dev.noisebook.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noisebook.Schedule;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every schedule's {@link Schedule#recipe()} parses back to an equal schedule. */
class ScheduleRecipeTest {
  /** Doubles without a short decimal form, so that a rounded recipe would show. */
  private static final double BASE = 0.1 + 0.2;

  private static final double ODD = 1.0 / 3;

  static Stream<Schedule> schedules() {
    var lr = Schedule.learningRate(BASE);
    var tau = Schedule.temperature(2 * ODD + 1);
    var diffusion = Schedule.diffusion();
    return Stream.of(
        Schedule.constant(ODD),
        Schedule.piecewise(new long[] {3, 6}, 0.3, 0.1, 0.02),
        Schedule.piecewise(new long[0], ODD),
        lr.constant(),
        lr.step(7, ODD),
        lr.exponential(1 - 1e-3 / 3),
        lr.cosine(500),
        lr.cosine(500, BASE / 7),
        lr.cosine(Long.MAX_VALUE, 0),
        lr.cosineWithRestarts(13, 2, 1e-5 / 3),
        lr.linearWarmup(50),
        lr.linearWarmup(50, ODD),
        lr.oneCycle(300),
        lr.oneCycle(300, 0.25, ODD * 30, 1e4 / 3),
        lr.inverseSqrt(40),
        tau.constant(),
        tau.exponential(0.999),
        tau.linear(ODD, 200),
        tau.gumbelSoftmax(1e-4 / 3, 0.5, 17),
        diffusion.linear(1e-4, 0.02, 100),
        diffusion.scaledLinear(0.00085, 0.012, 100),
        diffusion.squaredcosCapV2(100),
        diffusion.cosine(100).zeroTerminalSnr(),
        diffusion.sigmoid(1e-4 / 3, 0.02, 100),
        diffusion.laplace(100),
        lr.linearWarmup(50, ODD).then(50, lr.cosine(450, 1e-6)),
        lr.step(5, 0.5).scaled(ODD),
        lr.exponential(0.99).clipped(BASE / 10, BASE / 2),
        lr.oneCycle(200).named("one \"cycle\" \\ with quotes"),
        Schedule.piecewise(new long[] {10, 20}, 1.0, ODD, 0.01)
            .scaled(BASE)
            .then(30, lr.inverseSqrt(5).clipped(0, BASE / 3))
            .named("composite"),
        diffusion.linear(1e-4, 0.02, 100).scaled(2));
  }

  @ParameterizedTest
  @MethodSource("schedules")
  void aRecipeParsesToAnEqualScheduleWithEqualValues(Schedule schedule) {
    String recipe = schedule.recipe();
    Schedule parsed = Schedule.parse(recipe);
    assertThat(parsed).isEqualTo(schedule);
    assertThat(parsed.recipe()).isEqualTo(recipe);
    long last = Math.min(schedule.horizon(), 100_000);
    long[] steps =
        LongStream.concat(
                LongStream.range(0, Math.min(last, 1_000)),
                LongStream.rangeClosed(0, 97).map(i -> i * (last - 1) / 97))
            .toArray();
    for (long step : steps) {
      assertThat(parsed.at(step)).as("step %d of %s", step, recipe).isEqualTo(schedule.at(step));
    }
  }

  @Test
  void recipesAreConstructorCallsWithExactNumbers() {
    var lr = Schedule.learningRate(0.1);
    assertThat(lr.cosine(500, 0).recipe()).isEqualTo("CosineAnnealing(0.1, 500, 0.0)");
    assertThat(lr.linearWarmup(500).then(500, lr.cosine(9_500)).recipe())
        .isEqualTo(
            "Sequenced(LinearRamp(\"linearWarmup\", 0.0, 0.1, 500, LEARNING_RATE), 500,"
                + " CosineAnnealing(0.1, 9500, 0.0))");
    assertThat(Schedule.piecewise(new long[] {3}, 1, 0.1).scaled(0.1 + 0.2).recipe())
        .isEqualTo("Scaled(Piecewise([3], [1.0, 0.1]), 0.30000000000000004)");
    assertThat(Schedule.diffusion().linear(1e-4, 0.02, 1000).zeroTerminalSnr().recipe())
        .isEqualTo("diffusion().linear(1.0E-4, 0.02, 1000).zeroTerminalSnr()");
  }

  @Test
  void theDslCallChainParsesToo() {
    assertThat(Schedule.parse("learningRate(0.05).cosine(500, 0)"))
        .isEqualTo(Schedule.learningRate(0.05).cosine(500, 0));
    assertThat(Schedule.parse(" constant( 0.5 ) . scaled(2) "))
        .isEqualTo(Schedule.constant(0.5).scaled(2));
  }

  @Test
  void aLambdaHasNoRecipeAndSaysSo() {
    Schedule lambda = step -> 0.1;
    assertThatThrownBy(lambda::recipe)
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageStartingWith("the schedule schedule (a lambda) has no recipe");
    assertThatThrownBy(() -> lambda.named("ramp").scaled(2).recipe())
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("(a lambda) has no recipe");
  }

  @Test
  void anUnparsableRecipeNamesThePosition() {
    assertThatThrownBy(() -> Schedule.parse("CosineAnnealing(0.1, 500, 0.0"))
        .hasMessage("schedule recipe CosineAnnealing(0.1, 500, 0.0: expected ')' at position 29");
    assertThatThrownBy(() -> Schedule.parse("CosineAnnealing(0.1, 5x0, 0.0)"))
        .hasMessage("schedule recipe CosineAnnealing(0.1, 5x0, 0.0): expected ')' at position 22");
    assertThatThrownBy(() -> Schedule.parse("Named(Constant(1.0, VALUE), \"open)"))
        .hasMessageEndingWith("unterminated string at position 28");
    assertThatThrownBy(() -> Schedule.parse("constant(1.0).cosine(5)"))
        .hasMessageStartingWith("unknown schedule recipe step cosine with 1 arguments")
        .hasMessageEndingWith(", at position 14 of schedule recipe constant(1.0).cosine(5)");
    assertThatThrownBy(() -> Schedule.parse("Constant(1.0, SPEED)"))
        .hasMessageContaining("unknown Quantity SPEED, expected one of [VALUE, LEARNING_RATE,")
        .hasMessageEndingWith("at position 0 of schedule recipe Constant(1.0, SPEED)");
    assertThatThrownBy(() -> Schedule.parse("CosineAnnealing(0.1, 0, 0.0)"))
        .hasMessageContaining("tMax")
        .hasMessageContaining("at position 0");
    assertThatThrownBy(() -> Schedule.parse("StepDecay(0.1, 2.5, 0.5)"))
        .hasMessageContaining("expected a whole number, got 2.5");
    assertThatThrownBy(() -> Schedule.parse("learningRate(0.1)"))
        .hasMessageEndingWith("describes " + Schedule.learningRate(0.1) + ", not a schedule");
    assertThatThrownBy(() -> Schedule.parse("")).hasMessage("schedule recipe is empty");
  }
}
