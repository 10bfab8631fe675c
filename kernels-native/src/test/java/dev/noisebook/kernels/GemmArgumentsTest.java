package dev.noisebook.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** gemm's argument checks name the dimension or buffer at fault, before any native call. */
class GemmArgumentsTest {
  private static final Kernels K = Kernels.of(KernelPath.JAVA);
  private static final Transpose N = Transpose.NO, T = Transpose.YES;

  private static String message(Executable call) {
    return assertThrows(IllegalArgumentException.class, call).getMessage();
  }

  @Test
  void innerDimensionsMustAgree() {
    float[] a = new float[35], b = new float[48], c = new float[30];
    assertEquals(
        "gemm: op(a) is 5 x 7 but op(b) is 8 x 6: the inner dimension k differs (7 vs 8)",
        message(() -> K.gemm(N, N, 1, a, Rows.of(5, 7), b, Rows.of(8, 6), 0, c, Rows.of(5, 6))));
    // Transposed, the same buffers have other shapes: op(a) = 7 x 5, op(b) = 6 x 8.
    assertEquals(
        "gemm: op(a) is 7 x 5 but op(b) is 6 x 8: the inner dimension k differs (5 vs 6)",
        message(() -> K.gemm(T, T, 1, a, Rows.of(5, 7), b, Rows.of(8, 6), 0, c, Rows.of(7, 8))));
  }

  @Test
  void outputShapeMustBeMByN() {
    float[] a = new float[35], b = new float[42], c = new float[100];
    assertEquals(
        "gemm: c has 6 rows but op(a) has m = 5 rows",
        message(() -> K.gemm(N, N, 1, a, Rows.of(5, 7), b, Rows.of(7, 6), 0, c, Rows.of(6, 6))));
    assertEquals(
        "gemm: c has 7 columns but op(b) has n = 6 columns",
        message(() -> K.gemm(N, N, 1, a, Rows.of(5, 7), b, Rows.of(7, 6), 0, c, Rows.of(5, 7))));
  }

  @Test
  void buffersMustHoldTheirLayoutsAndNotOverlap() {
    float[] a = new float[34], b = new float[42], c = new float[30];
    assertEquals(
        "gemm: a holds 34 floats but 5 x 7 rows needs 35",
        message(() -> K.gemm(N, N, 1, a, Rows.of(5, 7), b, Rows.of(7, 6), 0, c, Rows.of(5, 6))));
    float[] shared = new float[100];
    assertEquals(
        "gemm: c overlaps a; write the result to separate memory",
        message(
            () ->
                K.gemm(
                    N, N, 1, shared, Rows.of(2, 2), b, Rows.of(2, 2), 0, shared, Rows.of(2, 2))));
    MemorySegment all = MemorySegment.ofArray(shared);
    assertEquals(
        "gemm: c overlaps b; write the result to separate memory",
        message(
            () ->
                K.gemm(
                    N,
                    N,
                    1,
                    MemorySegment.ofArray(a),
                    Rows.of(2, 2),
                    all.asSlice(0, 16),
                    Rows.of(2, 2),
                    0,
                    all.asSlice(12, 16),
                    Rows.of(2, 2))));
    assertEquals(
        "gemm: c is a read-only segment",
        message(
            () ->
                K.gemm(
                    N,
                    N,
                    1,
                    MemorySegment.ofArray(a),
                    Rows.of(2, 2),
                    all,
                    Rows.of(2, 2),
                    0,
                    MemorySegment.ofArray(c).asReadOnly(),
                    Rows.of(2, 2))));
  }

  @Test
  void nullsAreNamed() {
    float[] x = new float[4];
    Rows two = Rows.of(2, 2);
    assertEquals(
        "a is null",
        assertThrows(
                NullPointerException.class,
                () -> K.gemm(N, N, 1, null, two, x, two, 0, new float[4], two))
            .getMessage());
    assertEquals(
        "transB",
        assertThrows(
                NullPointerException.class,
                () -> K.gemm(N, null, 1, x, two, x, two, 0, new float[4], two))
            .getMessage());
  }
}
