package dev.noisebook.kernels;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.function.IntConsumer;

/**
 * Runs independent parts of one kernel call on a pool of platform threads, one per core. The native
 * code stays single-threaded; splitting happens here, across rows or across chunks of one long row.
 */
final class Parallel {
  private Parallel() {}

  static final int CORES = Runtime.getRuntime().availableProcessors();

  private static final class Pool {
    static final ForkJoinPool INSTANCE = new ForkJoinPool(CORES);
  }

  /**
   * Calls {@code part} for 0 .. parts-1, on up to {@code threads} threads; returns when all end.
   */
  static void run(int parts, int threads, IntConsumer part) {
    if (parts == 1 || threads == 1) {
      for (int i = 0; i < parts; i++) {
        part.accept(i);
      }
      return;
    }
    Pool.INSTANCE.invoke(new Range(0, parts, part));
  }

  private static final class Range extends RecursiveAction {
    private final int from;
    private final int to;
    private final transient IntConsumer part;

    Range(int from, int to, IntConsumer part) {
      this.from = from;
      this.to = to;
      this.part = part;
    }

    @Override
    protected void compute() {
      if (to - from == 1) {
        part.accept(from);
        return;
      }
      int mid = (from + to) >>> 1;
      invokeAll(new Range(from, mid, part), new Range(mid, to, part));
    }
  }
}
