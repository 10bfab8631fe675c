package dev.noisebook.kernel.magic;

import dev.noisebook.Seeds;

/**
 * {@code %seed}: shows or sets the DSL's default seed, so a notebook can make every seeded split
 * and model after it reproducible with one line.
 */
final class SeedMagic implements Magic {

  @Override
  public String name() {
    return "seed";
  }

  @Override
  public String usage() {
    return "%seed [n]";
  }

  @Override
  public String summary() {
    return "print the default seed, or set it for the values made after it";
  }

  @Override
  public <R> R runLine(String args, MagicContext<R> context) {
    if (args.isBlank()) {
      context.out().println("Default seed: " + Seeds.defaultSeed());
      return context.session().done();
    }
    long seed;
    try {
      seed = Long.parseLong(args.trim());
    } catch (NumberFormatException e) {
      throw new MagicException("%seed needs a whole number (a long), not '" + args.trim() + "'", e);
    }
    Seeds.setDefault(seed);
    return context.session().done();
  }
}
