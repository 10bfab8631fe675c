package dev.noisebook.kernel.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.noisebook.display.MimeBundle;
import dev.noisebook.kernel.display.DisplaySink;
import java.util.function.Supplier;

/**
 * {@code display(..)}, {@code update}, {@code clearOutput} and {@code input} of a running cell as
 * iopub and stdin messages, parented to the running cell. Pending printed text is flushed first, so
 * output appears in the order the cell made it.
 */
final class NotebookDisplay implements DisplaySink {
  private final ObjectMapper json;
  private final Publisher publisher;
  private final StdinChannel stdin;
  private final Supplier<CellContext> cell;
  private final Runnable flushStreams;

  NotebookDisplay(
      ObjectMapper json,
      Publisher publisher,
      StdinChannel stdin,
      Supplier<CellContext> cell,
      Runnable flushStreams) {
    this.json = json;
    this.publisher = publisher;
    this.stdin = stdin;
    this.cell = cell;
    this.flushStreams = flushStreams;
  }

  @Override
  public void display(MimeBundle bundle, String displayId, boolean update) {
    CellContext context = cell.get();
    if (context.silent()) {
      return;
    }
    ObjectNode content = json.createObjectNode();
    content.set("data", Bundles.data(json, bundle));
    content.putObject("metadata");
    content.putObject("transient").put("display_id", displayId);
    flushStreams.run();
    publisher.publish(context.header(), update ? "update_display_data" : "display_data", content);
  }

  @Override
  public void clearOutput(boolean wait) {
    flushStreams.run();
    ObjectNode content = json.createObjectNode();
    content.put("wait", wait);
    publisher.publish(cell.get().header(), "clear_output", content);
  }

  @Override
  public String input(String prompt, boolean password) {
    flushStreams.run();
    return stdin.ask(prompt, password);
  }
}
