package dev.noisebook.train;

import dev.noisebook.Loss;
import dev.noisebook.loss.EarlyLearning;
import dev.noisebook.loss.coupled.AucLoss;
import dev.noisebook.loss.coupled.CompositionalNll;
import dev.noisebook.loss.coupled.ContrastiveLoss;
import dev.noisebook.loss.coupled.NegativePreferenceLoss;
import dev.noisebook.loss.coupled.NoiseContrastiveEstimation;
import dev.noisebook.loss.coupled.PreferenceLoss;
import dev.noisebook.loss.coupled.SoftDiceLoss;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * A loss written as text that evaluates back to an equal loss, so a trained model's provenance
 * names the loss with every hyper-parameter and {@link MiniBatchTrainer} can rebuild it.
 *
 * <ul>
 *   <li>Per-example losses are records and print as their constructor call with exact doubles:
 *       {@code GeneralizedCE(0.7)}, {@code Sum(Scaled(0.1, CrossEntropyLoss()), Scaled(1.0,
 *       ReverseCE(-9.210340371976182)))}, {@code Focal(2.0, [0.25, 0.75])}.
 *   <li>ELR prints as {@code elr(3.0, 0.7)}.
 *   <li>Losses that couple a batch print as the DSL call chain from {@code Loss}: {@code
 *       ranking().mannWhitney(1.0)}, {@code sets().softDice(1.0)}, {@code
 *       contrastive().infoNce(0.1).symmetric()}, {@code preference().rdpo(0.1, 0.3)}, {@code
 *       preference().npo(0.5)}.
 * </ul>
 */
public final class LossRecipe {
  private static final String LOSS_PACKAGE = "dev.noisebook.loss.";

  private LossRecipe() {}

  /** The recipe of a per-example {@link Loss}, {@link AucLoss}, {@link SoftDiceLoss} or InfoNCE. */
  public static String of(Object loss) {
    return switch (loss) {
      case Record r when r instanceof Loss -> record(r);
      case EarlyLearning e -> "elr(" + e.lambda() + ", " + e.beta() + ")";
      case AucLoss a -> "ranking()." + a.recipe();
      case SoftDiceLoss d -> "sets()." + d.recipe();
      case ContrastiveLoss c -> "contrastive()." + c.recipe();
      case PreferenceLoss p -> "preference()." + p.recipe();
      case NegativePreferenceLoss n -> "preference()." + n.recipe();
      case NoiseContrastiveEstimation n -> "contrastive()." + n.recipe();
      case CompositionalNll c -> "contrastive()." + c.recipe();
      default ->
          throw new IllegalArgumentException(
              "loss " + loss + " has no recipe (a " + loss.getClass().getName() + ")");
    };
  }

  private static String record(Record r) {
    StringBuilder out = new StringBuilder(r.getClass().getSimpleName()).append('(');
    RecordComponent[] components = r.getClass().getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(value(read(components[i], r)));
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

  private static String value(Object v) {
    return switch (v) {
      case null -> "null";
      case double[] array -> {
        List<String> parts = new ArrayList<>();
        for (double d : array) {
          parts.add(Double.toString(d));
        }
        yield "[" + String.join(", ", parts) + "]";
      }
      case Record r when r instanceof Loss -> record(r);
      default -> v.toString();
    };
  }

  /** The loss a recipe describes; rejects unknown names and malformed text, naming the position. */
  public static Object parse(String recipe) {
    return new RecipeParser(recipe).parse();
  }

  /** Instantiates the per-example loss record {@code name} or calls Loss's factory {@code name}. */
  static Object call(String name, List<Object> args) {
    Class<?> record = lossRecord(name);
    if (record != null) {
      return construct(record, args);
    }
    return invoke(Loss.class, null, name, args);
  }

  private static Class<?> lossRecord(String name) {
    try {
      Class<?> c = Class.forName(LOSS_PACKAGE + name);
      return c.isRecord() && Loss.class.isAssignableFrom(c) ? c : null;
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

  /** Calls the public method {@code name} with {@code args.size()} parameters on {@code target}. */
  static Object invoke(Class<?> type, Object target, String name, List<Object> args) {
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
        "unknown loss recipe step " + name + " with " + args.size() + " arguments on " + type);
  }

  private static Object[] convert(List<Object> args, Class<?>[] types) {
    Object[] out = new Object[args.size()];
    for (int i = 0; i < out.length; i++) {
      Object a = args.get(i);
      out[i] = a instanceof Double d && (types[i] == int.class) ? (Object) d.intValue() : a;
    }
    return out;
  }

  private static RuntimeException unwrap(InvocationTargetException e) {
    return e.getCause() instanceof RuntimeException r
        ? r
        : new IllegalArgumentException(e.getCause());
  }
}
