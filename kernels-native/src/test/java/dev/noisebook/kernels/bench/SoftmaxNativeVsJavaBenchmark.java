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
 * README benchmark rows "softmax native vs scalar Java" (question 1): {@code Kernels.softmax(x, y,
 * rows)} with the default algorithm ({@code AUTO}) on one thread, on the native AVX2 path, the
 * native scalar build and the pure-Java path ({@link Math#exp}), for one row of 1K, 64K and 16M
 * floats and a batch of 256 rows of 32K. Heap {@code float[]}, as users call it.
 *
 * <p>What each shape runs (see {@code Kernels.softmax}): 1K and 64K rows and the 256 x 32K batch go
 * to the backend in row chunks of at most 1M floats (reload on every path, since cols &lt;= {@code
 * sk_reload_max_cols}); the 16M row exceeds 1M floats, so Java splits it by columns for every path:
 * per 1M chunk an online (max, sum) partial, a merge in Java, then per chunk exp(x - max) * (1 /
 * sum) (streaming stores on the native paths). All three paths run that same structure, so the
 * ratio compares like with like.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SoftmaxNativeVsJavaBenchmark {

  /** Which implementation: native AVX2+FMA, native scalar build, or pure Java. */
  @Param({"avx2", "scalar", "java"})
  public String path;

  /** rows x cols. */
  @Param({"1x1024", "1x65536", "256x32768", "1x16777216"})
  public String shape;

  private Kernels kernels;
  private Rows rows;
  private float[] x;
  private float[] y;

  @Setup
  public void setup() {
    kernels = BenchInputs.kernels(KernelPath.fromId(path), 1);
    String[] rc = shape.split("x");
    rows = Rows.of(Integer.parseInt(rc[0]), Integer.parseInt(rc[1]));
    x = BenchInputs.logits(rows.elements(), BenchInputs.SEED);
    y = new float[x.length];
  }

  @Benchmark
  public float[] softmax() {
    kernels.softmax(x, y, rows);
    return y;
  }
}
