package dev.noisebook.schedule;

import dev.noisebook.Schedule;
import dev.noisebook.chart.LineChart;
import dev.noisebook.check.Parameters;
import java.util.Arrays;
import java.util.Objects;

/**
 * A discrete diffusion noise schedule over T training timesteps t = 0 .. T-1, in the DDPM notation
 * of <i>Denoising Diffusion Probabilistic Models</i> and diffusers' {@code DDPMScheduler}: β_t the
 * noise added at step t, α_t = 1 - β_t, ᾱ_t = ∏_{s ≤ t} α_s, so that x_t = √ᾱ_t·x_0 + √(1 - ᾱ_t)·ε;
 * SNR(t) = ᾱ_t/(1 - ᾱ_t) and logSNR = ln SNR (natural log). As a {@link Schedule}, {@code at(t) =
 * β_t}. Made by {@link DiffusionSchedules}; immutable.
 */
public final class BetaSchedule implements Schedule {
  private final String name;

  /** The readable call that made it, for {@code toString}. */
  private final String display;

  /** The exact DSL call that made it; see {@link #recipe()}. */
  private final String recipe;

  private final double[] betas;
  private final double[] alphaBar;

  BetaSchedule(String name, String display, String recipe, double[] betas) {
    this.name = name;
    this.display = display;
    this.recipe = recipe;
    this.betas = betas.clone();
    this.alphaBar = new double[betas.length];
    double product = 1;
    for (int t = 0; t < betas.length; t++) {
      if (!(betas[t] > 0 && betas[t] <= 1)) {
        throw new IllegalStateException(display + " made beta_" + t + " = " + betas[t]);
      }
      product *= 1 - betas[t];
      alphaBar[t] = product;
    }
  }

  /** T, the number of training timesteps. */
  public int numTrainTimesteps() {
    return betas.length;
  }

  /** β_t for t in 0 .. T-1. */
  @Override
  public double at(long t) {
    Checks.step(t);
    if (t >= betas.length) {
      throw new IllegalArgumentException(
          "timestep must lie in 0.."
              + (betas.length - 1)
              + " (T = "
              + betas.length
              + "), got "
              + t);
    }
    return betas[(int) t];
  }

  /** β_0 .. β_{T-1}. */
  public double[] betas() {
    return betas.clone();
  }

  /** α_t = 1 - β_t. */
  public double[] alphas() {
    double[] alphas = new double[betas.length];
    for (int t = 0; t < alphas.length; t++) {
      alphas[t] = 1 - betas[t];
    }
    return alphas;
  }

  /** ᾱ_t = ∏_{s ≤ t} (1 - β_s), diffusers' {@code alphas_cumprod}. */
  public double[] alphaBar() {
    return alphaBar.clone();
  }

  /** SNR(t) = ᾱ_t / (1 - ᾱ_t); 0 at t = T-1 after {@link #zeroTerminalSnr()}. */
  public double[] snr() {
    double[] snr = new double[alphaBar.length];
    for (int t = 0; t < snr.length; t++) {
      snr[t] = alphaBar[t] / (1 - alphaBar[t]);
    }
    return snr;
  }

  /** ln SNR(t) (natural log); -∞ where SNR is 0. */
  public double[] logSnr() {
    double[] logSnr = snr();
    for (int t = 0; t < logSnr.length; t++) {
      logSnr[t] = Math.log(logSnr[t]);
    }
    return logSnr;
  }

  /** Whether ᾱ_{T-1} = 0 exactly, so that the last timestep is pure noise. */
  public boolean hasZeroTerminalSnr() {
    return alphaBar[alphaBar.length - 1] == 0;
  }

  /**
   * This schedule rescaled to zero terminal SNR, Algorithm 1 of <i>Common Diffusion Noise Schedules
   * and Sample Steps are Flawed</i> (Lin et al.) and diffusers' {@code rescale_zero_terminal_snr}:
   * with s_t = √ᾱ_t, s'_t = (s_t - s_{T-1})·s_0/(s_0 - s_{T-1}), ᾱ'_t = s'_t², α'_t = ᾱ'_t/ᾱ'_{t-1}
   * (α'_0 = ᾱ'_0), β'_t = 1 - α'_t. Then β'_{T-1} = 1, ᾱ'_{T-1} = 0 and SNR(T-1) = 0 exactly, ᾱ'_0
   * = ᾱ_0, and the schedule needs v- or x0-prediction at the last step (ε-prediction is undefined
   * there). diffusers' Euler schedulers afterwards set ᾱ_{T-1} = 2^-24 to keep σ finite; this one
   * keeps 0. A schedule that already ends at zero SNR is returned as it is.
   */
  public BetaSchedule zeroTerminalSnr() {
    if (hasZeroTerminalSnr()) {
      return this;
    }
    int last = betas.length - 1;
    double first = Math.sqrt(alphaBar[0]);
    double terminal = Math.sqrt(alphaBar[last]);
    double[] rescaled = new double[betas.length];
    for (int t = 0; t <= last; t++) {
      double s = (Math.sqrt(alphaBar[t]) - terminal) * (first / (first - terminal));
      rescaled[t] = s * s;
    }
    double[] newBetas = new double[betas.length];
    for (int t = 0; t <= last; t++) {
      newBetas[t] = 1 - (t == 0 ? rescaled[0] : rescaled[t] / rescaled[t - 1]);
    }
    return new BetaSchedule(
        name + ", zero terminal SNR",
        display + ".zeroTerminalSnr()",
        recipe + ".zeroTerminalSnr()",
        newBetas);
  }

  /**
   * All training timesteps, descending: T-1, T-2, ..., 0 (diffusers' initial {@code timesteps}).
   */
  public int[] timesteps() {
    int[] ts = new int[betas.length];
    for (int i = 0; i < ts.length; i++) {
      ts[i] = ts.length - 1 - i;
    }
    return ts;
  }

  /**
   * {@code inferenceSteps} timesteps chosen by {@code spacing}, with diffusers' steps_offset = 0.
   */
  public int[] timesteps(int inferenceSteps, TimestepSpacing spacing) {
    return timesteps(inferenceSteps, spacing, 0);
  }

  /** The same with diffusers' config string, {@code "leading"}, {@code "trailing"}, ... */
  public int[] timesteps(int inferenceSteps, String spacing) {
    return timesteps(inferenceSteps, TimestepSpacing.of(spacing), 0);
  }

  /**
   * {@code inferenceSteps} timesteps chosen by {@code spacing}, descending, as diffusers' {@code
   * DDPMScheduler.set_timesteps}. {@code stepsOffset} is added to {@link TimestepSpacing#LEADING}
   * only (Stable Diffusion's configs use 1, which gives 981, 961, ..., 1 for 50 of 1000); as in
   * diffusers, leading timesteps plus the offset can reach T.
   */
  public int[] timesteps(int inferenceSteps, TimestepSpacing spacing, int stepsOffset) {
    Parameters.notNull("timestep spacing", spacing);
    if (inferenceSteps < 1 || inferenceSteps > betas.length) {
      throw new IllegalArgumentException(
          "inferenceSteps must lie in 1..T = "
              + betas.length
              + " (T = num_train_timesteps), got "
              + inferenceSteps);
    }
    Parameters.atLeast("stepsOffset", stepsOffset, 0);
    return spacing.timesteps(betas.length, inferenceSteps, stepsOffset);
  }

  /**
   * One quantity against the timestep: {@code "beta"}, {@code "alphaBar"}, {@code "snr"} (log y
   * axis) or {@code "logSnr"}. Points an axis cannot show (SNR = 0, logSNR = -∞ at the last step of
   * a zero-terminal-SNR schedule) are left out and the x axis label says so.
   */
  public LineChart plot(String quantity) {
    Parameters.notNull("quantity", quantity);
    double[] y;
    String label;
    boolean logY = false;
    switch (quantity) {
      case "beta" -> {
        y = betas();
        label = "beta_t";
      }
      case "alphaBar" -> {
        y = alphaBar();
        label = "alpha-bar_t (signal variance)";
      }
      case "snr" -> {
        y = snr();
        label = "SNR = alpha-bar / (1 - alpha-bar)";
        logY = true;
      }
      case "logSnr" -> {
        y = logSnr();
        label = "log SNR (natural log)";
      }
      default ->
          throw new IllegalArgumentException(
              "quantity must be beta, alphaBar, snr or logSnr, got '" + quantity + "'");
    }
    double[] x = new double[y.length];
    Arrays.setAll(x, t -> t);
    double[][] points = ScheduleCharts.drawable(x, y, logY);
    int dropped = y.length - points[0].length;
    String xAxis =
        dropped == 0
            ? "timestep t"
            : "timestep t (" + dropped + " step(s) with SNR = 0 are off this axis)";
    return ScheduleCharts.line(display, xAxis, label, logY).series(name, points[0], points[1]);
  }

  /** β_t against the timestep t, titled by the readable call. */
  @Override
  public LineChart plot(long steps) {
    return ScheduleCharts.plot(this, steps, display, "timestep t");
  }

  /** diffusers' {@code beta_schedule} name, e.g. {@code "squaredcos_cap_v2"}. */
  @Override
  public String name() {
    return name;
  }

  @Override
  public String quantity() {
    return "beta_t";
  }

  /** T. */
  @Override
  public long horizon() {
    return betas.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BetaSchedule b
        && name.equals(b.name)
        && recipe.equals(b.recipe)
        && Arrays.equals(betas, b.betas);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, recipe, Arrays.hashCode(betas));
  }

  /** The DSL call that made it, exact: {@code diffusion().linear(1.0E-4, 0.02, 1000)}. */
  @Override
  public String recipe() {
    return recipe;
  }

  /** The readable call, then β's range, ᾱ and logSNR at the last timestep. */
  @Override
  public String toString() {
    int last = betas.length - 1;
    double[] logSnr = logSnr();
    return display
        + ": T = "
        + betas.length
        + ", beta "
        + Describe.short4(betas[0])
        + " .. "
        + Describe.short4(betas[last])
        + ", alpha-bar_T = "
        + Describe.short4(alphaBar[last])
        + ", log SNR "
        + Describe.short4(logSnr[0])
        + " .. "
        + Describe.short4(logSnr[last]);
  }
}
