package dev.noisebook.display;

import java.util.Objects;

/**
 * Where a long-running DSL computation (a training loop, a sweep) shows a value and then updates it
 * in place while it runs: a live loss curve, a progress line. The DSL only describes what to show;
 * the Jupyter kernel installs a display that turns {@link #show} into {@code display_data} and
 * {@link Handle#update} into {@code update_display_data}. Without a kernel (plain JShell, a script,
 * a test) the default prints the value's text once and ignores the updates, so a script's output
 * stays readable.
 */
public interface LiveDisplay {
  /** Shows {@code value} now; the handle replaces it later. */
  Handle show(Displayable value);

  /** One shown value that can be replaced. */
  interface Handle {
    void update(Displayable value);
  }

  /** The display that DSL computations use in this JVM. */
  static LiveDisplay current() {
    return Installed.current;
  }

  /** Makes {@code display} the one DSL computations use (the kernel calls this at start). */
  static void install(LiveDisplay display) {
    Installed.current = Objects.requireNonNull(display, "display");
  }

  /** The default outside a notebook: each update's text on a line of its own. */
  static LiveDisplay printing() {
    // toString, not the MIME bundle: drawing the charts of a bundle is wasted work for a terminal.
    return value -> update -> System.out.println(update);
  }
}

/** Holder of the installed display (interfaces cannot have mutable static fields). */
final class Installed {
  static volatile LiveDisplay current = LiveDisplay.printing();

  private Installed() {}
}
