package dev.noisebook;

import dev.noisebook.check.Parameters;
import dev.noisebook.display.Numbers;
import dev.noisebook.model.AdamOptimiser;
import dev.noisebook.model.ScheduledOptimiser;
import dev.noisebook.model.ScheduledSGD;
import java.util.Objects;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.math.optimisers.SGD;

/**
 * Optimisers for {@link Model}: immutable values that build a Tribuo {@link
 * StochasticGradientOptimiser} with {@link #tribuo()}.
 *
 * <ul>
 *   <li>{@link #sgd(double)}: stochastic gradient descent, optionally with classical momentum
 *       ({@link #momentum(double)}, Polyak's heavy ball as Tribuo's {@code SGD} applies it: v ← ρ·v
 *       + g, θ ← θ − η·v, the rate applied to the velocity) or Nesterov momentum ({@link
 *       #nesterov(double)}). {@link #sgd(Schedule)} or {@link #schedule(Schedule)} makes a DSL
 *       learning-rate schedule drive the step size through {@link ScheduledSGD}, a subclass of
 *       Tribuo's {@code SGD}.
 *   <li>{@link #adam(double)}: Adam (Kingma and Ba, "Adam: A Method for Stochastic Optimization",
 *       ICLR 2015), m ← β1·m + (1 − β1)·g, v ← β2·v + (1 − β2)·g², θ ← θ − η·m̂/(√v̂ + ε) with the
 *       bias-corrected m̂ and v̂, and the paper's defaults β1 = 0.9, β2 = 0.999, ε = 1e-8 ({@link
 *       #betas}, {@link #epsilon} change them). It runs as {@link AdamOptimiser}: Tribuo 4.3.2's
 *       own Adam multiplies by √v + ε where it should divide.
 *   <li>{@link #adaGrad(double)}: AdaGrad (Duchi, Hazan and Singer, "Adaptive Subgradient Methods
 *       for Online Learning and Stochastic Optimization", JMLR 2011), with Tribuo's ε = 1e-6.
 * </ul>
 *
 * <p>{@link #schedule(Schedule)} works with all three; Adam and Tribuo's AdaGrad have no
 * learning-rate hook, so they are wrapped in {@link ScheduledOptimiser}.
 *
 * <pre>{@code
 * Optim.sgd(0.1).momentum(0.9)
 * Optim.sgd(Schedule.learningRate(0.1).cosine(1000, 0))
 * Optim.adam(0.01)
 * }</pre>
 */
public final class Optim {
  private enum Kind {
    SGD,
    ADAM,
    ADAGRAD
  }

  private static final double ADAM_EPSILON = 1e-8;
  private static final double ADAGRAD_EPSILON = 1e-6;

  private final Kind kind;
  private final double learningRate;
  private final Schedule schedule;
  private final double rho;
  private final SGD.Momentum momentum;
  private final double beta1;
  private final double beta2;
  private final double epsilon;

  private Optim(
      Kind kind,
      double learningRate,
      Schedule schedule,
      double rho,
      SGD.Momentum momentum,
      double beta1,
      double beta2,
      double epsilon) {
    this.kind = kind;
    this.learningRate = learningRate;
    this.schedule = schedule;
    this.rho = rho;
    this.momentum = momentum;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.epsilon = epsilon;
  }

  /** Plain SGD with a constant learning rate. */
  public static Optim sgd(double learningRate) {
    return of(Kind.SGD, learningRate, 0, 0, 0);
  }

  /** Plain SGD whose learning rate at update t (from 0) is {@code schedule.at(t)}. */
  public static Optim sgd(Schedule schedule) {
    Parameters.notNull("schedule", schedule);
    return new Optim(Kind.SGD, schedule.at(0), schedule, 0, SGD.Momentum.NONE, 0, 0, 0);
  }

  /** Adam with the paper's defaults β1 = 0.9, β2 = 0.999, ε = 1e-8. */
  public static Optim adam(double learningRate) {
    return of(Kind.ADAM, learningRate, 0.9, 0.999, ADAM_EPSILON);
  }

  /** AdaGrad with Tribuo's ε = 1e-6. */
  public static Optim adaGrad(double learningRate) {
    return of(Kind.ADAGRAD, learningRate, 0, 0, ADAGRAD_EPSILON);
  }

  /** An optimiser with a constant, checked learning rate and no momentum. */
  private static Optim of(Kind kind, double learningRate, double beta1, double beta2, double eps) {
    return new Optim(
        kind,
        Parameters.positive("learning rate", learningRate),
        null,
        0,
        SGD.Momentum.NONE,
        beta1,
        beta2,
        eps);
  }

  /** SGD only: classical (heavy-ball) momentum with coefficient {@code 0 <= rho < 1}. */
  public Optim momentum(double rho) {
    return withMomentum("momentum", rho, SGD.Momentum.STANDARD);
  }

  /** SGD only: Nesterov momentum with coefficient {@code 0 <= rho < 1}. */
  public Optim nesterov(double rho) {
    return withMomentum("nesterov", rho, SGD.Momentum.NESTEROV);
  }

  private Optim withMomentum(String what, double rho, SGD.Momentum kind) {
    requireSgd(what);
    Parameters.belowOne(what, rho);
    return new Optim(this.kind, learningRate, schedule, rho, kind, beta1, beta2, epsilon);
  }

  /**
   * The learning rate at update t (from 0) becomes {@code schedule.at(t)}: through {@link
   * ScheduledSGD} for SGD, through {@link ScheduledOptimiser} (Adam or AdaGrad at learning rate 1,
   * each update scaled by the schedule) otherwise.
   */
  public Optim schedule(Schedule schedule) {
    Parameters.notNull("schedule", schedule);
    return new Optim(kind, schedule.at(0), schedule, rho, momentum, beta1, beta2, epsilon);
  }

  /** Adam only: the decay rates of the first and second moment estimates, each in [0, 1). */
  public Optim betas(double beta1, double beta2) {
    if (kind != Kind.ADAM) {
      throw new IllegalArgumentException("betas apply to Adam only, not " + name());
    }
    return new Optim(
        kind,
        learningRate,
        schedule,
        rho,
        momentum,
        Parameters.belowOne("beta1", beta1),
        Parameters.belowOne("beta2", beta2),
        epsilon);
  }

  /** Adam and AdaGrad: the ε added to the denominator, {@code > 0}. */
  public Optim epsilon(double epsilon) {
    if (kind == Kind.SGD) {
      throw new IllegalArgumentException("epsilon applies to Adam and AdaGrad, not SGD");
    }
    return new Optim(
        kind,
        learningRate,
        schedule,
        rho,
        momentum,
        beta1,
        beta2,
        Parameters.positive("epsilon", epsilon));
  }

  private void requireSgd(String what) {
    if (kind != Kind.SGD) {
      throw new IllegalArgumentException(what + " applies to SGD only, not " + name());
    }
  }

  private String name() {
    return switch (kind) {
      case SGD -> "SGD";
      case ADAM -> "Adam";
      case ADAGRAD -> "AdaGrad";
    };
  }

  /** The learning rate, or the schedule's rate at update 0. */
  public double learningRate() {
    return learningRate;
  }

  /** A fresh Tribuo optimiser with these settings. */
  public StochasticGradientOptimiser tribuo() {
    return switch (kind) {
      case SGD ->
          schedule != null
              ? new ScheduledSGD(schedule, rho, momentum)
              : SGD.getSimpleSGD(learningRate, rho, momentum);
      case ADAM ->
          schedule != null
              ? new ScheduledOptimiser(new AdamOptimiser(1.0, beta1, beta2, epsilon), schedule)
              : new AdamOptimiser(learningRate, beta1, beta2, epsilon);
      case ADAGRAD ->
          schedule != null
              ? new ScheduledOptimiser(new AdaGrad(1.0, epsilon), schedule)
              : new AdaGrad(learningRate, epsilon);
    };
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Optim.");
    switch (kind) {
      case SGD -> {
        out.append("sgd(")
            .append(schedule != null ? schedule.toString() : Numbers.format(learningRate))
            .append(')');
        if (momentum == SGD.Momentum.STANDARD) {
          out.append(".momentum(").append(Numbers.format(rho)).append(')');
        } else if (momentum == SGD.Momentum.NESTEROV) {
          out.append(".nesterov(").append(Numbers.format(rho)).append(')');
        }
      }
      case ADAM -> {
        out.append("adam(").append(Numbers.format(learningRate)).append(')');
        appendSchedule(out);
        if (beta1 != 0.9 || beta2 != 0.999) {
          out.append(".betas(")
              .append(Numbers.format(beta1))
              .append(", ")
              .append(Numbers.format(beta2))
              .append(')');
        }
        if (epsilon != ADAM_EPSILON) {
          out.append(".epsilon(").append(Numbers.format(epsilon)).append(')');
        }
      }
      case ADAGRAD -> {
        out.append("adaGrad(").append(Numbers.format(learningRate)).append(')');
        appendSchedule(out);
        if (epsilon != ADAGRAD_EPSILON) {
          out.append(".epsilon(").append(Numbers.format(epsilon)).append(')');
        }
      }
    }
    return out.toString();
  }

  private void appendSchedule(StringBuilder out) {
    if (schedule != null) {
      out.append(".schedule(").append(schedule).append(')');
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Optim that
        && kind == that.kind
        && Double.compare(learningRate, that.learningRate) == 0
        && Objects.equals(schedule, that.schedule)
        && Double.compare(rho, that.rho) == 0
        && momentum == that.momentum
        && Double.compare(beta1, that.beta1) == 0
        && Double.compare(beta2, that.beta2) == 0
        && Double.compare(epsilon, that.epsilon) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, learningRate, schedule, rho, momentum, beta1, beta2, epsilon);
  }
}
