package dev.noisebook.kernels.bench;

import dev.noisebook.kernels.KernelPath;
import dev.noisebook.kernels.Kernels;
import dev.noisebook.kernels.Rows;
import dev.noisebook.kernels.SoftmaxAlgorithm;
import java.lang.foreign.MemorySegment;
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
 * README benchmark rows "softmax algorithms" and the RELOAD / ONLINE crossover (question 2): one
 * row of {@code cols} floats, native AVX2 path, one thread, heap {@code float[]} x and y (separate
 * arrays), temperature 1.
 *
 * <ul>
 *   <li>{@code reload}, {@code online}, {@code twoPass}: {@code Kernels.softmax} with that explicit
 *       algorithm. An explicit algorithm is never split by columns in Java: the whole row is one
 *       critical downcall at every size, 16M included. In C, ONLINE and TWO_PASS use streaming
 *       (non-temporal) stores when cols &gt; {@code sk_reload_max_cols()} (32M, past every size
 *       here), normal stores below.
 *   <li>{@code onlineStreaming}: the same native function called directly (bypassing Kernels, not
 *       public API) with {@code SK_ALGO_ONLINE | SK_STORE_NT}: online with streaming stores at
 *       every size, so the crossover does not depend on today's threshold.
 *   <li>{@code auto}: the default, what a user gets. Up to 1M floats one downcall with SK_ALGO_AUTO
 *       (reload, since this machine shows no crossover); beyond 1M floats Java splits the row into
 *       256K-column chunk-local reloads, merged and rescaled per chunk.
 *   <li>{@code copy}: {@code System.arraycopy(x, 0, y, 0, cols)}, the memory roofline for the same
 *       bytes read and written.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class SoftmaxAlgorithmsBenchmark {

  @Param({"1024", "65536", "262144", "524288", "1048576", "2097152", "4194304", "16777216"})
  public int cols;

  private Kernels kernels;
  private Rows rows;
  private float[] x;
  private float[] y;
  private MemorySegment xs;
  private MemorySegment ys;

  @Setup
  public void setup() throws Throwable {
    kernels = BenchInputs.kernels(KernelPath.AVX2, 1);
    rows = Rows.row(cols);
    x = BenchInputs.logits(cols, BenchInputs.SEED);
    y = new float[cols];
    xs = MemorySegment.ofArray(x);
    ys = MemorySegment.ofArray(y);
    onlineStreaming(); // fails here, not in the measurement, if the raw call is refused
  }

  private float[] run(SoftmaxAlgorithm algorithm) {
    kernels.softmax(x, y, rows, 1f, algorithm);
    return y;
  }

  @Benchmark
  public float[] reload() {
    return run(SoftmaxAlgorithm.RELOAD);
  }

  @Benchmark
  public float[] online() {
    return run(SoftmaxAlgorithm.ONLINE);
  }

  @Benchmark
  public float[] twoPass() {
    return run(SoftmaxAlgorithm.TWO_PASS);
  }

  @Benchmark
  public float[] auto() {
    return run(SoftmaxAlgorithm.AUTO);
  }

  @Benchmark
  public float[] onlineStreaming() throws Throwable {
    int status =
        (int)
            RawNative.SOFTMAX_AVX2.invokeExact(
                xs,
                (long) cols,
                ys,
                (long) cols,
                1L,
                (long) cols,
                1f,
                RawNative.SK_ALGO_ONLINE | RawNative.SK_STORE_NT);
    if (status != 0) {
      throw new IllegalStateException("sk_softmax_f32_avx2 returned " + status);
    }
    return y;
  }

  @Benchmark
  public float[] copy() {
    System.arraycopy(x, 0, y, 0, cols);
    return y;
  }
}
