package dev.noisebook.kernel.server;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IPython's {@code name?}: a cell that is only a (dotted) name followed by a question mark asks for
 * that name's documentation in the pager. No Java cell has this shape, so the two never clash.
 */
final class HelpRequest {
  private static final Pattern SHAPE = Pattern.compile("\\s*([\\p{L}_$][\\p{L}\\p{N}_$.]*)\\?\\s*");

  private HelpRequest() {}

  /** The name asked about, if {@code code} is such a request. */
  static Optional<String> target(String code) {
    var matcher = SHAPE.matcher(code);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}
