package dev.noisebook.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noisebook.Schedule;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Learning rates against torch.optim.lr_scheduler driving a real SGD optimizer (float64, torch
 * 1.13). torch chains most schedulers recursively (lr_t from lr_{t-1}), the Java side uses the
 * closed form, so they differ by rounding that builds up over the steps.
 */
class LearningRateScheduleTest {
  /** Relative error allowed against torch's recursive updates. */
  static final double TOLERANCE = 1e-12;

  static List<Fixtures.Case> torchCases() {
    return Fixtures.cases("learning_rates.csv", "lr");
  }

  static Schedule build(Fixtures.Case c) {
    double[] p = c.params();
    var lr = Schedule.learningRate(p[0]);
    return switch (c.schedule()) {
      case "constant" -> lr.constant();
      case "step" -> lr.step((long) p[1], p[2]);
      case "exponential" -> lr.exponential(p[1]);
      case "cosine" -> lr.cosine((long) p[1], p[2]);
      case "cosineWithRestarts" -> lr.cosineWithRestarts((long) p[1], (int) p[2], p[3]);
      case "linearWarmup" -> lr.linearWarmup((long) p[1]);
      case "linearWarmupFrom" -> lr.linearWarmup((long) p[1], p[2]);
      case "oneCycle" -> lr.oneCycle((long) p[1], p[2], p[3], p[4]);
      case "inverseSqrt" -> lr.inverseSqrt((long) p[1]);
      default -> throw new IllegalArgumentException("no Java schedule for " + c);
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("torchCases")
  void matchesTorchAtEveryStep(Fixtures.Case c) {
    Schedule schedule = build(c);
    double worst = 0;
    for (int i = 0; i < c.steps().length; i++) {
      double error = Fixtures.relativeError(schedule.at(c.steps()[i]), c.values()[i]);
      worst = Math.max(worst, error);
    }
    assertThat(worst)
        .as("worst relative error of %s over %d steps", schedule, c.steps().length)
        .isLessThanOrEqualTo(TOLERANCE);
  }
}
