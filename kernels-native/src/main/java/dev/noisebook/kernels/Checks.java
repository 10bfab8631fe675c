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

  /** {@code segment} holds at least {@code elements} values of {@code layout}. */
  static void holds(
      String kernel,
      String name,
      MemorySegment segment,
      ValueLayout layout,
      long elements,
      String what) {
    if (segment == null) {
      throw new NullPointerException(kernel + ": " + name + " is null");
    }
    long have = segment.byteSize() / layout.byteSize();
    if (have < elements) {
      throw new IllegalArgumentException(
          kernel
              + ": "
              + name
              + " holds "
              + have
              + " "
              + typeName(layout)
              + "s but "
              + what
              + " needs "
              + elements);
    }
  }

  static void rows(String kernel, String name, MemorySegment segment, Rows rows) {
    holds(kernel, name, segment, ValueLayout.JAVA_FLOAT, rows.span(), rows + " rows");
  }

  static void perRow(
      String kernel,
      String name,
      MemorySegment segment,
      ValueLayout layout,
      Rows rows,
      int perRow) {
    holds(kernel, name, segment, layout, (long) rows.rows() * perRow, rows + " rows");
  }

  private static String typeName(ValueLayout layout) {
    return layout.carrier().getSimpleName();
  }
}
