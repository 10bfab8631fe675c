package dev.noisebook.kernel.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of the history file, as JSON: either a cell, {@code {"session":1,"line":3,"input":"...",
 * "output":"..."}} ({@code output} absent when there was none), or the start of a session, {@code
 * {"session":2,"started":"2026-12-01T10:00:00Z"}}, written when a kernel opens the file so that two
 * kernels starting together still get different session numbers.
 */
sealed interface HistoryLine {
  ObjectMapper JSON = new ObjectMapper();

  /** The session the line belongs to. */
  int session();

  /** A cell the user ran. */
  record Cell(HistoryStore.Entry entry) implements HistoryLine {
    @Override
    public int session() {
      return entry.session();
    }
  }

  /** A kernel's session began. */
  record SessionStart(int session, Instant started) implements HistoryLine {}

  /** {@code line} as JSON. */
  static String format(HistoryLine line) {
    ObjectNode node = JSON.createObjectNode().put("session", line.session());
    switch (line) {
      case Cell cell -> {
        node.put("line", cell.entry().line()).put("input", cell.entry().input());
        if (cell.entry().output() != null) {
          node.put("output", cell.entry().output());
        }
      }
      case SessionStart start -> node.put("started", start.started().toString());
    }
    return node.toString();
  }

  /** The line {@code text} holds, or empty when it is blank, torn or not a history line. */
  static Optional<HistoryLine> parse(String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
    if (node == null || !node.path("session").canConvertToInt()) {
      return Optional.empty();
    }
    int session = node.get("session").asInt();
    if (node.path("input").isTextual() && node.path("line").canConvertToInt()) {
      JsonNode output = node.path("output");
      return Optional.of(
          new Cell(
              new HistoryStore.Entry(
                  session,
                  node.get("line").asInt(),
                  node.get("input").asText(),
                  output.isTextual() ? output.asText() : null)));
    }
    if (node.path("started").isTextual()) {
      try {
        return Optional.of(new SessionStart(session, Instant.parse(node.get("started").asText())));
      } catch (java.time.format.DateTimeParseException e) {
        return Optional.of(new SessionStart(session, Instant.EPOCH));
      }
    }
    return Optional.empty();
  }
}
