package dev.noisebook.kernel.magic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the paths a user gives {@code %classpath} into existing files: a plain path must exist; a
 * glob ({@code lib/*.jar}, {@code libs/**}{@code /*.jar}) expands to the matching files, sorted,
 * and must match at least one. Errors name the path as typed and as resolved, so a wrong working
 * directory is easy to see.
 */
final class PathExpander {
  private static final String GLOB_CHARS = "*?[{";

  private PathExpander() {}

  /** The files {@code typed} stands for, resolved by {@code context}. */
  static List<Path> expand(String typed, MagicContext<?> context) {
    int firstGlob = firstGlobChar(typed);
    if (firstGlob < 0) {
      Path path = context.resolve(typed);
      if (!Files.exists(path)) {
        throw new MagicException(
            "no such file or directory: " + typed + " (looked for " + path + ")");
      }
      return List.of(path);
    }
    int baseEnd = typed.lastIndexOf('/', firstGlob);
    Path base = context.resolve(baseEnd < 0 ? "." : typed.substring(0, baseEnd + 1));
    String pattern = typed.substring(baseEnd + 1);
    List<Path> matches = matching(base, pattern);
    if (matches.isEmpty()) {
      throw new MagicException("no files match " + typed + " (looked in " + base + ")");
    }
    return matches;
  }

  private static List<Path> matching(Path base, String pattern) {
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    int depth = pattern.contains("**") ? Integer.MAX_VALUE : pattern.split("/").length;
    try (Stream<Path> files = Files.walk(base, depth)) {
      List<Path> matches = new ArrayList<>();
      files
          .filter(path -> !path.equals(base) && matcher.matches(base.relativize(path)))
          .sorted()
          .forEach(matches::add);
      return matches;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int firstGlobChar(String typed) {
    for (int i = 0; i < typed.length(); i++) {
      if (GLOB_CHARS.indexOf(typed.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
