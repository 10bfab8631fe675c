package dev.noisebook.kernels.bench;

import dev.noisebook.kernels.KernelPath;
import dev.noisebook.kernels.Kernels;
import dev.noisebook.kernels.Rows;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * README benchmark rows "batch on 2 threads vs 1" (question 4): softmax (AUTO, reload at 32K
 * columns) of a 256 x 32K batch on the native AVX2 path with {@code withThreads(1)} and {@code
 * withThreads(2)}. With 2 threads Kernels hands its row chunks (32 rows, one downcall each) to its
 * fork-join pool; with 1 the calling thread runs them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SoftmaxThreadsBenchmark {

  @Param({"1", "2"})
  public int threads;

  private Kernels kernels;
  private final Rows rows = Rows.of(256, 32768);
  private float[] x;
  private float[] y;

  @Setup
  public void setup() {
    kernels = BenchInputs.kernels(KernelPath.AVX2, threads);
    x = BenchInputs.logits(rows.elements(), BenchInputs.SEED);
    y = new float[x.length];
  }

  @Benchmark
  public float[] batch() {
    kernels.softmax(x, y, rows);
    return y;
  }
}
