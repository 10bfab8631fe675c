package dev.noisebook.recipe;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * The calls a recipe names, made by reflection: a record's canonical constructor or a public
 * method. Arguments as {@link RecipeParser} reads them are converted to the parameter types: a
 * whole number to {@code int} or {@code long}, a {@code long[]} to {@code double[]} and back, a
 * symbol to the enum constant of that name.
 */
public final class RecipeCalls {
  private RecipeCalls() {}

  /**
   * The record {@code name} of {@code recordPackage} that implements {@code type}, built from
   * {@code args}; else the static method {@code name} of {@code type}.
   *
   * @param kind what is being read, for messages: {@code "loss recipe"}
   * @param recordPackage the package of the records, with a trailing dot
   */
  public static Object recordOrFactory(
      String kind, String recordPackage, Class<?> type, String name, List<Object> args) {
    Class<?> record = record(recordPackage + name, type);
    return record != null ? construct(record, args) : invoke(kind, type, null, name, args);
  }

  private static Class<?> record(String className, Class<?> type) {
    try {
      Class<?> c = Class.forName(className);
      return c.isRecord() && type.isAssignableFrom(c) ? c : null;
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static Object construct(Class<?> record, List<Object> args) {
    RecordComponent[] components = record.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < types.length; i++) {
      types[i] = components[i].getType();
    }
    if (args.size() != types.length) {
      throw new IllegalArgumentException(
          record.getSimpleName() + " takes " + types.length + " arguments, got " + args.size());
    }
    try {
      return record.getDeclaredConstructor(types).newInstance(convert(args, types));
    } catch (InvocationTargetException e) {
      throw unwrap(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot build " + record.getSimpleName(), e);
    }
  }

  /**
   * Calls the public method {@code name} with {@code args.size()} parameters on {@code target}
   * (null for a static method of {@code type}).
   */
  public static Object invoke(
      String kind, Class<?> type, Object target, String name, List<Object> args) {
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.size()) {
        try {
          return m.invoke(target, convert(args, m.getParameterTypes()));
        } catch (InvocationTargetException e) {
          throw unwrap(e);
        } catch (IllegalAccessException e) {
          throw new IllegalArgumentException("cannot call " + name, e);
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown " + kind + " step " + name + " with " + args.size() + " arguments on " + type);
  }

  private static Object[] convert(List<Object> args, Class<?>[] types) {
    Object[] out = new Object[args.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = convert(args.get(i), types[i]);
    }
    return out;
  }

  private static Object convert(Object arg, Class<?> type) {
    return switch (arg) {
      case Number n when type == int.class -> whole32(n);
      case Number n when type == long.class -> whole(n);
      case Number n when type == double.class -> n.doubleValue();
      case long[] a when type == double[].class -> Arrays.stream(a).asDoubleStream().toArray();
      case double[] a when type == long[].class ->
          Arrays.stream(a).mapToLong(d -> whole(d)).toArray();
      case Symbol s when type.isEnum() -> enumConstant(type, s.name());
      case Symbol s ->
          throw new IllegalArgumentException(
              "unknown name " + s.name() + " where a " + type.getSimpleName() + " is expected");
      case null, default -> arg;
    };
  }

  private static long whole(Number n) {
    if (n instanceof Long l) {
      return l;
    }
    double d = n.doubleValue();
    if (d != Math.rint(d) || Math.abs(d) > 0x1p63) {
      throw new IllegalArgumentException("expected a whole number, got " + d);
    }
    return (long) d;
  }

  private static int whole32(Number n) {
    long v = whole(n);
    if (v != (int) v) {
      throw new IllegalArgumentException("expected a whole number within int's range, got " + v);
    }
    return (int) v;
  }

  private static Object enumConstant(Class<?> type, String name) {
    for (Object constant : type.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        "unknown "
            + type.getSimpleName()
            + " "
            + name
            + ", expected one of "
            + Arrays.toString(type.getEnumConstants()));
  }

  private static RuntimeException unwrap(InvocationTargetException e) {
    return e.getCause() instanceof RuntimeException r
        ? r
        : new IllegalArgumentException(e.getCause());
  }
}
