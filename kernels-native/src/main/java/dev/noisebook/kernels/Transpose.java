package dev.noisebook.kernels;

/** Whether a matrix operand of {@link Kernels#gemm} is used as stored or transposed. */
public enum Transpose {
  /** op(X) = X. */
  NO,
  /** op(X) = Xᵀ: the stored rows are the columns of the operand. */
  YES;

  /** Rows of op(X) for a matrix stored with {@code layout}. */
  int rowsOf(Rows layout) {
    return this == NO ? layout.rows() : layout.cols();
  }

  /** Columns of op(X) for a matrix stored with {@code layout}. */
  int colsOf(Rows layout) {
    return this == NO ? layout.cols() : layout.rows();
  }
}
