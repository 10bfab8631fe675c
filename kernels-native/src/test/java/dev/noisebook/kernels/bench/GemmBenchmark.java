package dev.noisebook.kernels.bench;

import dev.noisebook.kernels.KernelPath;
import dev.noisebook.kernels.Kernels;
import dev.noisebook.kernels.Rows;
import dev.noisebook.kernels.Transpose;
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
 * README benchmark row "gemm": the similarity matrix of InfoNCE at batch 256, dimension 128, {@code
 * S = U Vᵀ} (m = n = 256, k = 128, 8.4M multiply-adds), through {@code Kernels.gemm} on the native
 * AVX2 path, the native scalar build and the pure-Java fallback (a float64 dot per element), on
 * {@code threads} threads. Heap {@code float[]}, as the DSL calls it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GemmBenchmark {

  @Param({"avx2", "scalar", "java"})
  public String path;

  @Param({"1"})
  public int threads;

  private static final int M = 256, N = 256, K = 128;

  private Kernels kernels;
  private float[] u;
  private float[] v;
  private float[] s;

  @Setup
  public void setup() {
    kernels = BenchInputs.kernels(KernelPath.fromId(path), threads);
    u = BenchInputs.logits((long) M * K, BenchInputs.SEED);
    v = BenchInputs.logits((long) N * K, BenchInputs.SEED + 1);
    s = new float[M * N];
  }

  @Benchmark
  public float[] similarities() {
    kernels.gemm(
        Transpose.NO, Transpose.YES, 1f, u, Rows.of(M, K), v, Rows.of(N, K), 0f, s, Rows.of(M, N));
    return s;
  }
}
