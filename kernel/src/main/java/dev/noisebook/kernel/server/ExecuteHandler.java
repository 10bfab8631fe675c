package dev.noisebook.kernel.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.noisebook.display.MimeBundle;
import dev.noisebook.kernel.display.Renderer;
import dev.noisebook.kernel.history.HistoryStore;
import dev.noisebook.kernel.jshell.Evaluator;
import dev.noisebook.kernel.jshell.Outcome;
import dev.noisebook.kernel.magic.MagicException;
import dev.noisebook.kernel.magic.Magics;
import dev.noisebook.kernel.protocol.Message;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Runs an execute_request: execution count, execute_input, the cell (magics, then JShell), its
 * streams, its result or error, user_expressions and history, following the protocol's rules for
 * {@code silent} (nothing broadcast, nothing counted) and {@code store_history}.
 */
final class ExecuteHandler {
  private static final String RED = "\u001b[31m";
  private static final String RESET = "\u001b[0m";

  private final ObjectMapper json;
  private final Publisher publisher;
  private final Supplier<Evaluator> evaluator;
  private final Magics magics;
  private final HistoryStore history;
  private final Consumer<CellContext> enterCell;
  private final Runnable flushStreams;
  private static final Logger LOG = Logger.getLogger(ExecuteHandler.class.getName());
  private int executionCount;

  ExecuteHandler(
      ObjectMapper json,
      Publisher publisher,
      Supplier<Evaluator> evaluator,
      Magics magics,
      HistoryStore history,
      Consumer<CellContext> enterCell,
      Runnable flushStreams) {
    this.json = json;
    this.publisher = publisher;
    this.evaluator = evaluator;
    this.magics = magics;
    this.history = history;
    this.enterCell = enterCell;
    this.flushStreams = flushStreams;
  }

  /** The execute_reply content; {@code status} is "error" when the cell failed. */
  ObjectNode execute(Message request) {
    String code = request.text("code", "");
    boolean silent = request.flag("silent", false);
    boolean storeHistory = !silent && request.flag("store_history", true);
    if (storeHistory) {
      executionCount++;
    }
    ObjectNode parent = request.header();
    if (!silent) {
      ObjectNode input = json.createObjectNode();
      input.put("code", code);
      input.put("execution_count", executionCount);
      publisher.publish(parent, "execute_input", input);
    }
    enterCell.accept(
        new CellContext(parent, request.identities(), request.flag("allow_stdin", false), silent));
    var help = HelpRequest.target(code);
    var page =
        help.flatMap(name -> Introspection.documentation(evaluator.get(), name, name.length(), 1));
    Outcome outcome =
        help.isEmpty()
            ? run(code)
            : page.isPresent()
                ? new Outcome.Value(false, null)
                : failure("NameError", "no documentation found for " + help.get());
    String resultText = null;
    if (outcome instanceof Outcome.Value value && value.present()) {
      try {
        MimeBundle bundle = Renderer.render(value.value());
        resultText = bundle.data().get(MimeBundle.TEXT_PLAIN);
        if (!silent) {
          publishResult(parent, bundle);
        }
      } catch (RuntimeException e) {
        outcome = failure("DisplayError", "cannot show the cell's value: " + e.getMessage());
      }
    }
    flushStreams.run();
    if (storeHistory) {
      remember(code, resultText);
    }
    ObjectNode reply = json.createObjectNode();
    if (outcome instanceof Outcome.Value) {
      reply.put("status", "ok");
      reply.put("execution_count", executionCount);
      var payload = reply.putArray("payload");
      page.ifPresent(
          text -> {
            ObjectNode pager = payload.addObject();
            pager.put("source", "page");
            pager.putObject("data").put("text/plain", text);
            pager.put("start", 0);
          });
      reply.set("user_expressions", userExpressions(request));
      return reply;
    }
    ObjectNode error = error(outcome);
    if (!silent) {
      publisher.publish(parent, "error", error.deepCopy());
    }
    reply.put("status", "error");
    reply.put("execution_count", executionCount);
    reply.setAll(error);
    return reply;
  }

  /** The reply to an execute_request aborted because an earlier cell failed. */
  ObjectNode aborted() {
    ObjectNode reply = json.createObjectNode();
    reply.put("status", "aborted");
    reply.put("execution_count", executionCount);
    return reply;
  }

  /** Keeps the cell in the history; a history file that cannot be written never fails a cell. */
  private void remember(String code, String resultText) {
    try {
      history.add(executionCount, code, resultText);
    } catch (UncheckedIOException e) {
      LOG.warning("history not saved: " + e.getMessage());
    }
  }

  private Outcome run(String code) {
    try {
      Evaluator jshell = evaluator.get();
      var session = new CellSession(jshell, Path.of("").toAbsolutePath());
      return Magics.hasMagic(code) ? magics.run(code, session) : jshell.eval(code);
    } catch (MagicException e) {
      return failure("MagicError", e.getMessage());
    } catch (RuntimeException e) {
      return failure(e.getClass().getName(), String.valueOf(e.getMessage()));
    }
  }

  private void publishResult(ObjectNode parent, MimeBundle bundle) {
    ObjectNode result = json.createObjectNode();
    result.put("execution_count", executionCount);
    result.set("data", Bundles.data(json, bundle));
    result.putObject("metadata");
    flushStreams.run();
    publisher.publish(parent, "execute_result", result);
  }

  private ObjectNode userExpressions(Message request) {
    ObjectNode results = json.createObjectNode();
    var expressions = request.content().path("user_expressions");
    if (!expressions.isObject()) {
      return results;
    }
    for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> entry :
        expressions.properties()) {
      Outcome outcome = run(entry.getValue().asText());
      ObjectNode result;
      if (outcome instanceof Outcome.Value value) {
        result = json.createObjectNode();
        result.put("status", "ok");
        result.set("data", Bundles.data(json, Renderer.render(value.value())));
        result.putObject("metadata");
      } else {
        result = error(outcome);
        result.put("status", "error");
      }
      results.set(entry.getKey(), result);
    }
    return results;
  }

  private ObjectNode error(Outcome outcome) {
    Outcome.Failure failure =
        switch (outcome) {
          case Outcome.Failure f -> f;
          case Outcome.Interrupted i ->
              new Outcome.Failure(
                  "Interrupted",
                  "the cell was interrupted; variables defined before it are kept",
                  List.of(RED + "Interrupted" + RESET + ": the cell was stopped"));
          case Outcome.Value v -> throw new IllegalArgumentException("not an error: " + v);
        };
    ObjectNode error = json.createObjectNode();
    error.put("ename", failure.ename());
    error.put("evalue", failure.evalue());
    var traceback = error.putArray("traceback");
    failure.traceback().forEach(traceback::add);
    return error;
  }

  private static Outcome failure(String ename, String evalue) {
    return new Outcome.Failure(ename, evalue, List.of(RED + ename + RESET + ": " + evalue));
  }
}
