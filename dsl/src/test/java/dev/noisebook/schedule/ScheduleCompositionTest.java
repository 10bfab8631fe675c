package dev.noisebook.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.noisebook.Schedule;
import org.junit.jupiter.api.Test;

/** The general schedules (constant, piecewise) and the compositions of {@link Schedule}. */
class ScheduleCompositionTest {

  @Test
  void constantIsTheSameEverywhere() {
    Schedule c = Schedule.constant(0.5);
    assertThat(c.values(4)).containsExactly(0.5, 0.5, 0.5, 0.5);
    assertThat(c.at(Long.MAX_VALUE)).isEqualTo(0.5);
    assertThat(c).hasToString("constant(value=0.5)").isEqualTo(Schedule.constant(0.5));
    assertThat(Schedule.learningRate(0.1).constant()).hasToString("constant(base=0.1)");
  }

  @Test
  void piecewiseChangesValueAtEachBoundary() {
    Schedule p = Schedule.piecewise(new long[] {3, 5}, 1.0, 0.1, 0.01);
    assertThat(p.values(7)).containsExactly(1.0, 1.0, 1.0, 0.1, 0.1, 0.01, 0.01);
    assertThat(p.at(1_000_000)).isEqualTo(0.01);
    assertThat(p).hasToString("piecewise(boundaries=[3, 5], values=[1, 0.1, 0.01])");
    assertThat(Schedule.piecewise(new long[0], 2.0).values(2)).containsExactly(2.0, 2.0);
  }

  @Test
  void thenRestartsTheNextScheduleAtItsStepZero() {
    var lr = Schedule.learningRate(0.1);
    Schedule warmupCosine = lr.linearWarmup(4).then(4, lr.cosine(4));
    assertThat(warmupCosine.values(10))
        .containsExactly(
            new double[] {
              0,
              0.025,
              0.05,
              0.075,
              0.1,
              0.1 * (1 + Math.cos(Math.PI / 4)) / 2,
              0.05,
              0.1 * (1 + Math.cos(3 * Math.PI / 4)) / 2,
              0,
              0.1 * (1 + Math.cos(5 * Math.PI / 4)) / 2
            },
            within(1e-17));
    assertThat(warmupCosine.at(4)).as("the cosine's step 0").isEqualTo(0.1);
    assertThat(warmupCosine.name()).isEqualTo("linearWarmup then cosine");
    assertThat(warmupCosine.quantity()).isEqualTo("learning rate");
    assertThat(warmupCosine.horizon()).isEqualTo(4 + 5);
    assertThat(warmupCosine)
        .hasToString(
            "linearWarmup(from=0, to=0.1, steps=4).then(4, cosine(base=0.1, tMax=4, etaMin=0))");
    Schedule chained =
        Schedule.constant(1).then(2, Schedule.constant(2)).then(3, Schedule.constant(3));
    assertThat(chained.values(5)).containsExactly(1, 1, 2, 3, 3);
    assertThat(Schedule.constant(1).then(0, Schedule.constant(2)).at(0)).isEqualTo(2);
  }

  @Test
  void scaledAndClippedTransformValues() {
    Schedule exp = Schedule.learningRate(1.0).exponential(0.5);
    assertThat(exp.scaled(10).values(3)).containsExactly(10, 5, 2.5);
    assertThat(exp.clipped(0.3, 0.8).values(4)).containsExactly(0.8, 0.5, 0.3, 0.3);
    assertThat(exp.scaled(10).clipped(0, 6).values(3)).containsExactly(6, 5, 2.5);
    assertThat(exp.scaled(2)).hasToString("exponential(base=1, gamma=0.5).scaled(2)");
    assertThat(exp.clipped(0.3, 0.8))
        .hasToString("exponential(base=1, gamma=0.5).clipped(0.3, 0.8)");
    assertThat(exp.scaled(2).quantity()).isEqualTo("learning rate");
    assertThat(exp.scaled(2)).isEqualTo(exp.scaled(2));
  }

  @Test
  void lambdasAreSchedulesAndNamesMakeThemReadable() {
    Schedule ramp = step -> step / 10.0;
    assertThat(ramp.values(3)).containsExactly(0, 0.1, 0.2);
    assertThat(ramp.name()).isEqualTo("schedule");
    Schedule named = ramp.named("ramp");
    assertThat(named.name()).isEqualTo("ramp");
    assertThat(named).hasToString("ramp");
    assertThat(named.scaled(2)).hasToString("ramp.scaled(2)");
    assertThat(ramp.scaled(2)).hasToString("schedule.scaled(2)");
    assertThat(Schedule.constant(1).named("one")).hasToString("constant(value=1).named(\"one\")");
  }

  @Test
  void valuesTabulatesFromStepZero() {
    assertThat(Schedule.learningRate(0.1).step(2, 0.5).values(5))
        .containsExactly(0.1, 0.1, 0.05, 0.05, 0.025);
    assertThat(Schedule.constant(1).values(0)).isEmpty();
  }

  @Test
  void namedValuesPrintAsTheirRecipe() {
    var lr = Schedule.learningRate(0.1);
    assertThat(lr.step(30, 0.1)).hasToString("step(base=0.1, stepSize=30, gamma=0.1)");
    assertThat(lr.exponential(0.95)).hasToString("exponential(base=0.1, gamma=0.95)");
    assertThat(lr.cosine(100, 1e-3)).hasToString("cosine(base=0.1, tMax=100, etaMin=0.001)");
    assertThat(lr.cosineWithRestarts(10, 2, 0))
        .hasToString("cosineWithRestarts(base=0.1, t0=10, tMult=2, etaMin=0)");
    assertThat(lr.linearWarmup(20, 0.25)).hasToString("linearWarmup(from=0.025, to=0.1, steps=20)");
    assertThat(lr.oneCycle(100))
        .hasToString(
            "oneCycle(maxLr=0.1, totalSteps=100, pctStart=0.3, divFactor=25, finalDivFactor=10000)");
    assertThat(lr.inverseSqrt(4000)).hasToString("inverseSqrt(base=0.1, warmupSteps=4000)");
    assertThat(lr.toString()).startsWith("learningRate(0.1): constant(), step(stepSize, gamma)");
    assertThat(Schedule.learningRate(1e-5).exponential(0.5))
        .hasToString("exponential(base=1e-5, gamma=0.5)");
  }

  @Test
  void oneCycleEndsAndStaysAtItsMinimum() {
    var one = Schedule.learningRate(0.1).oneCycle(100);
    assertThat(one.at(0)).isCloseTo(0.1 / 25, within(1e-17));
    assertThat(one.at(29)).isEqualTo(0.1);
    assertThat(one.at(99)).isCloseTo(0.1 / 25 / 1e4, within(1e-20));
    assertThat(one.at(10_000)).isEqualTo(one.at(99));
    var edge = Schedule.learningRate(0.1).oneCycle(10, 0.1, 25, 1e4);
    assertThat(edge.at(0))
        .as("empty warm-up (pctStart·totalSteps = 1) starts at the peak")
        .isEqualTo(0.1);
  }

  @Test
  void inverseSqrtPeaksAtTheEndOfWarmup() {
    var inv = Schedule.learningRate(1.0).inverseSqrt(100);
    assertThat(inv.at(0)).isZero();
    assertThat(inv.at(50)).isEqualTo(0.5);
    assertThat(inv.at(100)).isEqualTo(1.0);
    assertThat(inv.at(400)).isEqualTo(0.5);
  }
}
