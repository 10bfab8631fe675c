package dev.noisebook.kernels.bench;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.noisebook.kernels.Kernels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Direct FFM handles on the shipped native library, bypassing {@link Kernels}: used only to split a
 * measured time into "FFM transition" and "Kernels wrapper" parts, and to reach store flags the
 * public API does not expose. The handles are critical downcalls like the library's own, so heap
 * arrays pass by address.
 */
final class RawNative {
  private RawNative() {}

  /** Flags of {@code sk_softmax_f32}, as in sk.h. */
  static final int SK_ALGO_RELOAD = 1;

  static final int SK_ALGO_ONLINE = 2;
  static final int SK_STORE_NORMAL = 0x10;
  static final int SK_STORE_NT = 0x20;

  private static final Linker LINKER = Linker.nativeLinker();
  private static final SymbolLookup LOOKUP = load();

  /** {@code int32_t sk_abi_version(void)}: the cheapest exported function, a pure transition. */
  static final MethodHandle ABI_VERSION = bind("sk_abi_version");

  /** {@code int32_t sk_exp_f32_avx2(const float*, float*, int64_t)}. */
  static final MethodHandle EXP_AVX2 = bind("sk_exp_f32_avx2", ADDRESS, ADDRESS, JAVA_LONG);

  /** {@code int32_t sk_softmax_f32_avx2(x, ldx, y, ldy, rows, cols, inv_t, flags)}. */
  static final MethodHandle SOFTMAX_AVX2 =
      bind(
          "sk_softmax_f32_avx2",
          ADDRESS,
          JAVA_LONG,
          ADDRESS,
          JAVA_LONG,
          JAVA_LONG,
          JAVA_LONG,
          JAVA_FLOAT,
          JAVA_INT);

  private static MethodHandle bind(String name, MemoryLayout... args) {
    return LINKER.downcallHandle(
        LOOKUP.findOrThrow(name),
        FunctionDescriptor.of(JAVA_INT, args),
        Linker.Option.critical(true));
  }

  /** The library Kernels loads: -Dnoisebook.kernels.library, else the class-path resource. */
  private static SymbolLookup load() {
    String configured = System.getProperty("noisebook.kernels.library");
    if (configured != null && !configured.isBlank()) {
      return SymbolLookup.libraryLookup(Path.of(configured), Arena.global());
    }
    String resource = "/META-INF/native/linux-x86_64/libnoisebook_kernels.so";
    URL url = Kernels.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException(resource + " is not on the class path");
    }
    try {
      Path file;
      if ("file".equals(url.getProtocol())) {
        file = Path.of(url.toURI());
      } else { // inside a jar: copy it out, as the library's loader does
        file = Files.createTempFile("noisebook-bench-", ".so");
        file.toFile().deleteOnExit();
        try (InputStream in = url.openStream()) {
          Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return SymbolLookup.libraryLookup(file, Arena.global());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
