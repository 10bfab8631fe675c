package dev.noisebook.model;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.Schedule;
import dev.noisebook.check.Parameters;
import org.tribuo.math.optimisers.SGD;

/**
 * Tribuo's {@link SGD} (plain, classical momentum or Nesterov momentum) whose step size is a DSL
 * {@link Schedule}: Tribuo's {@code SGD.step} calls {@link #learningRate()} once per update after
 * incrementing its {@code iteration} counter, and this subclass answers {@code
 * schedule.at(iteration - 1)}, so update 0 uses {@code at(0)}. The counter restarts on {@link
 * #reset()} and in every copy (trainers copy the optimiser at the start of {@code train}). The
 * provenance records the schedule as its exact {@link Schedule#recipe()} in {@code schedule}, next
 * to SGD's momentum settings, so OLCUT rebuilds an equal optimiser.
 */
public final class ScheduledSGD extends SGD {
  private Schedule rates;

  @Config(description = "The learning-rate schedule, as Schedule.recipe() writes it.")
  private String schedule;

  /** For OLCUT's configuration system; {@link #postConfig()} reads the schedule. */
  private ScheduledSGD() {}

  /** Without momentum. */
  public ScheduledSGD(Schedule schedule) {
    this(schedule, 0.0, Momentum.NONE);
  }

  /**
   * @param rho the momentum coefficient (ignored, and recorded as given, when {@code momentum} is
   *     {@code NONE})
   */
  public ScheduledSGD(Schedule schedule, double rho, Momentum momentum) {
    this.rates = Parameters.notNull("schedule", schedule);
    this.schedule = ScheduleConfig.recipe(schedule);
    this.rho = Parameters.nonNegative("momentum", rho);
    this.useMomentum = Parameters.notNull("momentum kind", momentum);
    this.initialLearningRate = schedule.at(0);
  }

  @Override
  public void postConfig() {
    rates = ScheduleConfig.rebuild(schedule, "ScheduledSGD");
  }

  /** The schedule this optimiser follows. */
  public Schedule schedule() {
    return rates;
  }

  /** The number of updates taken since the last reset. */
  public int updates() {
    return iteration;
  }

  @Override
  public double learningRate() {
    return rates.at(iteration - 1L);
  }

  @Override
  protected String sgdType() {
    return "Scheduled(" + rates + ")";
  }

  @Override
  public ScheduledSGD copy() {
    return new ScheduledSGD(rates, rho, useMomentum);
  }
}
