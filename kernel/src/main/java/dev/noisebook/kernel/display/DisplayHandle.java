package dev.noisebook.kernel.display;

/** One output shown by {@link Notebook#display}, which {@link #update} replaces in place. */
public record DisplayHandle(String id) {
  /** Replaces the shown output with {@code value}. */
  public void update(Object value) {
    Notebook.sink().display(Renderer.render(value), id, true);
  }
}
