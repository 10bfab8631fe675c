package dev.noisebook.kernels;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Sources for parameterised tests over the kernel paths this machine runs ({@code
 * Kernels.available()}); {@link AvailabilityTest} makes sure that on an AVX2+FMA machine this is
 * all three, so every test here covers both native ISA builds and the Java fallback.
 */
final class KernelPaths {
  private KernelPaths() {}

  /** Every available path: avx2, scalar, java. */
  static Stream<KernelPath> all() {
    return Kernels.available().stream();
  }

  /** The available native paths: avx2, scalar. */
  static Stream<KernelPath> nativePaths() {
    return all().filter(p -> p != KernelPath.JAVA);
  }

  /** Every available path with every softmax algorithm. */
  static Stream<Arguments> allWithAlgorithms() {
    return all().flatMap(p -> Stream.of(SoftmaxAlgorithm.values()).map(a -> Arguments.of(p, a)));
  }

  /** Available native paths, for tests comparing them with the Java path. */
  static List<KernelPath> nativeList() {
    return nativePaths().toList();
  }
}
