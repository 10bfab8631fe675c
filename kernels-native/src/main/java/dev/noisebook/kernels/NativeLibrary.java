package dev.noisebook.kernels;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

/**
 * Finds {@code libnoisebook_kernels.so}, inside the jar or at {@code -Dnoisebook.kernels.library},
 * and loads it once with FFM. Loading never throws: a failure is kept as a reason that {@link
 * Kernels} reports once when it falls back to Java.
 */
final class NativeLibrary {
  static final int ABI_VERSION = 3;
  static final String LIBRARY_PROPERTY = "noisebook.kernels.library";
  private static final String FILE = "libnoisebook_kernels.so";

  /** The loaded library, or why there is none. */
  record Loaded(SymbolLookup lookup, boolean avx2, long reloadMaxCols, String failure) {
    boolean ok() {
      return lookup != null;
    }
  }

  private static final class Holder {
    static final Loaded LOADED = load();
  }

  private NativeLibrary() {}

  static Loaded get() {
    return Holder.LOADED;
  }

  private static Loaded load() {
    try {
      Located located = locate();
      Path path = located.file();
      SymbolLookup lookup = SymbolLookup.libraryLookup(path, Arena.global());
      if (located.temporary()) { // the mapping outlives the file on Linux; leave nothing behind
        Files.deleteIfExists(path);
        Files.deleteIfExists(path.getParent());
      }
      int abi = (int) call(lookup, "sk_abi_version", ValueLayout.JAVA_INT);
      if (abi != ABI_VERSION) {
        return failed(path + " has ABI version " + abi + ", this jar expects " + ABI_VERSION);
      }
      boolean avx2 = (int) call(lookup, "sk_cpu_has_avx2_fma", ValueLayout.JAVA_INT) == 1;
      long reloadMax = (long) call(lookup, "sk_reload_max_cols", ValueLayout.JAVA_LONG);
      return new Loaded(lookup, avx2, reloadMax, null);
    } catch (Throwable e) { // IllegalCallerException (native access denied), link and I/O errors
      return failed(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static Loaded failed(String why) {
    return new Loaded(null, false, 0, why);
  }

  private static Object call(SymbolLookup lookup, String name, ValueLayout result)
      throws Throwable {
    var symbol = lookup.findOrThrow(name);
    return Linker.nativeLinker().downcallHandle(symbol, FunctionDescriptor.of(result)).invoke();
  }

  private record Located(Path file, boolean temporary) {}

  private static Located locate() throws IOException {
    String configured = System.getProperty(LIBRARY_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return new Located(Path.of(configured), false);
    }
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch");
    if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
      throw new IOException("no native build for " + os + "/" + arch + " (only linux/x86_64)");
    }
    String resource = "/META-INF/native/linux-x86_64/" + FILE;
    try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " is not on the class path");
      }
      // A private directory: another user cannot swap the library between copy and load.
      Path dir =
          Files.createTempDirectory(
              "noisebook-kernels-",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      Path file = dir.resolve(FILE);
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return new Located(file, true);
    }
  }
}
