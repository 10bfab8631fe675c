package dev.noisebook.kernel.magic;

import java.util.Locale;

/**
 * {@code %time} and {@code %%time}: runs code and prints how long it took on the wall clock, the
 * quick check a researcher wants before reaching for a benchmark harness.
 */
final class TimeMagic implements Magic {

  @Override
  public String name() {
    return "time";
  }

  @Override
  public String usage() {
    return "%time <java> | %%time";
  }

  @Override
  public String summary() {
    return "run a statement (or, as %%time, the cell) and print its wall time";
  }

  @Override
  public String details() {
    return """
        %time <java>   evaluates the rest of the line and prints e.g. "Wall time: 12.3 ms".
        %%time         on a cell's first line does the same for the rest of the cell.
        The value of the code is the cell's value; the time is printed even when it fails.""";
  }

  @Override
  public boolean isCellMagic() {
    return true;
  }

  @Override
  public <R> R runLine(String args, MagicContext<R> context) {
    if (args.isBlank()) {
      throw new MagicException("%time needs code to time: " + usage());
    }
    return timed(args, context);
  }

  @Override
  public <R> R runCell(String args, String body, MagicContext<R> context) {
    String code = args.isBlank() ? body : args + "\n" + body;
    return timed(code, context);
  }

  private static <R> R timed(String code, MagicContext<R> context) {
    long start = System.nanoTime();
    try {
      return context.evaluate(code);
    } finally {
      context.out().println("Wall time: " + format(System.nanoTime() - start));
    }
  }

  /** {@code nanos} in the unit a reader takes in at a glance: µs, ms or s. */
  static String format(long nanos) {
    if (nanos < 1_000_000L) {
      return String.format(Locale.ROOT, "%.0f µs", nanos / 1e3);
    }
    if (nanos < 1_000_000_000L) {
      return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
    return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }
}
