package dev.noisebook.kernel.jshell;

/**
 * The few ANSI styles used in tracebacks. Only red, cyan and bold: they read on both dark and light
 * notebook themes, unlike black, white or bright black.
 */
final class Ansi {
  private static final String RESET = "\u001b[0m";

  private Ansi() {}

  /** The error itself: the exception line, a compile error's message and underline. */
  static String error(String text) {
    return "\u001b[1;31m" + text + RESET;
  }

  /** Where in the cell: a frame's or a diagnostic's location. */
  static String location(String text) {
    return "\u001b[36m" + text + RESET;
  }

  /** {@code text} without ANSI escape sequences. */
  static String strip(String text) {
    return text.replaceAll("\u001b\\[[0-9;]*m", "");
  }
}
