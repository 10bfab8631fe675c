package dev.noisebook.model;

import com.oracle.labs.mlrg.olcut.config.Config;
import com.oracle.labs.mlrg.olcut.provenance.ConfiguredObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.impl.ConfiguredObjectProvenanceImpl;
import dev.noisebook.Schedule;
import dev.noisebook.check.Parameters;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.la.Tensor;

/**
 * A DSL learning-rate {@link Schedule} around a Tribuo optimiser without a learning-rate hook
 * (Adam, AdaGrad): the delegate is built with learning rate 1 and each update it returns is
 * multiplied by {@code schedule.at(t)}, t counting updates from 0. Adam's and AdaGrad's updates are
 * linear in the learning rate, so this is the optimiser with learning rate {@code schedule.at(t)}
 * at update t. The counter restarts on {@link #reset()} and in every copy; the provenance records
 * the delegate and the schedule as its exact {@link Schedule#recipe()}, so OLCUT rebuilds an equal
 * optimiser.
 */
public final class ScheduledOptimiser implements StochasticGradientOptimiser {
  private Schedule rates;

  @Config(description = "The optimiser, with learning rate 1.")
  private StochasticGradientOptimiser optimiser;

  @Config(description = "The learning-rate schedule, as Schedule.recipe() writes it.")
  private String schedule;

  private long step;

  /** For OLCUT's configuration system; {@link #postConfig()} reads the schedule. */
  private ScheduledOptimiser() {}

  public ScheduledOptimiser(StochasticGradientOptimiser optimiser, Schedule schedule) {
    this.optimiser = Parameters.notNull("optimiser", optimiser);
    this.rates = Parameters.notNull("schedule", schedule);
    this.schedule = ScheduleConfig.recipe(schedule);
  }

  @Override
  public void postConfig() {
    rates = ScheduleConfig.rebuild(schedule, "ScheduledOptimiser");
  }

  /** The number of updates taken since the last reset. */
  public long updates() {
    return step;
  }

  @Override
  public void initialise(org.tribuo.math.Parameters parameters) {
    optimiser.initialise(parameters);
  }

  @Override
  public Tensor[] step(Tensor[] updates, double weight) {
    Tensor[] out = optimiser.step(updates, weight);
    double rate = rates.at(step++);
    for (Tensor t : out) {
      t.scaleInPlace(rate);
    }
    return out;
  }

  @Override
  public void finalise() {
    optimiser.finalise();
  }

  @Override
  public void reset() {
    optimiser.reset();
    step = 0;
  }

  @Override
  public ScheduledOptimiser copy() {
    return new ScheduledOptimiser(optimiser.copy(), rates);
  }

  @Override
  public ConfiguredObjectProvenance getProvenance() {
    return new ConfiguredObjectProvenanceImpl(this, "StochasticGradientOptimiser");
  }

  @Override
  public String toString() {
    return "ScheduledOptimiser(" + optimiser + ", " + rates + ")";
  }
}
