package dev.noisebook.model;

import com.oracle.labs.mlrg.olcut.config.PropertyException;
import dev.noisebook.Schedule;

/**
 * How the scheduled optimisers keep their schedule in an OLCUT {@code @Config} field: as its exact
 * {@link Schedule#recipe()}, parsed again when OLCUT rebuilds the optimiser from a provenance.
 */
final class ScheduleConfig {
  private ScheduleConfig() {}

  /**
   * The recipe, or null for a lambda (or a schedule class of the user's own): such a model still
   * trains, and only its rebuild fails, with {@link #rebuild}'s message.
   */
  static String recipe(Schedule schedule) {
    try {
      return schedule.recipe();
    } catch (UnsupportedOperationException noRecipe) {
      return null;
    }
  }

  /** The schedule of a rebuilt {@code owner}, from the recipe in its {@code schedule} field. */
  static Schedule rebuild(String recipe, String owner) {
    if (recipe == null) {
      throw new PropertyException(
          owner,
          "schedule",
          "the provenance has no schedule recipe: the model was trained with a lambda schedule"
              + " (or another without a recipe), which cannot be rebuilt");
    }
    return Schedule.parse(recipe);
  }
}
