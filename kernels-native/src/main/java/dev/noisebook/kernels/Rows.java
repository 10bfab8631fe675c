package dev.noisebook.kernels;

/**
 * The layout of a batch of float rows in a flat buffer: {@code rows} rows of {@code cols} floats,
 * row {@code r} starting at element {@code r * stride}. Outputs of the same shape use the same
 * layout, so a kernel may write in place.
 */
public record Rows(int rows, int cols, int stride) {

  public Rows {
    if (rows < 0) {
      throw new IllegalArgumentException("rows must be >= 0, got " + rows);
    }
    if (cols < 1) {
      throw new IllegalArgumentException("cols must be >= 1, got " + cols);
    }
    if (stride < cols) {
      throw new IllegalArgumentException("stride must be >= cols (" + cols + "), got " + stride);
    }
  }

  /** {@code rows} contiguous rows of {@code cols} floats. */
  public static Rows of(int rows, int cols) {
    return new Rows(rows, cols, cols);
  }

  /** A single row of {@code cols} floats. */
  public static Rows row(int cols) {
    return of(1, cols);
  }

  /** The same rows, {@code stride} floats apart. */
  public Rows withStride(int stride) {
    return new Rows(rows, cols, stride);
  }

  /** Elements a buffer must hold: from the first element of row 0 to the last of the last row. */
  public long span() {
    return rows == 0 ? 0 : (long) (rows - 1) * stride + cols;
  }

  /** The number of values the rows hold, {@code rows * cols}. */
  public long elements() {
    return (long) rows * cols;
  }

  /** The first {@code count} rows of this layout (a chunk starts at its own first row). */
  Rows withRows(int count) {
    return new Rows(count, cols, stride);
  }

  @Override
  public String toString() {
    return rows + " x " + cols + (stride == cols ? "" : " (stride " + stride + ")");
  }
}
