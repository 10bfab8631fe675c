package dev.noisebook.kernels;

/**
 * Which implementation runs the kernels: the native library's AVX2+FMA or scalar build, or Java.
 */
public enum KernelPath {
  /** The native library compiled with AVX2 and FMA, 8 float lanes. */
  AVX2("avx2"),
  /** The native library's portable build of the same algorithms, one lane. */
  SCALAR("scalar"),
  /** Pure Java ({@link Math#exp} in double), used when the native library cannot load. */
  JAVA("java");

  private final String id;

  KernelPath(String id) {
    this.id = id;
  }

  /** The lower-case name used by {@code -Dnoisebook.kernels=} and in provenance records. */
  public String id() {
    return id;
  }

  /** The path named {@code id} (case-insensitive), as accepted by {@code -Dnoisebook.kernels=}. */
  public static KernelPath fromId(String id) {
    for (KernelPath p : values()) {
      if (p.id.equalsIgnoreCase(id.strip())) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown kernel path '" + id + "': expected one of avx2, scalar, java");
  }

  @Override
  public String toString() {
    return id;
  }
}
