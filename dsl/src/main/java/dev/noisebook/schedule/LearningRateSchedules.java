package dev.noisebook.schedule;

import dev.noisebook.Schedule;
import dev.noisebook.check.Parameters;

/**
 * Learning-rate schedules starting from {@code base}, as {@code torch.optim.lr_scheduler} computes
 * them per step (closed forms; the step counts optimizer updates from 0). Reached through {@link
 * Schedule#learningRate(double)}.
 *
 * <pre>{@code
 * var lr = Schedule.learningRate(3e-4);
 * lr.linearWarmup(1_000).then(1_000, lr.cosine(99_000));
 * lr.oneCycle(10_000);
 * }</pre>
 */
public record LearningRateSchedules(double base) {

  public LearningRateSchedules {
    Parameters.positive("base learning rate", base);
  }

  /** {@code lr(t) = base} (no scheduler). */
  public Schedule constant() {
    return new Constant(base, Quantity.LEARNING_RATE);
  }

  /** {@code base · gamma^floor(t/stepSize)}, torch {@code StepLR}; see {@link StepDecay}. */
  public StepDecay step(long stepSize, double gamma) {
    return new StepDecay(base, stepSize, gamma);
  }

  /** {@code base · gamma^t}, torch {@code ExponentialLR}; see {@link Exponential}. */
  public Exponential exponential(double gamma) {
    return new Exponential(base, gamma, Quantity.LEARNING_RATE);
  }

  /** {@code cosine(tMax, 0)}, torch's default {@code eta_min = 0}. */
  public CosineAnnealing cosine(long tMax) {
    return cosine(tMax, 0);
  }

  /**
   * {@code etaMin + (base - etaMin)(1 + cos(π t/tMax))/2}, torch {@code CosineAnnealingLR}; see
   * {@link CosineAnnealing}.
   */
  public CosineAnnealing cosine(long tMax, double etaMin) {
    return new CosineAnnealing(base, tMax, etaMin);
  }

  /**
   * Cosine cycles of {@code t0, t0·tMult, t0·tMult², ...} steps, each restarting at {@code base},
   * torch {@code CosineAnnealingWarmRestarts}; see {@link CosineWarmRestarts}.
   */
  public CosineWarmRestarts cosineWithRestarts(long t0, int tMult, double etaMin) {
    return new CosineWarmRestarts(base, t0, tMult, etaMin);
  }

  /**
   * From 0 to {@code base} in a straight line over {@code steps} steps, then {@code base}: {@code
   * base·min(t, steps)/steps} (HuggingFace's linear warm-up); see {@link LinearRamp}.
   */
  public LinearRamp linearWarmup(long steps) {
    return linearWarmup(steps, 0);
  }

  /**
   * From {@code startFactor·base} to {@code base} over {@code steps} steps, then {@code base}:
   * torch {@code LinearLR(start_factor=startFactor, end_factor=1, total_iters=steps)}; see {@link
   * LinearRamp}.
   */
  public LinearRamp linearWarmup(long steps, double startFactor) {
    Parameters.unitInterval("startFactor", startFactor);
    return new LinearRamp("linearWarmup", startFactor * base, base, steps, Quantity.LEARNING_RATE);
  }

  /**
   * {@code oneCycle(totalSteps, 0.3, 25, 1e4)}: torch {@code OneCycleLR}'s defaults, with {@code
   * base} as {@code max_lr}.
   */
  public OneCycle oneCycle(long totalSteps) {
    return oneCycle(totalSteps, 0.3, 25, 1e4);
  }

  /**
   * The 1cycle policy peaking at {@code base} (torch's {@code max_lr}): cosine warm-up from {@code
   * base/divFactor} over the first {@code pctStart} of the steps, then cosine decay to {@code
   * base/(divFactor·finalDivFactor)}; torch {@code OneCycleLR(anneal_strategy='cos',
   * three_phase=False)}. See {@link OneCycle}.
   */
  public OneCycle oneCycle(
      long totalSteps, double pctStart, double divFactor, double finalDivFactor) {
    return new OneCycle(base, totalSteps, pctStart, divFactor, finalDivFactor);
  }

  /**
   * {@code base·min(t/w, sqrt(w/t))}, the Transformer / fairseq schedule peaking at {@code base} at
   * step {@code w = warmupSteps}; see {@link InverseSqrt}.
   */
  public InverseSqrt inverseSqrt(long warmupSteps) {
    return new InverseSqrt(base, warmupSteps);
  }

  @Override
  public String toString() {
    return "learningRate("
        + Describe.num(base)
        + "): constant(), step(stepSize, gamma), exponential(gamma), cosine(tMax[, etaMin]),"
        + " cosineWithRestarts(t0, tMult, etaMin), linearWarmup(steps[, startFactor]),"
        + " oneCycle(totalSteps[, pctStart, divFactor, finalDivFactor]),"
        + " inverseSqrt(warmupSteps)";
  }
}
