package dev.noisebook.kernel.magic;

/** {@code %lsmagic}: lists the magics by kind, as IPython does, so users can discover them. */
final class LsmagicMagic implements Magic {

  @Override
  public String name() {
    return "lsmagic";
  }

  @Override
  public String usage() {
    return "%lsmagic";
  }

  @Override
  public String summary() {
    return "list the available line and cell magics";
  }

  @Override
  public <R> R runLine(String args, MagicContext<R> context) {
    context.out().println("Available line magics:");
    context.out().println(Magics.names(context.magics(), false, "  "));
    context.out().println();
    context.out().println("Available cell magics:");
    context.out().println(Magics.names(context.magics(), true, "  "));
    return context.session().done();
  }
}
