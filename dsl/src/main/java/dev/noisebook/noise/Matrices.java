package dev.noisebook.noise;

/** The little dense linear algebra the transition matrices need. */
final class Matrices {
  /** Above this 1-norm condition number a transition matrix counts as singular. */
  static final double MAX_CONDITION = 1e12;

  private Matrices() {}

  static double[][] copy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }

  static double[][] transpose(double[][] m) {
    double[][] t = new double[m[0].length][m.length];
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m[i].length; j++) {
        t[j][i] = m[i][j];
      }
    }
    return t;
  }

  /** The inverse by Gauss–Jordan elimination with partial pivoting, or null if a pivot is 0. */
  static double[][] inverse(double[][] m) {
    int n = m.length;
    double[][] a = copy(m);
    double[][] inv = new double[n][n];
    for (int i = 0; i < n; i++) {
      inv[i][i] = 1;
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      if (a[pivot][col] == 0) {
        return null;
      }
      swap(a, col, pivot);
      swap(inv, col, pivot);
      double scale = a[col][col];
      for (int j = 0; j < n; j++) {
        a[col][j] /= scale;
        inv[col][j] /= scale;
      }
      for (int r = 0; r < n; r++) {
        double factor = a[r][col];
        if (r != col && factor != 0) {
          for (int j = 0; j < n; j++) {
            a[r][j] -= factor * a[col][j];
            inv[r][j] -= factor * inv[col][j];
          }
        }
      }
    }
    return inv;
  }

  /** The 1-norm: the largest column sum of absolute values. */
  static double norm1(double[][] m) {
    double max = 0;
    for (int j = 0; j < m[0].length; j++) {
      double sum = 0;
      for (double[] row : m) {
        sum += Math.abs(row[j]);
      }
      max = Math.max(max, sum);
    }
    return max;
  }

  /** κ₁ = ‖M‖₁·‖M⁻¹‖₁, as numpy's {@code linalg.cond(M, 1)}; infinite for a singular M. */
  static double condition1(double[][] m) {
    double[][] inv = inverse(m);
    return inv == null ? Double.POSITIVE_INFINITY : norm1(m) * norm1(inv);
  }

  private static void swap(double[][] m, int i, int j) {
    double[] row = m[i];
    m[i] = m[j];
    m[j] = row;
  }
}
