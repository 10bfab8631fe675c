package dev.noisebook.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.noisebook.Noise;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bradley–Terry preferences with flips. */
class PreferenceNoiseTest {

  @Test
  void theObservedPreferenceProbabilityIsTheFlippedBradleyTerryOne() {
    for (var row : NoiseFixtures.rows("bradley_terry.csv")) {
      var model = Noise.preferences().bradleyTerry(row.number("beta")).flip(row.number("epsilon"));
      assertThat(model.probability(row.number("delta"), 0))
          .as(row.toString())
          .isCloseTo(row.number("probability"), within(1e-15));
    }
  }

  @Test
  void pairsAreLabelledWithTheModelsProbabilityAndFlippedAtRateEpsilon() {
    int n = 100_000;
    double[] rewards = {0.0, 1.2};
    int[] first = new int[n];
    int[] second = new int[n];
    Arrays.fill(second, 1);
    var model = Noise.preferences().flip(0.2).seed(4);
    PreferencePairs pairs = model.compare(rewards, first, second);
    double firstChosen = Arrays.stream(pairs.chosen()).filter(c -> c == 0).count() / (double) n;
    Stats.assertProportion("P(observed 0 > 1)", firstChosen, model.probability(0, 1.2), n);
    Stats.assertProportion("flip rate", pairs.flipRate(), 0.2, n);
    long cleanFirst = pairs.pairs().stream().filter(p -> p.cleanChosen() == 0).count();
    Stats.assertProportion(
        "P(clean 0 > 1)", cleanFirst / (double) n, BradleyTerryPreferences.sigmoid(-1.2), n);
  }

  @Test
  void sampledPairsAreDistinctUniformItemsAndAgreeWithTheRewardAsTheModelSays() {
    double[] rewards = new double[50];
    Arrays.setAll(rewards, i -> i / 10.0);
    PreferencePairs clean = Noise.preferences().bradleyTerry(50).sample(rewards, 20_000);
    PreferencePairs noisy = Noise.preferences().bradleyTerry(50).flip(0.3).sample(rewards, 20_000);
    assertThat(clean.pairs()).allMatch(p -> p.chosen() != p.rejected() && !p.flipped());
    assertThat(clean.agreementWithReward()).isGreaterThan(0.99);
    Stats.assertProportion(
        "noisy agreement", noisy.agreementWithReward(), 0.7 * clean.agreementWithReward(), 20_000);
    assertThat(noisy.toString())
        .startsWith("PreferencePairs: 20000 pairs over 50 items, " + noisy.flipped() + " flipped");
  }

  @Test
  void pairsWithARewardRowEachDrawAsComparingUnderThatRow() {
    double[] rewards = {0.0, 1.2, -0.4};
    int[] first = {0, 2, 1, 0};
    int[] second = {1, 0, 2, 2};
    double[][] rows = {rewards, rewards, rewards, rewards};
    var model = Noise.preferences().bradleyTerry(2).flip(0.3).seed(5);
    assertThat(model.compareEach(rows, first, second))
        .isEqualTo(model.compare(rewards, first, second).pairs());
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> model.compareEach(new double[][] {rewards}, first, second))
        .hasMessageContaining("rewards has 1 rows, first 4 items and second 4");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> model.compareEach(new double[][] {{0, 1}}, new int[] {0}, new int[] {2}))
        .hasMessageContaining("item 2 of pair 0 is outside 0..1");
  }

  @Test
  void theSameSeedGivesTheSamePairs() {
    double[] rewards = {0.1, 0.5, -0.3, 2.0};
    var model = Noise.preferences().flip(0.1).seed(9);
    assertThat(model.sample(rewards, 500).pairs()).isEqualTo(model.sample(rewards, 500).pairs());
    assertThat(model.seed(10).sample(rewards, 500).pairs())
        .isNotEqualTo(model.sample(rewards, 500).pairs());
    assertThat(model.toString()).isEqualTo("bradleyTerry(scale=1, flip=0.1, seed=9)");
  }
}
