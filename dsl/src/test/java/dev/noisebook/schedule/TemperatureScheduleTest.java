package dev.noisebook.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noisebook.Schedule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Temperatures against the papers' formulas in numpy float64; relative tolerance 1e-12. */
class TemperatureScheduleTest {
  static final double TOLERANCE = 1e-12;

  static List<Fixtures.Case> numpyCases() {
    return Fixtures.cases("temperatures.csv", "tau");
  }

  static Schedule build(Fixtures.Case c) {
    double[] p = c.params();
    var tau = Schedule.temperature(p[0]);
    return switch (c.schedule()) {
      case "exponential" -> tau.exponential(p[1]);
      case "linear" -> tau.linear(p[1], (long) p[2]);
      case "gumbelSoftmax" -> tau.gumbelSoftmax(p[1], p[2], (long) p[3]);
      default -> throw new IllegalArgumentException("no Java schedule for " + c);
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numpyCases")
  void matchesNumpy(Fixtures.Case c) {
    Schedule schedule = build(c);
    for (int i = 0; i < c.steps().length; i++) {
      assertThat(Fixtures.relativeError(schedule.at(c.steps()[i]), c.values()[i]))
          .as("%s at step %d", schedule, c.steps()[i])
          .isLessThanOrEqualTo(TOLERANCE);
    }
  }

  @Test
  void gumbelSoftmaxHoldsBetweenUpdatesAndStopsAtItsFloor() {
    var tau = Schedule.temperature(1.0).gumbelSoftmax(1e-4, 0.5, 500);
    assertThat(tau.at(499)).isEqualTo(1.0);
    assertThat(tau.at(500)).isEqualTo(Math.exp(-0.05));
    assertThat(tau.at(999)).isEqualTo(tau.at(500));
    assertThat(tau.at(1_000_000)).isEqualTo(0.5);
    assertThat(tau.toString()).isEqualTo("gumbelSoftmax(tau0=1, rate=0.0001, min=0.5, everyN=500)");
  }

  @Test
  void linearReachesItsTargetAndStaysThere() {
    var tau = Schedule.temperature(5.0).linear(0.5, 100);
    assertThat(tau.at(0)).isEqualTo(5.0);
    assertThat(tau.at(50)).isEqualTo(2.75);
    assertThat(tau.at(100)).isEqualTo(0.5);
    assertThat(tau.at(10_000)).isEqualTo(0.5);
    assertThat(tau.quantity()).isEqualTo("temperature");
    assertThat(tau.toString()).isEqualTo("linear(from=5, to=0.5, steps=100)");
  }

  @Test
  void exponentialIsTheDartsAnnealing() {
    var tau = Schedule.temperature(1.0).exponential(0.98);
    assertThat(tau.at(0)).isEqualTo(1.0);
    assertThat(tau.at(3)).isEqualTo(Math.pow(0.98, 3));
    assertThat(tau.toString()).isEqualTo("exponential(tau0=1, gamma=0.98)");
    assertThat(Schedule.temperature(0.7).constant().at(123)).isEqualTo(0.7);
    assertThat(Schedule.temperature(0.7).toString()).contains("gumbelSoftmax(rate, min, everyN)");
  }
}
