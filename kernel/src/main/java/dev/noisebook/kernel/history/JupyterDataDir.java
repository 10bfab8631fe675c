package dev.noisebook.kernel.history;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Jupyter keeps per-user data, by jupyter_core's rule, so Noisebook's files sit next to the
 * other kernels' and follow the same overrides: {@code $JUPYTER_DATA_DIR}; else on macOS {@code
 * ~/Library/Jupyter}, on Windows {@code %APPDATA%\jupyter}; else {@code $XDG_DATA_HOME/jupyter};
 * else {@code ~/.local/share/jupyter}.
 */
final class JupyterDataDir {
  private JupyterDataDir() {}

  /** The data directory for this process's environment and user. */
  static Path current() {
    return of(System.getenv(), System.getProperty("user.home"), System.getProperty("os.name"));
  }

  /** The data directory for {@code env}, {@code home} and the operating system {@code osName}. */
  static Path of(Map<String, String> env, String home, String osName) {
    String explicit = env.get("JUPYTER_DATA_DIR");
    if (isSet(explicit)) {
      return Path.of(explicit);
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("mac")) {
      return Path.of(home, "Library", "Jupyter");
    }
    if (os.startsWith("windows") && isSet(env.get("APPDATA"))) {
      return Path.of(env.get("APPDATA"), "jupyter");
    }
    String xdg = env.get("XDG_DATA_HOME");
    return isSet(xdg) ? Path.of(xdg, "jupyter") : Path.of(home, ".local", "share", "jupyter");
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
