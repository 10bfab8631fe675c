package dev.noisebook.data;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.tribuo.Example;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/**
 * A synthetic K-class data set: labels {@code "0" .. "K-1"}, features {@code x1 .. xd} (zero-padded
 * from 10 features on), and exact class counts (see {@link #counts()}). The points of class 0 are
 * drawn first, then class 1 and so on, every one from the same {@code Random(seed)}; the examples
 * are then shuffled with that generator, so their order mixes the classes.
 */
public abstract class LabelGenerator<S extends LabelGenerator<S>> extends Generator<Label, S> {
  private static final LabelFactory LABELS = new LabelFactory();

  @Config(description = "Relative class sizes, one per class; empty for balanced classes.")
  protected double[] proportions = new double[0];

  /** K, the number of classes. */
  public abstract int classes();

  /** d, the number of features. */
  public abstract int features();

  /** Where the j-th of the {@code count} points of class k goes. */
  @FunctionalInterface
  protected interface PointSampler {
    double[] point(int k, int j, int count, Random rng);
  }

  /**
   * The sampler of this generator's points; draws any set-up (class centres, say) from {@code rng}
   * first.
   */
  protected abstract PointSampler sampler(Random rng);

  /**
   * This generator with class sizes in these proportions (relative sizes, normalised to sum 1; one
   * per class, each > 0), rounded so the counts sum to {@link #samples()} exactly: {@code
   * .proportions(9, 1)} makes a 90% / 10% imbalance.
   */
  public final S proportions(double... proportions) {
    Parameters.notNull("proportions", proportions);
    checkProportions(proportions.clone());
    double[] copy = proportions.clone();
    return with(g -> g.proportions = copy);
  }

  /** The exact number of examples of each class, class 0 first. */
  public final int[] counts() {
    return proportions.length == 0
        ? balancedCounts()
        : ClassCounts.proportional(samples, proportions);
  }

  /** The counts without {@link #proportions}: {@link ClassCounts#balanced} unless overridden. */
  protected int[] balancedCounts() {
    return ClassCounts.balanced(samples, classes());
  }

  @Override
  protected void validate() {
    super.validate();
    Parameters.atLeast("classes", classes(), 2);
    Parameters.atLeast("features", features(), 1);
    checkProportions(proportions);
    if (proportions.length == 0 && samples < classes()) {
      throw new IllegalArgumentException(
          "samples must be >= classes ("
              + classes()
              + ") so that every class has an example, got "
              + samples);
    }
    int[] counts = counts();
    for (int k = 0; k < counts.length; k++) {
      if (counts[k] == 0) {
        throw new IllegalArgumentException(
            "samples = "
                + samples
                + " with proportions "
                + Arrays.toString(proportions)
                + " leave class "
                + k
                + " without an example; use more samples");
      }
    }
  }

  private void checkProportions(double[] proportions) {
    if (proportions.length == 0) {
      return;
    }
    if (proportions.length != classes()) {
      throw new IllegalArgumentException(
          "proportions need one value per class (" + classes() + "), got " + proportions.length);
    }
    for (int k = 0; k < proportions.length; k++) {
      Parameters.positive("proportions[" + k + "]", proportions[k]);
    }
  }

  @Override
  protected final List<Example<Label>> make(Random rng) {
    PointSampler sampler = sampler(rng);
    String[] names = Examples.featureNames("x", features());
    int[] counts = counts();
    List<Example<Label>> examples = new ArrayList<>(samples);
    for (int k = 0; k < counts.length; k++) {
      Label label = new Label(Integer.toString(k));
      for (int j = 0; j < counts[k]; j++) {
        examples.add(new ArrayExample<>(label, names, sampler.point(k, j, counts[k], rng)));
      }
    }
    Draw.shuffle(examples, rng);
    return examples;
  }

  @Override
  public final LabelFactory getOutputFactory() {
    return LABELS;
  }

  /** {@code name(params..., samples=n, seed=s[, proportions=[...]])}. */
  protected final String describe(String name, Object... params) {
    List<Object> all = new ArrayList<>(Arrays.asList(params));
    all.addAll(List.of("samples", samples, "seed", seed));
    if (proportions.length > 0) {
      all.addAll(List.of("proportions", proportions));
    }
    return Text.call(name, all.toArray());
  }
}
