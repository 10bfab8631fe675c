package dev.noisebook;

import dev.noisebook.chart.LineChart;
import dev.noisebook.display.Displayable;
import dev.noisebook.display.MimeBundle;
import dev.noisebook.schedule.Clipped;
import dev.noisebook.schedule.Constant;
import dev.noisebook.schedule.DiffusionSchedules;
import dev.noisebook.schedule.LearningRateSchedules;
import dev.noisebook.schedule.Named;
import dev.noisebook.schedule.Piecewise;
import dev.noisebook.schedule.Quantity;
import dev.noisebook.schedule.Scaled;
import dev.noisebook.schedule.ScheduleCharts;
import dev.noisebook.schedule.ScheduleRecipe;
import dev.noisebook.schedule.Sequenced;
import dev.noisebook.schedule.TemperatureSchedules;

/**
 * A value that changes with the training or sampling step: a learning rate, a temperature, a
 * diffusion noise level. A schedule is a function {@code at(step)} of the step counted from 0, and
 * an immutable value: every method below returns a new schedule.
 *
 * <pre>{@code
 * var lr = Schedule.learningRate(0.1).linearWarmup(500)
 *     .then(500, Schedule.learningRate(0.1).cosine(9_500));   // warm-up, then cosine decay
 * lr.at(250);                                                  // 0.05
 * Schedule.compare(10_000, lr, Schedule.learningRate(0.1).step(3_000, 0.1));
 *
 * Schedule.diffusion().linear(1e-4, 0.02, 1000).zeroTerminalSnr().plot("logSnr");
 * Schedule.temperature(1.0).gumbelSoftmax(1e-4, 0.5, 500);
 * }</pre>
 *
 * <p>Any lambda {@code step -> ...} is a schedule too; give it a readable name with {@link #named}.
 * In a notebook a schedule shows itself as its plot over {@link #horizon()} steps.
 */
@FunctionalInterface
public interface Schedule extends Displayable {

  /** The value at {@code step} (0, 1, 2, ...); negative steps are rejected. */
  double at(long step);

  /** A short name, used as the series name in charts. */
  default String name() {
    return "schedule";
  }

  /** What the value is, with its unit where it has one: the y axis label of its plot. */
  default String quantity() {
    return Quantity.VALUE.label();
  }

  /** The number of steps the schedule is drawn over when it shows itself (1000 unless it knows). */
  default long horizon() {
    return 1000;
  }

  /**
   * The exact text that {@link #parse} turns back into an equal schedule, with every double written
   * to round-trip: {@code CosineAnnealing(0.05, 500, 0.0)}. A model's provenance records its
   * learning-rate schedule this way, so that the trainer rebuilds. See {@link ScheduleRecipe}.
   *
   * @throws UnsupportedOperationException for a lambda, which has no recipe
   */
  default String recipe() {
    return ScheduleRecipe.of(this);
  }

  /** {@code factor · at(step)}. */
  default Schedule scaled(double factor) {
    return new Scaled(this, factor);
  }

  /** {@code min(max(at(step), min), max)}. */
  default Schedule clipped(double min, double max) {
    return new Clipped(this, min, max);
  }

  /**
   * This schedule for steps {@code 0 .. atStep-1}, then {@code next} from {@code atStep} on, with
   * {@code next}'s steps counted from 0 again: {@code next.at(step - atStep)}. This is how warm-up
   * followed by decay is written.
   */
  default Schedule then(long atStep, Schedule next) {
    return new Sequenced(this, atStep, next);
  }

  /** The same schedule under another name (charts use it as the series name). */
  default Schedule named(String name) {
    return new Named(this, name);
  }

  /** {@code at(0), at(1), ..., at(steps - 1)}. */
  default double[] values(long steps) {
    return ScheduleCharts.values(this, steps);
  }

  /**
   * The schedule over steps {@code 0 .. steps-1} as a line chart (at most {@value
   * ScheduleCharts#MAX_POINTS} evenly spaced points are drawn).
   */
  default LineChart plot(long steps) {
    return ScheduleCharts.plot(this, steps, "step");
  }

  /** {@code plot(horizon())}. */
  default LineChart plot() {
    return plot(horizon());
  }

  @Override
  default MimeBundle mimeBundle() {
    return MimeBundle.text(toString()).withPng(plot().png());
  }

  /** The same value at every step. */
  static Schedule constant(double value) {
    return new Constant(value, Quantity.VALUE);
  }

  /**
   * A step function: {@code values[0]} before {@code boundaries[0]}, {@code values[i]} for {@code
   * boundaries[i-1] <= step < boundaries[i]}, and the last value from the last boundary on.
   */
  static Schedule piecewise(long[] boundaries, double... values) {
    return new Piecewise(boundaries, values);
  }

  /**
   * The schedule a {@link #recipe()} describes.
   *
   * @throws IllegalArgumentException for malformed text or an unknown name, naming the position
   */
  static Schedule parse(String recipe) {
    return ScheduleRecipe.parse(recipe);
  }

  /** One chart with one series per schedule, named by {@link #name()}, over the same steps. */
  static LineChart compare(long steps, Schedule... schedules) {
    return ScheduleCharts.compare(steps, schedules);
  }

  /** Diffusion beta schedules as HuggingFace diffusers names them. */
  static DiffusionSchedules diffusion() {
    return DiffusionSchedules.INSTANCE;
  }

  /** Learning-rate schedules of {@code torch.optim.lr_scheduler} that start from {@code base}. */
  static LearningRateSchedules learningRate(double base) {
    return new LearningRateSchedules(base);
  }

  /** Temperature schedules (softmax, Gumbel-softmax) that start from {@code initial} = τ₀. */
  static TemperatureSchedules temperature(double initial) {
    return new TemperatureSchedules(initial);
  }
}
