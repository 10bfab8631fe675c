package dev.noisebook.data;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.tribuo.ConfigurableDataSource;
import org.tribuo.Example;
import org.tribuo.Output;
import org.tribuo.classification.Label;

/**
 * The train or the test part of a seeded split of another source (see {@link Split}); both parts
 * come from the same permutation, so they are disjoint and together hold every example once.
 *
 * <p>Unstratified: the n indices are shuffled with {@code Random(seed)} (Fisher–Yates) and the
 * first {@code round(f·n)} go to train. Stratified (labels only): the indices of each class are
 * shuffled in turn, classes in {@link Examples#CLASS_ORDER}, and the first {@code round(f·n_k)} of
 * class k go to train, so each part keeps the class proportions to within one example per class
 * (the train size is then Σ round(f·n_k), which can differ from round(f·n) by a few). Rounding is
 * half up. Either part keeps the source's order.
 */
public final class Subset<T extends Output<T>> extends Derived<T> {

  /** Which side of the split. */
  public enum Part {
    TRAIN,
    TEST
  }

  @Config(mandatory = true, description = "Fraction of the examples that go to the train part.")
  private double trainFraction;

  @Config(mandatory = true, description = "Seed of the permutation.")
  private long seed;

  @Config(description = "Whether each class is split in the same proportion.")
  private boolean stratified;

  @Config(mandatory = true, description = "TRAIN or TEST.")
  private Part part;

  /** For OLCUT. */
  private Subset() {}

  Subset(
      ConfigurableDataSource<T> source,
      double trainFraction,
      long seed,
      boolean stratified,
      Part part) {
    super(source);
    this.trainFraction = trainFraction;
    this.seed = seed;
    this.stratified = stratified;
    this.part = Parameters.notNull("part", part);
    checkFraction(trainFraction);
  }

  static void checkFraction(double trainFraction) {
    Checks.openUnit("train fraction", trainFraction);
  }

  public Part part() {
    return part;
  }

  public double trainFraction() {
    return trainFraction;
  }

  public long seed() {
    return seed;
  }

  public boolean stratified() {
    return stratified;
  }

  @Override
  protected void validate() {
    super.validate();
    checkFraction(trainFraction);
    Parameters.notNull("part", part);
  }

  @Override
  protected List<Example<T>> make() {
    List<Example<T>> all = examplesOf(source);
    boolean[] train = trainMask(all);
    int trainSize = 0;
    for (boolean t : train) {
      trainSize += t ? 1 : 0;
    }
    if (trainSize == 0 || trainSize == all.size()) {
      throw new IllegalArgumentException(
          "split("
              + Text.num(trainFraction)
              + ") of "
              + all.size()
              + " examples leaves the "
              + (trainSize == 0 ? "train" : "test")
              + " part empty; choose a fraction nearer 1/2 or use more data");
    }
    List<Example<T>> mine = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (train[i] == (part == Part.TRAIN)) {
        mine.add(all.get(i));
      }
    }
    return mine;
  }

  private boolean[] trainMask(List<Example<T>> all) {
    Random rng = new Random(seed);
    boolean[] train = new boolean[all.size()];
    for (List<Integer> group : groups(all).values()) {
      Draw.shuffle(group, rng);
      long take = Math.round(trainFraction * group.size());
      for (int i = 0; i < take; i++) {
        train[group.get(i)] = true;
      }
    }
    return train;
  }

  /** Indices grouped by class when stratified, else one group of all. */
  private Map<String, List<Integer>> groups(List<Example<T>> all) {
    Map<String, List<Integer>> groups = new TreeMap<>(Examples.CLASS_ORDER);
    for (int i = 0; i < all.size(); i++) {
      String key = "";
      if (stratified) {
        if (!(all.get(i).getOutput() instanceof Label label)) {
          throw new IllegalArgumentException(
              "a stratified split needs class labels, but "
                  + Text.describe(source)
                  + " has outputs of type "
                  + all.get(i).getOutput().getClass().getSimpleName()
                  + "; split it unstratified");
        }
        key = label.getLabel();
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    return groups;
  }

  @Override
  public String toString() {
    return Text.describe(source)
        + ".split("
        + Text.num(trainFraction)
        + ", seed="
        + seed
        + ", "
        + (stratified ? "stratified" : "unstratified")
        + ")."
        + part.name().toLowerCase(java.util.Locale.ROOT)
        + "()";
  }
}
