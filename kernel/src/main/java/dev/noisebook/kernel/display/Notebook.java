package dev.noisebook.kernel.display;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.noisebook.display.MimeBundle;
import java.util.Objects;
import java.util.UUID;

/**
 * What a notebook cell can call to show things, statically imported into every cell: {@code
 * display(chart)} now (and {@code .update(newChart)} later, in place), {@code clearOutput()}, rich
 * text with {@code html}, {@code markdown}, {@code svg} and {@code json}, and {@code input} /
 * {@code password} prompts.
 */
public final class Notebook {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static volatile DisplaySink sink;

  private Notebook() {}

  /** Connects the calls to a running kernel (the kernel does this once at start). */
  public static void install(DisplaySink kernelSink) {
    sink = Objects.requireNonNull(kernelSink, "sink");
  }

  /** Shows {@code value} below the cell; the handle updates that output in place. */
  public static DisplayHandle display(Object value) {
    var handle = new DisplayHandle(UUID.randomUUID().toString());
    sink().display(Renderer.render(value), handle.id(), false);
    return handle;
  }

  /** Clears the cell's output now. */
  public static void clearOutput() {
    clearOutput(false);
  }

  /** Clears the cell's output; {@code wait} defers it until the next output, avoiding flicker. */
  public static void clearOutput(boolean wait) {
    sink().clearOutput(wait);
  }

  /** HTML to show (as the cell's value or through {@link #display}). */
  public static MimeBundle html(String html) {
    return MimeBundle.text(html).withHtml(html);
  }

  /** Markdown to show. */
  public static MimeBundle markdown(String markdown) {
    return MimeBundle.text(markdown).with(MimeBundle.TEXT_MARKDOWN, markdown);
  }

  /** An SVG image to show. */
  public static MimeBundle svg(String svg) {
    return MimeBundle.text("SVG image").withSvg(svg);
  }

  /** {@code value} as JSON (through Jackson), shown as a JSON tree where the client can. */
  public static MimeBundle json(Object value) {
    try {
      String json = JSON.writeValueAsString(value);
      return MimeBundle.text(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value))
          .with(MimeBundle.APPLICATION_JSON, json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write the value as JSON: " + e.getMessage(), e);
    }
  }

  /** Asks the user for a line of text in the notebook. */
  public static String input(String prompt) {
    return sink().input(prompt, false);
  }

  /** Asks the user for a secret; the client hides what is typed. */
  public static String password(String prompt) {
    return sink().input(prompt, true);
  }

  static DisplaySink sink() {
    DisplaySink current = sink;
    if (current == null) {
      throw new IllegalStateException("display needs a running Noisebook kernel");
    }
    return current;
  }
}
