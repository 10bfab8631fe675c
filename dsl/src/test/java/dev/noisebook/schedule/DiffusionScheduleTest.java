package dev.noisebook.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.noisebook.FixtureCsv;
import dev.noisebook.Schedule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Beta schedules against diffusers' formulas re-typed in numpy float64 (diffusers itself is not in
 * Debian). Tolerances: relative 1e-12 for β, ᾱ and SNR; absolute 1e-12 for logSNR, which crosses 0.
 * The laplace and cosine β come from 1 - ᾱ(s₂)/ᾱ(s₁) with a ratio near 1, where one ulp of Java's
 * and glibc's cos / exp / log differences becomes ~1e-12 relative, hence 1e-11 for β there.
 */
class DiffusionScheduleTest {

  record DiffusersCase(
      String schedule,
      double betaStart,
      double betaEnd,
      int T,
      boolean zeroSnr,
      List<FixtureCsv.Row> rows) {
    @Override
    public String toString() {
      return schedule
          + "("
          + betaStart
          + ", "
          + betaEnd
          + ", T="
          + T
          + ")"
          + (zeroSnr ? " zero SNR" : "");
    }

    BetaSchedule build() {
      var d = Schedule.diffusion();
      BetaSchedule b =
          switch (schedule) {
            case "linear" -> d.linear(betaStart, betaEnd, T);
            case "scaled_linear" -> d.scaledLinear(betaStart, betaEnd, T);
            case "squaredcos_cap_v2" -> d.squaredcosCapV2(T);
            case "sigmoid" -> d.sigmoid(betaStart, betaEnd, T);
            case "laplace" -> d.laplace(T);
            default -> throw new IllegalArgumentException(schedule);
          };
      return zeroSnr ? b.zeroTerminalSnr() : b;
    }
  }

  static List<DiffusersCase> diffusersCases() {
    Map<String, List<FixtureCsv.Row>> groups = new LinkedHashMap<>();
    for (FixtureCsv.Row row : Fixtures.rows("diffusion_betas.csv")) {
      String key =
          String.join(
              "|",
              row.text("schedule"),
              row.text("beta_start"),
              row.text("beta_end"),
              row.text("T"),
              row.text("zero_snr"));
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }
    List<DiffusersCase> cases = new ArrayList<>();
    for (List<FixtureCsv.Row> rows : groups.values()) {
      FixtureCsv.Row r = rows.getFirst();
      cases.add(
          new DiffusersCase(
              r.text("schedule"),
              r.number("beta_start"),
              r.number("beta_end"),
              (int) r.whole("T"),
              r.whole("zero_snr") == 1,
              rows));
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diffusersCases")
  void matchesDiffusersInFloat64(DiffusersCase c) {
    BetaSchedule schedule = c.build();
    double[] betas = schedule.betas();
    double[] alphaBar = schedule.alphaBar();
    double[] snr = schedule.snr();
    double[] logSnr = schedule.logSnr();
    double betaTolerance =
        c.schedule().equals("laplace") || c.schedule().startsWith("squaredcos") ? 1e-11 : 1e-12;
    double worstBeta = 0;
    double worstAlphaBar = 0;
    double worstSnr = 0;
    double worstLogSnr = 0;
    for (FixtureCsv.Row row : c.rows()) {
      int t = (int) row.whole("t");
      worstBeta = Math.max(worstBeta, Fixtures.relativeError(betas[t], row.number("beta")));
      assertThat(schedule.at(t)).isEqualTo(betas[t]);
      worstAlphaBar =
          Math.max(worstAlphaBar, Fixtures.relativeError(alphaBar[t], row.number("alpha_bar")));
      worstSnr = Math.max(worstSnr, Fixtures.relativeError(snr[t], row.number("snr")));
      double expectedLog = row.number("log_snr");
      if (Double.isInfinite(expectedLog)) {
        assertThat(logSnr[t]).isEqualTo(expectedLog);
      } else {
        worstLogSnr = Math.max(worstLogSnr, Math.abs(logSnr[t] - expectedLog));
      }
    }
    assertThat(worstBeta).as("beta").isLessThanOrEqualTo(betaTolerance);
    assertThat(worstAlphaBar).as("alpha bar").isLessThanOrEqualTo(1e-12);
    assertThat(worstSnr).as("SNR").isLessThanOrEqualTo(1e-12);
    assertThat(worstLogSnr).as("log SNR, absolute").isLessThanOrEqualTo(1e-12);
  }

  @Test
  void zeroTerminalSnrEndsInPureNoiseAndKeepsTheFirstStep() {
    for (BetaSchedule original :
        List.of(
            Schedule.diffusion().linear(1e-4, 0.02, 1000),
            Schedule.diffusion().scaledLinear(0.00085, 0.012, 1000),
            Schedule.diffusion().cosine(1000),
            Schedule.diffusion().sigmoid(1e-4, 0.02, 1000),
            Schedule.diffusion().laplace(1000))) {
      BetaSchedule zero = original.zeroTerminalSnr();
      int last = zero.numTrainTimesteps() - 1;
      assertThat(original.hasZeroTerminalSnr()).isFalse();
      assertThat(zero.hasZeroTerminalSnr()).isTrue();
      assertThat(zero.betas()[last]).as("beta_T").isEqualTo(1.0);
      assertThat(zero.alphaBar()[last]).as("alpha bar_T").isEqualTo(0.0);
      assertThat(zero.snr()[last]).as("SNR(T)").isEqualTo(0.0);
      assertThat(zero.logSnr()[last]).isEqualTo(Double.NEGATIVE_INFINITY);
      assertThat(zero.alphaBar()[0])
          .as("alpha bar_0 unchanged")
          .isCloseTo(original.alphaBar()[0], within(1e-15));
      double[] ab = zero.alphaBar();
      for (int t = 1; t <= last; t++) {
        assertThat(ab[t]).as("alpha bar decreases at %d", t).isLessThan(ab[t - 1]);
      }
      assertThat(zero.zeroTerminalSnr()).as("rescaling twice changes nothing").isSameAs(zero);
      assertThat(zero.name()).isEqualTo(original.name() + ", zero terminal SNR");
      assertThat(zero.toString()).contains(".zeroTerminalSnr()");
    }
  }

  @Test
  void knownTerminalSnrsOfThePaper() {
    // "Common Diffusion Noise Schedules and Sample Steps are Flawed": SD's schedule has
    // sqrt(alpha bar_T) = 0.068265; the linear DDPM schedule ends at SNR 4.04e-5.
    BetaSchedule sd = Schedule.diffusion().scaledLinear(0.00085, 0.012, 1000);
    assertThat(Math.sqrt(sd.alphaBar()[999])).isCloseTo(0.068265, within(5e-7));
    BetaSchedule ddpm = Schedule.diffusion().linear(1e-4, 0.02, 1000);
    assertThat(ddpm.snr()[999]).isCloseTo(4.04e-5, within(0.01e-5));
    assertThat(ddpm.logSnr()[0]).isCloseTo(9.21, within(0.005));
    assertThat(ddpm.logSnr()[999]).isCloseTo(-10.12, within(0.005));
  }

  @Test
  void cosineIsSquaredcosCapV2AndCapsBetaAt0999() {
    BetaSchedule cosine = Schedule.diffusion().cosine(1000);
    assertThat(cosine).isEqualTo(Schedule.diffusion().squaredcosCapV2(1000));
    assertThat(cosine.betas()[999]).isEqualTo(DiffusionSchedules.MAX_BETA);
    assertThat(cosine.name()).isEqualTo("squaredcos_cap_v2");
  }

  @Test
  void derivedQuantitiesFollowTheirDefinitions() {
    BetaSchedule s = Schedule.diffusion().linear(1e-3, 0.2, 10);
    double[] betas = s.betas();
    double[] alphas = s.alphas();
    double product = 1;
    for (int t = 0; t < 10; t++) {
      assertThat(alphas[t]).isEqualTo(1 - betas[t]);
      product *= alphas[t];
      assertThat(s.alphaBar()[t]).isEqualTo(product);
      assertThat(s.snr()[t]).isEqualTo(product / (1 - product));
      assertThat(s.logSnr()[t]).isEqualTo(Math.log(product / (1 - product)));
    }
    assertThat(s.timesteps()).containsExactly(9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
    assertThat(s.horizon()).isEqualTo(10);
    assertThat(s.values(10)).containsExactly(betas);
    betas[0] = 42;
    assertThat(s.betas()[0]).as("arrays are copies").isEqualTo(1e-3);
  }

  @Test
  void readsInJShell() {
    assertThat(Schedule.diffusion().linear(1e-4, 0.02, 1000).toString())
        .startsWith("linear(betaStart=0.0001, betaEnd=0.02, T=1000): T = 1000, beta 0.0001 .. 0.02")
        .contains("alpha-bar_T = 4.036e-05");
    assertThat(Schedule.diffusion().cosine(50).zeroTerminalSnr().toString())
        .startsWith("squaredcosCapV2(T=50).zeroTerminalSnr(): ")
        .contains("alpha-bar_T = 0");
    assertThat(Schedule.diffusion().toString()).contains("scaledLinear(betaStart, betaEnd, T)");
  }
}
