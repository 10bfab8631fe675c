package dev.noisebook.kernel.magic;

/** {@code %help}: says what each magic does, or how to use one of them. */
final class HelpMagic implements Magic {

  @Override
  public String name() {
    return "help";
  }

  @Override
  public String usage() {
    return "%help [name]";
  }

  @Override
  public String summary() {
    return "one line per magic, or the details of one (%help maven)";
  }

  @Override
  public <R> R runLine(String args, MagicContext<R> context) {
    if (args.isBlank()) {
      int width = 0;
      for (Magic magic : context.magics()) {
        width = Math.max(width, magic.usage().length());
      }
      for (Magic magic : context.magics()) {
        context.out().printf("%-" + width + "s  %s%n", magic.usage(), magic.summary());
      }
      return context.session().done();
    }
    Magic magic = context.magic(args.trim());
    context.out().println(magic.usage());
    context.out().println(magic.details());
    return context.session().done();
  }
}
