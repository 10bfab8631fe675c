package dev.noisebook.schedule;

import dev.noisebook.Schedule;
import dev.noisebook.recipe.RecipeCalls;
import dev.noisebook.recipe.RecipeParser;
import dev.noisebook.recipe.RecipeWriter;
import java.util.List;

/**
 * A schedule written as text that evaluates back to an equal schedule, so that an optimiser's
 * provenance keeps its learning-rate schedule exactly and OLCUT can rebuild it; see {@link
 * Schedule#recipe()} and {@link Schedule#parse(String)}.
 *
 * <ul>
 *   <li>The schedules of this package are records and write their constructor call with exact
 *       doubles, compositions nesting their parts: {@code CosineAnnealing(0.05, 500, 0.0)}, {@code
 *       Sequenced(LinearRamp("linearWarmup", 0.0, 0.1, 500, LEARNING_RATE), 500,
 *       CosineAnnealing(0.1, 9500, 0.0))}. The constructor, not the factory call, because a factory
 *       may compute a component (a warm-up's start {@code startFactor·base}) that the factory's
 *       arguments do not give back bit for bit.
 *   <li>A diffusion {@link BetaSchedule} writes the DSL call that made it: {@code
 *       diffusion().linear(1.0E-4, 0.02, 1000).zeroTerminalSnr()}.
 *   <li>A lambda, or a schedule class outside this package, has no recipe.
 * </ul>
 */
public final class ScheduleRecipe {
  private static final String KIND = "schedule recipe";
  private static final String PACKAGE_NAME = ScheduleRecipe.class.getPackageName();
  private static final String PACKAGE = PACKAGE_NAME + ".";

  private ScheduleRecipe() {}

  /**
   * The recipe of {@code schedule}.
   *
   * @throws UnsupportedOperationException for a lambda or another schedule without a recipe
   */
  public static String of(Schedule schedule) {
    if (schedule instanceof Record r && schedule.getClass().getPackageName().equals(PACKAGE_NAME)) {
      return RecipeWriter.record(r, ScheduleRecipe::nested);
    }
    if (schedule instanceof BetaSchedule b) {
      return b.recipe();
    }
    String what = schedule.getClass().isHidden() ? "a lambda" : schedule.getClass().getName();
    throw new UnsupportedOperationException(
        "the schedule "
            + Describe.schedule(schedule)
            + " ("
            + what
            + ") has no recipe, so a model trained with it cannot be rebuilt from its provenance;"
            + " only the DSL's own schedules have one");
  }

  private static String nested(Object value) {
    return value instanceof Schedule s ? s.recipe() : String.valueOf(value);
  }

  /**
   * The schedule {@code recipe} describes.
   *
   * @throws IllegalArgumentException for malformed text or an unknown name, naming the position
   */
  public static Schedule parse(String recipe) {
    Object value = new RecipeParser(KIND, recipe, ScheduleRecipe::root).parse();
    if (value instanceof Schedule s) {
      return s;
    }
    throw new IllegalArgumentException(
        KIND + " " + recipe + " describes " + value + ", not a schedule");
  }

  /** A record of this package, or a static factory of {@link Schedule} ({@code diffusion()}). */
  private static Object root(String name, List<Object> args) {
    return RecipeCalls.recordOrFactory(KIND, PACKAGE, Schedule.class, name, args);
  }
}
