package dev.noisebook.bench;

import dev.noisebook.Loss;
import dev.noisebook.kernels.Kernels;
import dev.noisebook.loss.coupled.ContrastiveLoss;
import java.util.SplittableRandom;
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
 * InfoNCE (τ = 0.1, cosine, one direction) forward and backward on a batch of 256 pairs of
 * 128-dimensional embeddings: the pure-Java double path against the float32 kernel path ({@code
 * onKernels()}: similarities and backward products through {@code Kernels.gemm}, the row softmax
 * cross-entropy fused), on {@code Kernels.best()} with all cores ({@code native}) and on one thread
 * ({@code native1}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class InfoNceBenchmark {

  @Param({"java", "native", "native1"})
  public String path;

  private ContrastiveLoss loss;
  private double[][] a;
  private double[][] b;

  @Setup
  public void setup() {
    ContrastiveLoss java = Loss.contrastive().infoNce(0.1);
    loss =
        switch (path) {
          case "native" -> java.onKernels();
          case "native1" -> java.onKernels(Kernels.best().withThreads(1));
          default -> java;
        };
    SplittableRandom rng = new SplittableRandom(1);
    a = new double[256][128];
    b = new double[256][128];
    for (int i = 0; i < 256; i++) {
      for (int c = 0; c < 128; c++) {
        a[i][c] = rng.nextGaussian();
        b[i][c] = a[i][c] + 0.5 * rng.nextGaussian();
      }
    }
  }

  @Benchmark
  public ContrastiveLoss.Gradient forwardAndBackward() {
    return loss.gradient(a, b);
  }
}
