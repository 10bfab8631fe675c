package dev.noisebook.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Which paths run here. On a Linux x86-64 machine whose /proc/cpuinfo shows avx2 and fma, all three
 * paths must be available, so that the parameterised tests really cover both native ISA builds (a
 * silently failed library load would otherwise leave only the Java path tested).
 */
class AvailabilityTest {

  private static Set<String> cpuFlags() throws IOException {
    Path info = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(info)) {
      return Set.of();
    }
    try (Stream<String> lines = Files.lines(info)) {
      return lines
          .filter(l -> l.startsWith("flags"))
          .findFirst()
          .map(l -> Set.of(l.substring(l.indexOf(':') + 1).trim().split("\\s+")))
          .orElse(Set.of());
    }
  }

  @Test
  void allThreePathsRunOnAnAvx2FmaMachine() throws IOException {
    Set<String> flags = cpuFlags();
    assumeTrue(
        flags.contains("avx2") && flags.contains("fma"), "this CPU does not report avx2 and fma");
    assertEquals(
        List.of(KernelPath.AVX2, KernelPath.SCALAR, KernelPath.JAVA),
        Kernels.available(),
        () -> "native library failure: " + Kernels.nativeFailure().orElse("none"));
    assertTrue(Kernels.nativeFailure().isEmpty(), () -> Kernels.nativeFailure().get());
  }

  @Test
  void eachAvailablePathIsTheOneAskedFor() {
    for (KernelPath p : Kernels.available()) {
      assertEquals(p, Kernels.of(p).path());
      assertEquals(p, Kernels.of(p).withThreads(1).path());
      assertEquals(1, Kernels.of(p).withThreads(1).threads());
    }
    assertEquals(
        Kernels.available().stream().map(KernelPath::id).collect(Collectors.toList()),
        Kernels.available().stream().map(p -> Kernels.of(p).path().id()).toList());
  }

  @Test
  void bestIsTheFastestAvailableUnlessOverridden() {
    String requested =
        System.getProperty(Kernels.PATH_PROPERTY, System.getenv(Kernels.PATH_ENVIRONMENT));
    assumeTrue(requested == null || requested.isBlank(), "a kernel path is forced");
    assertEquals(Kernels.available().getFirst(), Kernels.best().path());
  }
}
