package dev.noisebook.data;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.noisebook.check.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A checkerboard of m × m squares over [min, max]², the square in column i and row j (counted from
 * 0 at min) belonging to class {@code (i + j) mod K}; with K = 2 the usual two-colour board (as
 * Tribuo's {@code CheckerboardDataSource}, which draws its labels from the position instead). Class
 * k's points are uniform over its squares: each picks one of the class's squares uniformly, then a
 * uniform point in it, so class counts are exact. Every class needs a square: 2m - 1 >= K.
 */
public final class Checkerboard extends LabelGenerator<Checkerboard> {
  @Config(mandatory = true, description = "Number of classes K.")
  private int classes;

  @Config(description = "Number of squares along each side, m.")
  private int squares = 4;

  @Config(description = "Lower end of both coordinates.")
  private double min = -1;

  @Config(description = "Upper end of both coordinates.")
  private double max = 1;

  /** For OLCUT. */
  private Checkerboard() {}

  /** A {@code classes}-colour board of 4 × 4 squares on [-1, 1]², 1000 samples, seed 1. */
  public static Checkerboard of(int classes) {
    Parameters.atLeast("classes", classes, 2);
    Checkerboard board = new Checkerboard();
    board.classes = classes;
    return board;
  }

  /** m × m squares. */
  public Checkerboard squares(int m) {
    Parameters.atLeast("squares", m, 1);
    return with(b -> b.squares = m);
  }

  /** The board covers [min, max]². */
  public Checkerboard range(double min, double max) {
    Checks.below("min", min, "max", max);
    return with(
        b -> {
          b.min = min;
          b.max = max;
        });
  }

  public int squares() {
    return squares;
  }

  @Override
  public int classes() {
    return classes;
  }

  @Override
  public int features() {
    return 2;
  }

  /** The class of the square that holds (x, y); points on the upper edge count to the last. */
  public int classAt(double x, double y) {
    return (cell(x) + cell(y)) % classes;
  }

  private int cell(double coordinate) {
    int i = (int) Math.floor((coordinate - min) / (max - min) * squares);
    return Math.clamp(i, 0, squares - 1);
  }

  @Override
  protected void validate() {
    super.validate();
    Parameters.atLeast("squares", squares, 1);
    Checks.below("min", min, "max", max);
    if (2L * squares - 1 < classes) {
      throw new IllegalArgumentException(
          "a board of "
              + squares
              + " × "
              + squares
              + " squares has colours for only "
              + (2 * squares - 1)
              + " classes, but classes = "
              + classes
              + "; use squares >= "
              + (classes + 2) / 2);
    }
  }

  @Override
  protected PointSampler sampler(Random rng) {
    List<List<int[]>> cells = new ArrayList<>();
    for (int k = 0; k < classes; k++) {
      cells.add(new ArrayList<>());
    }
    for (int i = 0; i < squares; i++) {
      for (int j = 0; j < squares; j++) {
        cells.get((i + j) % classes).add(new int[] {i, j});
      }
    }
    double width = (max - min) / squares;
    return (k, j, count, r) -> {
      List<int[]> own = cells.get(k);
      int[] cell = own.get(r.nextInt(own.size()));
      return new double[] {
        min + (cell[0] + r.nextDouble()) * width, min + (cell[1] + r.nextDouble()) * width
      };
    };
  }

  @Override
  public String toString() {
    return describe("checkerboard", "classes", classes, "squares", squares, "min", min, "max", max);
  }
}
