package dev.noisebook.noise;

import dev.noisebook.Noise;
import dev.noisebook.check.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Pairwise preferences from a Bradley–Terry model of a reward r, then flipped with rate ε:
 *
 * <pre>
 *   P(a ≻ b) = σ(β·(r(a) − r(b))),  σ(z) = 1/(1 + e^−z)                 (Bradley–Terry)
 *   each drawn preference reversed with probability ε, so
 *   P(observed a ≻ b) = (1 − ε)·σ(βΔ) + ε·σ(−βΔ),  Δ = r(a) − r(b)
 * </pre>
 *
 * The model of <i>Rank Analysis of Incomplete Block Designs: I. The Method of Paired
 * Comparisons</i> (Bradley and Terry) with the random flips of <i>Provably Robust DPO: Aligning
 * Language Models with Noisy Feedback</i> (Chowdhury et al.), who assume ε &lt; ½; ε = ½ makes the
 * observed preference independent of the reward, ε &gt; ½ reverses it. β (1 by default) scales the
 * reward difference. Seeded and immutable.
 */
public final class BradleyTerryPreferences implements Noise {
  private final double scale;
  private final double flipRate;
  private final long seed;

  BradleyTerryPreferences(double scale, double flipRate, long seed) {
    this.scale = Parameters.positive("Bradley-Terry scale beta", scale);
    this.flipRate = Parameters.unitInterval("preference flip rate epsilon", flipRate);
    this.seed = seed;
  }

  /** β. */
  public double scale() {
    return scale;
  }

  /** ε. */
  public double flipRate() {
    return flipRate;
  }

  @Override
  public long seed() {
    return seed;
  }

  @Override
  public BradleyTerryPreferences seed(long newSeed) {
    return new BradleyTerryPreferences(scale, flipRate, newSeed);
  }

  /** The same model with reward differences multiplied by β. */
  public BradleyTerryPreferences scale(double beta) {
    return new BradleyTerryPreferences(beta, flipRate, seed);
  }

  /** The same model with each preference reversed with probability ε. */
  public BradleyTerryPreferences flip(double epsilon) {
    return new BradleyTerryPreferences(scale, epsilon, seed);
  }

  /** P(observed a ≻ b) = (1 − ε)σ(β(r_a − r_b)) + εσ(−β(r_a − r_b)). */
  public double probability(double rewardA, double rewardB) {
    Parameters.finite("reward of a", rewardA);
    Parameters.finite("reward of b", rewardB);
    double delta = scale * (rewardA - rewardB);
    return (1 - flipRate) * sigmoid(delta) + flipRate * sigmoid(-delta);
  }

  /**
   * {@code numPairs} pairs of distinct items drawn uniformly from the {@code rewards.length} items,
   * each labelled by the model; drawn from the seed.
   */
  public PreferencePairs sample(double[] rewards, int numPairs) {
    checkRewards(rewards);
    Parameters.atLeast("numPairs", numPairs, 0);
    if (rewards.length < 2) {
      throw new IllegalArgumentException(
          "preference pairs need at least 2 items, got " + rewards.length);
    }
    SplittableRandom rng = new SplittableRandom(seed);
    List<PreferencePair> pairs = new ArrayList<>(numPairs);
    for (int i = 0; i < numPairs; i++) {
      int a = rng.nextInt(rewards.length);
      int b = rng.nextInt(rewards.length - 1);
      if (b >= a) {
        b++;
      }
      pairs.add(label(rewards, a, b, rng));
    }
    return new PreferencePairs(pairs, rewards);
  }

  /** The given pairs (first[i], second[i]) labelled by the model; drawn from the seed. */
  public PreferencePairs compare(double[] rewards, int[] first, int[] second) {
    checkRewards(rewards);
    Parameters.notNull("first", first);
    Parameters.notNull("second", second);
    if (first.length != second.length) {
      throw new IllegalArgumentException(
          "first has " + first.length + " items but second has " + second.length);
    }
    SplittableRandom rng = new SplittableRandom(seed);
    List<PreferencePair> pairs = new ArrayList<>(first.length);
    for (int i = 0; i < first.length; i++) {
      checkItems(rewards, first[i], second[i], i);
      pairs.add(label(rewards, first[i], second[i], rng));
    }
    return new PreferencePairs(pairs, rewards);
  }

  /**
   * Pairs with a reward per pair: pair i compares items {@code first[i]} and {@code second[i]}
   * under its own reward row {@code rewards[i]} (a contextual reward r(x_i, ·), one row per
   * prompt), each labelled by the model; drawn from the seed, two uniforms per pair as {@link
   * #compare} draws them.
   */
  public List<PreferencePair> compareEach(double[][] rewards, int[] first, int[] second) {
    Parameters.notNull("rewards", rewards);
    Parameters.notNull("first", first);
    Parameters.notNull("second", second);
    if (first.length != second.length || first.length != rewards.length) {
      throw new IllegalArgumentException(
          "rewards has "
              + rewards.length
              + " rows, first "
              + first.length
              + " items and second "
              + second.length
              + "; they must agree");
    }
    SplittableRandom rng = new SplittableRandom(seed);
    List<PreferencePair> pairs = new ArrayList<>(first.length);
    for (int i = 0; i < first.length; i++) {
      checkRewards(rewards[i]);
      checkItems(rewards[i], first[i], second[i], i);
      pairs.add(label(rewards[i], first[i], second[i], rng));
    }
    return pairs;
  }

  private static void checkItems(double[] rewards, int a, int b, int pair) {
    for (int item : new int[] {a, b}) {
      if (item < 0 || item >= rewards.length) {
        throw new IllegalArgumentException(
            "item " + item + " of pair " + pair + " is outside 0.." + (rewards.length - 1));
      }
    }
  }

  /** One Bradley–Terry draw (one uniform), then one flip draw (one uniform). */
  private PreferencePair label(double[] rewards, int a, int b, RandomGenerator rng) {
    boolean aWins = rng.nextDouble() < sigmoid(scale * (rewards[a] - rewards[b]));
    boolean flipped = rng.nextDouble() < flipRate;
    boolean aChosen = aWins != flipped;
    return new PreferencePair(aChosen ? a : b, aChosen ? b : a, flipped);
  }

  private static void checkRewards(double[] rewards) {
    Parameters.notNull("rewards", rewards);
    for (int i = 0; i < rewards.length; i++) {
      Parameters.finite("reward " + i, rewards[i]);
    }
  }

  /** 1/(1 + e^−z), without overflow. */
  static double sigmoid(double z) {
    if (z >= 0) {
      return 1 / (1 + Math.exp(-z));
    }
    double e = Math.exp(z);
    return e / (1 + e);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BradleyTerryPreferences p
        && scale == p.scale
        && flipRate == p.flipRate
        && seed == p.seed;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(scale) * 31 * 31 + Double.hashCode(flipRate) * 31 + Long.hashCode(seed);
  }

  @Override
  public String toString() {
    return Text.call("bradleyTerry", "scale", scale, "flip", flipRate, "seed", seed);
  }
}
