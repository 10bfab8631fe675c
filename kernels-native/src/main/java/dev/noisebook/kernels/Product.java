package dev.noisebook.kernels;

/**
 * One checked matrix product {@code C = alpha * op(A) * op(B) + beta * C}: op(A) is m x k, op(B) k
 * x n, C m x n, every matrix row-major with its stride ({@code ld*}, in elements). {@link Kernels}
 * builds it from three {@link Rows} layouts, checks it, and cuts it by rows of C into calls.
 */
record Product(
    Transpose transA,
    Transpose transB,
    int m,
    int n,
    int k,
    float alpha,
    int lda,
    int ldb,
    float beta,
    int ldc) {

  /** The product's shape from the stored layouts, or an exception naming the dimension at fault. */
  static Product of(
      Transpose transA, Transpose transB, float alpha, Rows a, Rows b, float beta, Rows c) {
    int m = transA.rowsOf(a), k = transA.colsOf(a);
    int kb = transB.rowsOf(b), n = transB.colsOf(b);
    if (k != kb) {
      throw new IllegalArgumentException(
          String.format(
              "gemm: op(a) is %d x %d but op(b) is %d x %d: the inner dimension k differs (%d vs"
                  + " %d)",
              m, k, kb, n, k, kb));
    }
    if (c.rows() != m) {
      throw new IllegalArgumentException(
          "gemm: c has " + c.rows() + " rows but op(a) has m = " + m + " rows");
    }
    if (c.cols() != n) {
      throw new IllegalArgumentException(
          "gemm: c has " + c.cols() + " columns but op(b) has n = " + n + " columns");
    }
    return new Product(transA, transB, m, n, k, alpha, a.stride(), b.stride(), beta, c.stride());
  }

  /** Multiply-adds, the unit of work when splitting. */
  long work() {
    return (long) m * n * k;
  }

  /** The same product over {@code count} rows of C starting at a chunk's own first row. */
  Product withRows(int count) {
    return new Product(transA, transB, count, n, k, alpha, lda, ldb, beta, ldc);
  }

  /** Element offset in A of row {@code i} of op(A): a row of A, or a column when transposed. */
  long aOffset(int i) {
    return transA == Transpose.NO ? (long) i * lda : i;
  }

  /** Element offset in C of row {@code i}. */
  long cOffset(int i) {
    return (long) i * ldc;
  }

  /** Element (i, p) of op(A) lies at {@code i * aRowStep() + p * aColStep()}. */
  long aRowStep() {
    return transA == Transpose.NO ? lda : 1;
  }

  long aColStep() {
    return transA == Transpose.NO ? 1 : lda;
  }

  /** Element (p, j) of op(B) lies at {@code p * bRowStep() + j * bColStep()}. */
  long bRowStep() {
    return transB == Transpose.NO ? ldb : 1;
  }

  long bColStep() {
    return transB == Transpose.NO ? 1 : ldb;
  }
}
