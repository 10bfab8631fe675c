package dev.noisebook.kernel.magic;

/**
 * One magic command. A magic is a line magic ({@code %name args}), a cell magic ({@code %%name
 * args} on a cell's first line, over the rest of the cell), or both. It is public so that the
 * server can register magics over its own state (history, display) next to the built-in ones.
 */
public interface Magic {

  /** The name without its {@code %}, e.g. {@code "classpath"}. */
  String name();

  /** How to call it, e.g. {@code "%classpath [path|glob ...]"}. */
  String usage();

  /** One line saying what it does, for {@code %help}. */
  String summary();

  /** The full description for {@code %help name}; defaults to the summary. */
  default String details() {
    return summary();
  }

  /** Whether it can be used as {@code %name} on a line of its own. */
  default boolean isLineMagic() {
    return true;
  }

  /** Whether it can be used as {@code %%name} on the first line of a cell. */
  default boolean isCellMagic() {
    return false;
  }

  /** Runs it as a line magic with the rest of its line ({@code args}, trimmed). */
  default <R> R runLine(String args, MagicContext<R> context) {
    throw new MagicException("%" + name() + " is not a line magic; use %%" + name());
  }

  /** Runs it as a cell magic with the rest of the first line and the cell's other lines. */
  default <R> R runCell(String args, String body, MagicContext<R> context) {
    throw new MagicException("%%" + name() + " is not a cell magic; use %" + name());
  }
}
