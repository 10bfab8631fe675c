package dev.noisebook.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noisebook.FixtureCsv;
import dev.noisebook.Schedule;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** diffusers' DDPMScheduler.set_timesteps, re-typed in numpy by the fixture script. */
class TimestepSpacingTest {

  static BetaSchedule linear(int T) {
    return Schedule.diffusion().linear(1e-4, 0.02, T);
  }

  @Test
  void diffusersExamplesForTAt1000AndTenSteps() {
    BetaSchedule s = linear(1000);
    assertThat(s.timesteps(10, TimestepSpacing.LINSPACE))
        .containsExactly(999, 888, 777, 666, 555, 444, 333, 222, 111, 0);
    assertThat(s.timesteps(10, TimestepSpacing.LEADING))
        .containsExactly(900, 800, 700, 600, 500, 400, 300, 200, 100, 0);
    assertThat(s.timesteps(10, TimestepSpacing.TRAILING))
        .containsExactly(999, 899, 799, 699, 599, 499, 399, 299, 199, 99);
    assertThat(s.timesteps(10, "trailing")).isEqualTo(s.timesteps(10, TimestepSpacing.TRAILING));
  }

  @Test
  void fiftyStepsOfAThousandAsThePaperCountsThem() {
    // "leading 981, 961, ..., 1" (Stable Diffusion's steps_offset = 1); trailing starts at 999.
    BetaSchedule s = linear(1000);
    int[] leading = s.timesteps(50, TimestepSpacing.LEADING, 1);
    assertThat(leading[0]).isEqualTo(981);
    assertThat(leading[1]).isEqualTo(961);
    assertThat(leading[49]).isEqualTo(1);
    int[] trailing = s.timesteps(50, TimestepSpacing.TRAILING);
    assertThat(trailing[0]).isEqualTo(999);
    assertThat(trailing[1]).isEqualTo(979);
    assertThat(trailing[49]).isEqualTo(19);
  }

  static List<FixtureCsv.Row> diffusersRows() {
    return Fixtures.rows("timesteps.csv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diffusersRows")
  void matchesDiffusers(FixtureCsv.Row row) {
    int T = (int) row.whole("T");
    int n = (int) row.whole("n");
    int[] expected =
        Arrays.stream(row.text("timesteps").split(" ")).mapToInt(Integer::parseInt).toArray();
    int[] actual =
        linear(T)
            .timesteps(n, TimestepSpacing.of(row.text("spacing")), (int) row.whole("steps_offset"));
    assertThat(actual).hasSize(n).containsExactly(Arrays.copyOf(expected, n));
    // numpy's float arange sometimes yields one element too many for trailing; diffusers then
    // returns n + 1 timesteps ending in -1. Only that element is left out.
    assertThat(Arrays.stream(expected).skip(n).boxed().toList())
        .hasSizeLessThanOrEqualTo(1)
        .allMatch(t -> t == -1);
  }

  @Test
  void invalidRequestsAreNamed() {
    BetaSchedule s = linear(1000);
    assertThatThrownBy(() -> s.timesteps(0, TimestepSpacing.LEADING))
        .hasMessage("inferenceSteps must lie in 1..T = 1000 (T = num_train_timesteps), got 0");
    assertThatThrownBy(() -> s.timesteps(1001, TimestepSpacing.TRAILING))
        .hasMessageContaining("got 1001");
    assertThatThrownBy(() -> s.timesteps(10, TimestepSpacing.LEADING, -1))
        .hasMessage("stepsOffset must be >= 0, got -1");
    assertThatThrownBy(() -> s.timesteps(10, "uniform"))
        .hasMessage("timestep spacing must be leading, trailing or linspace, got 'uniform'");
  }
}
