package dev.noisebook.kernels.bench;

import dev.noisebook.kernels.KernelPath;
import dev.noisebook.kernels.Kernels;
import dev.noisebook.kernels.Rows;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * README benchmark rows "FFM call overhead" (question 5): the smallest calls, in ns per call.
 *
 * <ul>
 *   <li>{@code emptyJavaMethod}: a Java method that is never inlined, taking the same arrays; the
 *       floor of any call from a benchmark.
 *   <li>{@code rawNoop}: a critical downcall of {@code sk_abi_version()} through a handle of our
 *       own: the bare FFM transition.
 *   <li>{@code rawExp1}, {@code rawSoftmax1x8}: the same native functions Kernels calls, directly
 *       through critical handles on heap segments (no argument checks, no slicing, no chunking).
 *   <li>{@code exp1Avx2} / {@code exp1Java}: {@code Kernels.exp} of one float on the AVX2 and the
 *       Java path; {@code softmax1x8Avx2} / {@code softmax1x8Java}: {@code Kernels.softmax} of one
 *       row of 8 floats. Both on one thread.
 * </ul>
 *
 * <p>FFM transition = rawNoop - emptyJavaMethod; Kernels wrapper cost = exp1Avx2 - rawExp1.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FfmOverheadBenchmark {

  private Kernels avx2;
  private Kernels java;
  private final Rows row8 = Rows.row(8);
  private float[] x1;
  private float[] y1;
  private float[] x8;
  private float[] y8;

  @Setup
  public void setup() {
    avx2 = BenchInputs.kernels(KernelPath.AVX2, 1);
    java = BenchInputs.kernels(KernelPath.JAVA, 1);
    x1 = BenchInputs.logits(1, BenchInputs.SEED);
    y1 = new float[1];
    x8 = BenchInputs.logits(8, BenchInputs.SEED);
    y8 = new float[8];
  }

  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  private static int emptyMethod(float[] x, float[] y, long n) {
    return 0;
  }

  @Benchmark
  public int emptyJavaMethod() {
    return emptyMethod(x1, y1, 1);
  }

  @Benchmark
  public int rawNoop() throws Throwable {
    return (int) RawNative.ABI_VERSION.invokeExact();
  }

  @Benchmark
  public int rawExp1() throws Throwable {
    return (int)
        RawNative.EXP_AVX2.invokeExact(MemorySegment.ofArray(x1), MemorySegment.ofArray(y1), 1L);
  }

  @Benchmark
  public int rawSoftmax1x8() throws Throwable {
    return (int)
        RawNative.SOFTMAX_AVX2.invokeExact(
            MemorySegment.ofArray(x8), 8L, MemorySegment.ofArray(y8), 8L, 1L, 8L, 1f, 0);
  }

  @Benchmark
  public float[] exp1Avx2() {
    avx2.exp(x1, y1);
    return y1;
  }

  @Benchmark
  public float[] exp1Java() {
    java.exp(x1, y1);
    return y1;
  }

  @Benchmark
  public float[] softmax1x8Avx2() {
    avx2.softmax(x8, y8, row8);
    return y8;
  }

  @Benchmark
  public float[] softmax1x8Java() {
    java.softmax(x8, y8, row8);
    return y8;
  }
}
