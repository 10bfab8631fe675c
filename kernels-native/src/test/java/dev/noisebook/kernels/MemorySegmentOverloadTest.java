package dev.noisebook.kernels;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The MemorySegment overloads on native memory (Arena.ofConfined, both 64-byte aligned and offset
 * by 4 bytes) give bit-for-bit the results of the float[] overloads, for every kernel and path,
 * with strided rows, in batches split over threads and for one long row split by columns. Confined
 * arenas run with one thread and with two (the batch and the long row are then worked on by pool
 * threads, which must still be able to use segments the caller owns), shared arenas with two.
 */
class MemorySegmentOverloadTest {

  static MemorySegment copy(Arena arena, float[] a, long offsetBytes) {
    MemorySegment s = arena.allocate(a.length * 4L + offsetBytes, 64).asSlice(offsetBytes);
    MemorySegment.copy(a, 0, s, JAVA_FLOAT, 0, a.length);
    return s;
  }

  static MemorySegment ints(Arena arena, int[] a) {
    MemorySegment s = arena.allocate(JAVA_INT, a.length);
    MemorySegment.copy(a, 0, s, JAVA_INT, 0, a.length);
    return s;
  }

  static MemorySegment newFloats(Arena arena, int n, long offsetBytes) {
    return arena.allocate(n * 4L + offsetBytes, 64).asSlice(offsetBytes);
  }

  static float[] floats(MemorySegment s, int n) {
    return s.asSlice(0, n * 4L).toArray(JAVA_FLOAT);
  }

  static Stream<Arguments> cases() {
    return KernelPaths.all()
        .flatMap(
            p ->
                Stream.of(
                    Arguments.of(p, "confined", 1),
                    Arguments.of(p, "confined", 2),
                    Arguments.of(p, "shared", 2)));
  }

  @ParameterizedTest(name = "{0} {1} arena, threads={2}")
  @MethodSource("cases")
  void everyKernelAgreesWithTheArrayOverload(KernelPath path, String arenaKind, int threads) {
    Kernels k = Kernels.of(path).withThreads(threads);
    Supplier<Arena> arenas = arenaKind.equals("shared") ? Arena::ofShared : Arena::ofConfined;
    SplittableRandom rnd = new SplittableRandom(130);
    for (Rows rows :
        new Rows[] {Rows.of(5, 13).withStride(17), Rows.of(300, 333), Rows.row(Kernels.LONG_ROW)}) {
      int n = (int) rows.span();
      float[] x = Reference.gaussian(rnd, n, 0, 3);
      int[] labels = new int[rows.rows()];
      double[] u = new double[rows.rows()];
      for (int r = 0; r < rows.rows(); r++) {
        labels[r] = rnd.nextInt(rows.cols());
        u[r] = rnd.nextDouble();
      }
      CrossEntropy spec = CrossEntropy.DEFAULT.withLabelSmoothing(0.1f).withTemperature(0.8f);
      int kk = Math.min(rows.cols(), 5);

      float[] softmax = new float[n];
      k.softmax(x, softmax, rows, 0.9f, SoftmaxAlgorithm.AUTO);
      float[] logSoftmax = new float[n];
      k.logSoftmax(x, logSoftmax, rows, 0.9f);
      float[] lse = new float[rows.rows()];
      k.logSumExp(x, rows, lse, 0.9f);
      float[] dx = new float[n];
      k.softmaxBackward(softmax, x, dx, rows);
      float[] loss = new float[rows.rows()];
      float[] grad = new float[n];
      k.crossEntropy(x, rows, labels, loss, grad, spec);
      int[] idx = new int[rows.rows() * kk];
      float[] prob = new float[rows.rows() * kk];
      k.softmaxTopK(x, rows, kk, idx, prob, 0.9f);
      int[] drawn = new int[rows.rows()];
      k.sample(x, rows, 0.9f, u, drawn);
      float[] e = new float[n];
      k.exp(x, e);

      for (long offset : new long[] {0, 4}) {
        String what = k + " " + arenaKind + " arena " + rows + " offset " + offset;
        try (Arena arena = arenas.get()) {
          MemorySegment xs = copy(arena, x, offset);
          MemorySegment y = newFloats(arena, n, offset);
          k.softmax(xs, y, rows, 0.9f, SoftmaxAlgorithm.AUTO);
          assertArrayEquals(softmax, floats(y, n), what + " softmax");
          k.logSoftmax(xs, y, rows, 0.9f);
          assertArrayEquals(logSoftmax, floats(y, n), what + " logSoftmax");
          MemorySegment out = newFloats(arena, rows.rows(), offset);
          k.logSumExp(xs, rows, out, 0.9f);
          assertArrayEquals(lse, floats(out, rows.rows()), what + " logSumExp");
          k.softmaxBackward(copy(arena, softmax, offset), xs, y, rows);
          assertArrayEquals(dx, floats(y, n), what + " softmaxBackward");
          MemorySegment g = newFloats(arena, n, offset);
          k.crossEntropy(xs, rows, ints(arena, labels), out, g, spec);
          assertArrayEquals(loss, floats(out, rows.rows()), what + " crossEntropy loss");
          assertArrayEquals(grad, floats(g, n), what + " crossEntropy grad");
          MemorySegment is = arena.allocate(JAVA_INT, idx.length);
          MemorySegment ps = newFloats(arena, prob.length, offset);
          k.softmaxTopK(xs, rows, kk, is, ps, 0.9f);
          assertArrayEquals(idx, is.toArray(JAVA_INT), what + " top-k idx");
          assertArrayEquals(prob, floats(ps, prob.length), what + " top-k prob");
          MemorySegment us = arena.allocate(JAVA_DOUBLE, u.length);
          MemorySegment.copy(u, 0, us, JAVA_DOUBLE, 0, u.length);
          MemorySegment os = arena.allocate(JAVA_INT, drawn.length);
          k.sample(xs, rows, 0.9f, us, os);
          assertArrayEquals(drawn, os.toArray(JAVA_INT), what + " sample");
          k.exp(xs, y, n);
          assertArrayEquals(e, floats(y, n), what + " exp");
        }
      }
    }
  }
}
