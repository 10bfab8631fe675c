package dev.noisebook.schedule;

import dev.noisebook.Schedule;
import dev.noisebook.check.Parameters;

/**
 * Linear warm-up, then decay with the inverse square root of the step: {@code lr(t) = base ·
 * min(t/w, sqrt(w/t))} for {@code t >= 1}, {@code lr(0) = 0}, with {@code w = warmupSteps}. The
 * rate peaks at {@code base} at step {@code w}.
 *
 * <p>This is fairseq's {@code inverse_sqrt} scheduler with {@code warmup_init_lr = 0} ({@code lr =
 * base·t/w} while {@code t < w}, then {@code base·sqrt(w)·t^-1/2}), and the schedule of
 * <i>Attention Is All You Need</i>, {@code d_model^-1/2 · min(t^-1/2, t·w^-3/2)}, which is the same
 * curve with {@code base = (d_model·w)^-1/2}.
 */
public record InverseSqrt(double base, long warmupSteps) implements Schedule {

  public InverseSqrt {
    Parameters.positive("base", base);
    Parameters.atLeast("warmupSteps", warmupSteps, 1);
  }

  @Override
  public double at(long step) {
    Checks.step(step);
    return step < warmupSteps
        ? base * ((double) step / warmupSteps)
        : base * Math.sqrt((double) warmupSteps / step);
  }

  @Override
  public String name() {
    return "inverseSqrt";
  }

  @Override
  public String quantity() {
    return Quantity.LEARNING_RATE.label();
  }

  /** Warm-up and nine times as long after it. */
  @Override
  public long horizon() {
    return warmupSteps > Long.MAX_VALUE / 10 ? Long.MAX_VALUE : 10 * warmupSteps;
  }

  @Override
  public String toString() {
    return Describe.call("inverseSqrt", "base", base, "warmupSteps", warmupSteps);
  }
}
