package dev.noisebook.noise;

import java.util.ArrayList;
import java.util.List;

/**
 * Clean labels and the noisy labels a {@link LabelNoise} made of them, as class indices 0 .. K-1.
 * Immutable.
 */
public final class NoisyLabels {
  private final int[] clean;
  private final int[] noisy;
  private final int numClasses;

  NoisyLabels(int[] clean, int[] noisy, int numClasses) {
    this.clean = clean.clone();
    this.noisy = noisy.clone();
    this.numClasses = numClasses;
  }

  public int[] clean() {
    return clean.clone();
  }

  public int[] noisy() {
    return noisy.clone();
  }

  public int numClasses() {
    return numClasses;
  }

  public int size() {
    return clean.length;
  }

  /** Whether example {@code i}'s observed label differs from its true one. */
  public boolean isFlipped(int i) {
    return clean[i] != noisy[i];
  }

  /** The number of flipped labels. */
  public int flipped() {
    int flipped = 0;
    for (int i = 0; i < clean.length; i++) {
      if (isFlipped(i)) {
        flipped++;
      }
    }
    return flipped;
  }

  /** flipped / size (0 for no examples). */
  public double flipRate() {
    return clean.length == 0 ? 0 : (double) flipped() / clean.length;
  }

  /** The realised true-vs-observed matrix, classes named "0", "1", ... */
  public NoiseMatrix matrix() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < numClasses; i++) {
      names.add(Integer.toString(i));
    }
    return matrix(names);
  }

  /** The realised true-vs-observed matrix with class names. */
  public NoiseMatrix matrix(List<String> classNames) {
    if (classNames.size() != numClasses) {
      throw new IllegalArgumentException(
          numClasses + " classes need " + numClasses + " names, got " + classNames.size());
    }
    return NoiseMatrix.count(clean, noisy, classNames);
  }

  @Override
  public String toString() {
    return "NoisyLabels: "
        + flipped()
        + " of "
        + clean.length
        + " flipped ("
        + Text.percent(flipRate())
        + "), "
        + numClasses
        + " classes";
  }
}
