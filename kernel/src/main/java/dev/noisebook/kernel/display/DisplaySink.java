package dev.noisebook.kernel.display;

import dev.noisebook.display.MimeBundle;

/**
 * Where {@link Notebook}'s calls go: the running kernel sends them to the client as display_data,
 * update_display_data, clear_output and input_request messages.
 */
public interface DisplaySink {
  /** Shows {@code bundle}; {@code update} replaces the output already shown under displayId. */
  void display(MimeBundle bundle, String displayId, boolean update);

  /** Clears the cell's output, now or ({@code wait}) when the next output arrives. */
  void clearOutput(boolean wait);

  /** Asks the user for a line of text; {@code password} hides what is typed. */
  String input(String prompt, boolean password);
}
