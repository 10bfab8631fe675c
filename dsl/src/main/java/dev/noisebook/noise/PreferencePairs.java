package dev.noisebook.noise;

import java.util.List;

/** Observed preference pairs drawn by {@link BradleyTerryPreferences}, in draw order. Immutable. */
public final class PreferencePairs {
  private final List<PreferencePair> pairs;
  private final double[] rewards;

  PreferencePairs(List<PreferencePair> pairs, double[] rewards) {
    this.pairs = List.copyOf(pairs);
    this.rewards = rewards.clone();
  }

  public List<PreferencePair> pairs() {
    return pairs;
  }

  public int size() {
    return pairs.size();
  }

  public PreferencePair get(int i) {
    return pairs.get(i);
  }

  /** The chosen item of every pair. */
  public int[] chosen() {
    return pairs.stream().mapToInt(PreferencePair::chosen).toArray();
  }

  /** The rejected item of every pair. */
  public int[] rejected() {
    return pairs.stream().mapToInt(PreferencePair::rejected).toArray();
  }

  /** The number of pairs the noise flipped. */
  public int flipped() {
    return (int) pairs.stream().filter(PreferencePair::flipped).count();
  }

  /** flipped / size (0 for no pairs). */
  public double flipRate() {
    return pairs.isEmpty() ? 0 : (double) flipped() / pairs.size();
  }

  /** The fraction of observed pairs whose chosen item has the strictly higher reward. */
  public double agreementWithReward() {
    return pairs.isEmpty()
        ? 0
        : (double) pairs.stream().filter(p -> rewards[p.chosen()] > rewards[p.rejected()]).count()
            / pairs.size();
  }

  @Override
  public String toString() {
    return "PreferencePairs: "
        + pairs.size()
        + " pairs over "
        + rewards.length
        + " items, "
        + flipped()
        + " flipped ("
        + Text.percent(flipRate())
        + "), "
        + Text.percent(agreementWithReward())
        + " agree with the reward";
  }
}
