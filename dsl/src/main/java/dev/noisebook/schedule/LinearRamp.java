package dev.noisebook.schedule;

import dev.noisebook.Schedule;
import dev.noisebook.check.Parameters;

/**
 * A straight line from {@code from} to {@code to} over {@code steps} steps, then held: {@code at(t)
 * = from + (to - from)·min(t, steps)/steps}.
 *
 * <ul>
 *   <li>As a learning-rate warm-up from a start factor {@code s} it is torch's {@code
 *       LinearLR(optimizer, start_factor=s, end_factor=1, total_iters=steps)}, with {@code from =
 *       s·base}, {@code to = base}; from 0 it is the warm-up half of HuggingFace's {@code
 *       get_linear_schedule_with_warmup} ({@code lr = base·t/steps}).
 *   <li>As a temperature it anneals τ linearly from τ₀ to a final τ and keeps it there.
 * </ul>
 */
public record LinearRamp(String name, double from, double to, long steps, Quantity kind)
    implements Schedule {

  public LinearRamp {
    Parameters.notNull("name", name);
    Parameters.notNull("kind", kind);
    Parameters.finite("from", from);
    Parameters.finite("to", to);
    Parameters.atLeast("steps", steps, 1);
  }

  @Override
  public double at(long step) {
    Checks.step(step);
    return from + (to - from) * Math.min(step, steps) / steps;
  }

  @Override
  public String quantity() {
    return kind.label();
  }

  /** The ramp and as many steps again at the end value. */
  @Override
  public long horizon() {
    return steps > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : 2 * steps;
  }

  @Override
  public String toString() {
    return Describe.call(name, "from", from, "to", to, "steps", steps);
  }
}
