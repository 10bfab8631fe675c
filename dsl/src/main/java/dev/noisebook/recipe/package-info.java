/**
 * Recipes: the exact text that a trained model's provenance keeps for a DSL value (a loss, a
 * learning-rate schedule) and that evaluates back to an equal value when OLCUT rebuilds the
 * trainer. {@link dev.noisebook.recipe.RecipeWriter} writes a record as its constructor call with
 * exact numbers, {@link dev.noisebook.recipe.RecipeParser} reads one grammar for all recipes, and
 * {@link dev.noisebook.recipe.RecipeCalls} makes the calls it names by reflection. {@code
 * LossRecipe} and {@code ScheduleRecipe} say which names a recipe may start from.
 */
package dev.noisebook.recipe;
