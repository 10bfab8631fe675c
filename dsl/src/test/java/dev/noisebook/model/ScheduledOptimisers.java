package dev.noisebook.model;

import dev.noisebook.Optim;
import dev.noisebook.Schedule;
import java.util.List;

/**
 * Optimisers driven by learning-rate schedules, plain and composite, for the tests that rebuild a
 * trained model's trainer from its provenance ({@code train} here, {@code fit} in the train tests).
 */
public final class ScheduledOptimisers {
  private ScheduledOptimisers() {}

  public static final Optim SGD_ONE_CYCLE = Optim.sgd(Schedule.learningRate(0.2).oneCycle(300));

  public static final Optim SGD_COSINE_MOMENTUM =
      Optim.sgd(Schedule.learningRate(0.05).cosine(500, 0)).momentum(0.5);

  /**
   * Warm-up then cosine, with a base rate whose decimal text is not short and a name that needs
   * quoting.
   */
  public static final Optim NESTEROV_WARMUP_COSINE =
      Optim.sgd(
              Schedule.learningRate(0.1 + 0.2)
                  .linearWarmup(20, 1.0 / 3)
                  .then(20, Schedule.learningRate(0.1 + 0.2).cosine(400, 1e-4 / 3))
                  .named("warm-up, then \"cosine\""))
          .nesterov(0.9);

  public static final Optim ADAM_PIECEWISE =
      Optim.adam(0.05).schedule(Schedule.piecewise(new long[] {30, 90}, 0.05, 0.02, 0.005));

  public static final Optim ADAGRAD_SCALED_CLIPPED =
      Optim.adaGrad(0.3)
          .schedule(
              Schedule.learningRate(0.3).exponential(0.99).scaled(1.0 / 3).clipped(0.01, 0.2));

  public static List<Optim> all() {
    return List.of(
        SGD_ONE_CYCLE,
        SGD_COSINE_MOMENTUM,
        NESTEROV_WARMUP_COSINE,
        ADAM_PIECEWISE,
        ADAGRAD_SCALED_CLIPPED);
  }
}
