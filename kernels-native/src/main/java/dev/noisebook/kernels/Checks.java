package dev.noisebook.kernels;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** Argument checks with messages that name the problem; the kernels never see a bad argument. */
final class Checks {
  private Checks() {}

  static float temperature(float temperature) {
    if (!(temperature > 0f) || temperature == Float.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(
          "temperature must be positive and finite, got " + temperature);
    }
    return temperature;
  }

  /**
   * {@code segment} holds at least {@code elements} values of {@code layout}; {@code what} (a
   * {@link Rows} or a count) names the need in the message, built only on failure so that a call
   * that passes allocates nothing.
   */
  private static void holds(
      String kernel,
      String name,
      MemorySegment segment,
      ValueLayout layout,
      long elements,
      Object what) {
    if (segment == null) {
      throw new NullPointerException(kernel + ": " + name + " is null");
    }
    long have = segment.byteSize() / layout.byteSize();
    if (have < elements) {
      String need = what instanceof Rows ? what + " rows" : what + " values";
      throw new IllegalArgumentException(
          String.format(
              "%s: %s holds %d %ss but %s needs %d",
              kernel, name, have, typeName(layout), need, elements));
    }
  }

  static void rows(String kernel, String name, MemorySegment segment, Rows rows) {
    holds(kernel, name, segment, ValueLayout.JAVA_FLOAT, rows.span(), rows);
  }

  static void perRow(
      String kernel,
      String name,
      MemorySegment segment,
      ValueLayout layout,
      Rows rows,
      int perRow) {
    holds(kernel, name, segment, layout, (long) rows.rows() * perRow, rows);
  }

  static void values(String kernel, String name, MemorySegment segment, long n) {
    holds(kernel, name, segment, ValueLayout.JAVA_FLOAT, n, n);
  }

  private static String typeName(ValueLayout layout) {
    return layout.carrier().getSimpleName();
  }

  /** An output that overlaps an input would be read after it is written. */
  static void disjoint(
      String kernel, String outName, MemorySegment out, String inName, MemorySegment in) {
    if (out.asOverlappingSlice(in).isPresent()) {
      throw new IllegalArgumentException(
          kernel
              + ": "
              + outName
              + " overlaps "
              + inName
              + "; write the result to separate memory");
    }
  }
}
