package dev.noisebook.schedule;

import dev.noisebook.Schedule;
import dev.noisebook.check.Parameters;
import dev.noisebook.recipe.RecipeWriter;
import java.util.StringJoiner;
import java.util.function.DoubleUnaryOperator;

/**
 * The beta schedules of HuggingFace diffusers' {@code DDPMScheduler(beta_schedule=...)}, named as
 * diffusers names them, computed in double (diffusers uses float32). Reached through {@link
 * Schedule#diffusion()}; each returns a {@link BetaSchedule} over {@code T} training timesteps.
 *
 * <pre>{@code
 * Schedule.diffusion().linear(1e-4, 0.02, 1000);            // DDPM
 * Schedule.diffusion().scaledLinear(0.00085, 0.012, 1000);  // Stable Diffusion
 * Schedule.diffusion().cosine(1000).zeroTerminalSnr();
 * }</pre>
 */
public final class DiffusionSchedules {
  /** The one factory; it has no state. */
  public static final DiffusionSchedules INSTANCE = new DiffusionSchedules();

  /** diffusers' {@code max_beta} for {@code betas_for_alpha_bar}. */
  public static final double MAX_BETA = 0.999;

  private DiffusionSchedules() {}

  /**
   * {@code beta_schedule="linear"}: β_t = linspace(β_start, β_end, T), the schedule of <i>Denoising
   * Diffusion Probabilistic Models</i> (Ho et al.: 1e-4 to 0.02, T = 1000).
   */
  public BetaSchedule linear(double betaStart, double betaEnd, int T) {
    checkRange(betaStart, betaEnd, T);
    return made(
        "linear",
        Grid.linspace(betaStart, betaEnd, T),
        "linear",
        "betaStart",
        betaStart,
        "betaEnd",
        betaEnd,
        "T",
        T);
  }

  /**
   * {@code beta_schedule="scaled_linear"}: β_t = linspace(√β_start, √β_end, T)², the latent
   * diffusion / Stable Diffusion schedule (0.00085 to 0.012, T = 1000).
   */
  public BetaSchedule scaledLinear(double betaStart, double betaEnd, int T) {
    checkRange(betaStart, betaEnd, T);
    double[] betas = Grid.linspace(Math.sqrt(betaStart), Math.sqrt(betaEnd), T);
    for (int t = 0; t < T; t++) {
      betas[t] = betas[t] * betas[t];
    }
    return made(
        "scaled_linear", betas, "scaledLinear", "betaStart", betaStart, "betaEnd", betaEnd, "T", T);
  }

  /**
   * {@code beta_schedule="squaredcos_cap_v2"}, the cosine schedule of <i>Improved Denoising
   * Diffusion Probabilistic Models</i> (Nichol and Dhariwal): {@code betas_for_alpha_bar} with ᾱ(s)
   * = cos²((s + 0.008)/1.008 · π/2), β_i = min(1 - ᾱ((i+1)/T)/ᾱ(i/T), 0.999).
   */
  public BetaSchedule squaredcosCapV2(int T) {
    checkT(T);
    double[] betas =
        betasForAlphaBar(
            T,
            s -> {
              double c = Math.cos((s + 0.008) / 1.008 * Math.PI / 2);
              return c * c;
            });
    return made("squaredcos_cap_v2", betas, "squaredcosCapV2", "T", T);
  }

  /** The same as {@link #squaredcosCapV2(int)}, under the name papers use. */
  public BetaSchedule cosine(int T) {
    return squaredcosCapV2(T);
  }

  /**
   * {@code beta_schedule="sigmoid"}: β_t = σ(linspace(-6, 6, T))·(β_end - β_start) + β_start, with
   * σ(x) = 1/(1 + e^-x); diffusers took it from <i>GeoDiff: a Geometric Diffusion Model for
   * Molecular Conformation Generation</i>.
   */
  public BetaSchedule sigmoid(double betaStart, double betaEnd, int T) {
    checkRange(betaStart, betaEnd, T);
    double[] betas = Grid.linspace(-6, 6, T);
    for (int t = 0; t < T; t++) {
      betas[t] = 1 / (1 + Math.exp(-betas[t])) * (betaEnd - betaStart) + betaStart;
    }
    return made("sigmoid", betas, "sigmoid", "betaStart", betaStart, "betaEnd", betaEnd, "T", T);
  }

  /**
   * diffusers' {@code betas_for_alpha_bar(T, alpha_transform_type="laplace")}: a log-SNR λ shaped
   * like the Laplace quantile function, the idea of <i>Improved Noise Schedule for Diffusion
   * Training</i>, discretised as diffusers does it: λ(s) = -½·sign(½ - s)·ln(1 - 2|½ - s| + 1e-6)
   * with sign(0) = +1 ({@code math.copysign}), ᾱ(s) = √(e^λ/(1 + e^λ)) (diffusers takes this square
   * root), β_i = min(1 - ᾱ((i+1)/T)/ᾱ(i/T), 0.999).
   */
  public BetaSchedule laplace(int T) {
    checkT(T);
    double[] betas =
        betasForAlphaBar(
            T,
            s -> {
              double lambda =
                  -0.5 * Math.copySign(1.0, 0.5 - s) * Math.log(1 - 2 * Math.abs(0.5 - s) + 1e-6);
              double snr = Math.exp(lambda);
              return Math.sqrt(snr / (1 + snr));
            });
    return made("laplace", betas, "laplace", "T", T);
  }

  /**
   * The schedule diffusers calls {@code diffusersName}, with these {@code betas}, made by this
   * factory's {@code method} with these arguments (alternating names and values): its text shows
   * the arguments short, its recipe exact.
   */
  private static BetaSchedule made(
      String diffusersName, double[] betas, String method, Object... keysAndValues) {
    StringJoiner exact = new StringJoiner(", ", "diffusion()." + method + "(", ")");
    for (int i = 1; i < keysAndValues.length; i += 2) {
      exact.add(RecipeWriter.value(keysAndValues[i], String::valueOf));
    }
    return new BetaSchedule(
        diffusersName, Describe.call(method, keysAndValues), exact.toString(), betas);
  }

  /** diffusers' {@code betas_for_alpha_bar}: discretises a continuous ᾱ(s), s ∈ [0, 1]. */
  private static double[] betasForAlphaBar(int T, DoubleUnaryOperator alphaBar) {
    double[] betas = new double[T];
    for (int i = 0; i < T; i++) {
      double t1 = (double) i / T;
      double t2 = (double) (i + 1) / T;
      betas[i] = Math.min(1 - alphaBar.applyAsDouble(t2) / alphaBar.applyAsDouble(t1), MAX_BETA);
    }
    return betas;
  }

  private static void checkT(int T) {
    Parameters.atLeast("T", T, 2);
  }

  private static void checkRange(double betaStart, double betaEnd, int T) {
    Parameters.positive("beta_start", betaStart);
    Parameters.finite("beta_end", betaEnd);
    if (!(betaEnd > betaStart)) {
      throw new IllegalArgumentException(
          "beta_end must be > beta_start, got "
              + Describe.num(betaEnd)
              + " <= "
              + Describe.num(betaStart));
    }
    if (betaEnd > 1) {
      throw new IllegalArgumentException("beta_end must be <= 1, got " + Describe.num(betaEnd));
    }
    checkT(T);
  }

  @Override
  public String toString() {
    return "diffusion(): linear(betaStart, betaEnd, T), scaledLinear(betaStart, betaEnd, T),"
        + " squaredcosCapV2(T) = cosine(T), sigmoid(betaStart, betaEnd, T), laplace(T)";
  }
}
