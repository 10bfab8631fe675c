package dev.noisebook.display;

/**
 * A value that knows how to show itself in a notebook. The kernel turns the bundle into Jupyter's
 * {@code display_data} / {@code execute_result}; in plain JShell the value's {@code toString()} is
 * what prints, so implementations keep that readable too.
 */
public interface Displayable {
  /** The representations of this value, always with {@code text/plain}. */
  MimeBundle mimeBundle();
}
