package dev.noisebook.recipe;

/** A bare name in a recipe: the constant of the enum its parameter's type names. */
record Symbol(String name) {}
