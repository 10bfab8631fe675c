package dev.noisebook.recipe;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes values as {@link RecipeParser} reads them back exactly: a record as its constructor call
 * {@code Name(arg, ...)}, doubles with {@link Double#toString(double)} (the shortest text that
 * parses to the same double, unlike the DSL's display numbers), whole numbers as they are, strings
 * quoted, enum constants by name.
 */
public final class RecipeWriter {
  private RecipeWriter() {}

  /**
   * {@code SimpleName(component, ...)}.
   *
   * @param nested the recipe of a component that is neither a number, a number array, a string, a
   *     boolean nor an enum constant (a nested loss or schedule)
   */
  public static String record(Record r, Function<Object, String> nested) {
    RecordComponent[] components = r.getClass().getRecordComponents();
    StringBuilder out = new StringBuilder(r.getClass().getSimpleName()).append('(');
    for (int i = 0; i < components.length; i++) {
      out.append(i > 0 ? ", " : "").append(value(read(components[i], r), nested));
    }
    return out.append(')').toString();
  }

  private static Object read(RecordComponent component, Record r) {
    try {
      return component.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component + " of " + r, e);
    }
  }

  /** One argument of a recipe; see {@link #record}. */
  public static String value(Object v, Function<Object, String> nested) {
    return switch (v) {
      case null -> "null";
      case Double d -> Double.toString(d);
      case Number n -> n.toString();
      case Boolean b -> b.toString();
      case Enum<?> e -> e.name();
      case String s -> quote(s);
      case double[] a ->
          Arrays.stream(a).mapToObj(Double::toString).collect(Collectors.joining(", ", "[", "]"));
      case long[] a ->
          Arrays.stream(a).mapToObj(Long::toString).collect(Collectors.joining(", ", "[", "]"));
      default -> nested.apply(v);
    };
  }

  /** {@code "text"} with {@code "} and {@code \} escaped by a backslash. */
  public static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
