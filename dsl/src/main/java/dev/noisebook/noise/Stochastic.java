package dev.noisebook.noise;

import dev.noisebook.check.Parameters;

/**
 * Validation of stochastic matrices and probability vectors, with messages that name the line (row
 * or column) and the entry as the caller wrote them.
 */
final class Stochastic {
  /** How far a row sum, column sum or prior sum may be from 1. */
  static final double TOLERANCE = 1e-9;

  private Stochastic() {}

  /** A copy of a row-stochastic K x K matrix T[i][j] = P(observed j | true i), K >= 2. */
  static double[][] rows(double[][] rows) {
    return checked(rows, "row", "the transition matrix", "P(observed j | true i)");
  }

  /**
   * The transpose of cleanlab's column-stochastic noise_matrix[s][y] = P(observed s | true y),
   * checked column by column as cleanlab writes it.
   */
  static double[][] columnsTransposed(double[][] noiseMatrix) {
    Parameters.notNull("cleanlab's noise matrix", noiseMatrix);
    return checked(
        transposeIfSquare(noiseMatrix),
        "column",
        "cleanlab's noise matrix",
        "noise_matrix[s][y] = P(observed s | true y)");
  }

  /** A copy of a probability vector of length k: entries in [0, 1] summing to 1. */
  static double[] distribution(String what, double[] p, int k) {
    Parameters.notNull(what, p);
    if (p.length != k) {
      throw new IllegalArgumentException(
          "the " + what + " has " + p.length + " entries but the matrix is " + k + " x " + k);
    }
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      Parameters.unitInterval(what + " entry " + i, p[i]);
      sum += p[i];
    }
    if (Math.abs(sum - 1) > TOLERANCE) {
      throw new IllegalArgumentException("the " + what + " sums to " + Text.sum(sum) + ", not 1");
    }
    return p.clone();
  }

  private static double[][] transposeIfSquare(double[][] m) {
    for (double[] row : m) {
      if (row == null || row.length != m.length) {
        return m; // let checked() report the shape
      }
    }
    return m.length == 0 ? m : Matrices.transpose(m);
  }

  /**
   * Validates a stochastic matrix whose {@code line}s (rows of T; columns of cleanlab's matrix,
   * here already transposed to rows) must sum to 1; messages name the line as the user wrote it.
   */
  private static double[][] checked(double[][] m, String line, String what, String meaning) {
    Parameters.notNull(what, m);
    if (m.length == 0) {
      throw new IllegalArgumentException(what + " is empty");
    }
    boolean rows = line.equals("row");
    for (int i = 0; i < m.length; i++) {
      if (m[i] == null || m[i].length != m.length) {
        throw new IllegalArgumentException(
            what
                + " must be square (K x K): it has "
                + m.length
                + " rows but row "
                + i
                + " has "
                + (m[i] == null ? 0 : m[i].length)
                + " entries");
      }
    }
    if (m.length < 2) {
      throw new IllegalArgumentException(what + " needs at least 2 classes, got 1");
    }
    for (int i = 0; i < m.length; i++) {
      double sum = 0;
      for (int j = 0; j < m.length; j++) {
        double v = m[i][j];
        String entry = rows ? "[" + i + "][" + j + "]" : "[" + j + "][" + i + "]";
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException(
              "entry " + entry + " of " + what + " must be a finite number, got " + v);
        }
        if (v < 0 || v > 1) {
          throw new IllegalArgumentException(
              "entry "
                  + entry
                  + " of "
                  + what
                  + " is "
                  + Text.num(v)
                  + "; probabilities must lie in [0, 1]");
        }
        sum += v;
      }
      if (Math.abs(sum - 1) > TOLERANCE) {
        throw new IllegalArgumentException(
            line
                + " "
                + i
                + " of "
                + what
                + " sums to "
                + Text.sum(sum)
                + ", not 1 ("
                + meaning
                + ": each "
                + line
                + " must sum to 1)");
      }
    }
    return Matrices.copy(m);
  }
}
