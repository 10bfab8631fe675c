package dev.noisebook.kernel.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.noisebook.kernel.history.HistoryStore;
import dev.noisebook.kernel.protocol.Message;
import java.util.List;

/** history_request for tail, range and search, answered from the persistent history store. */
final class HistoryReplies {
  private final ObjectMapper json;
  private final HistoryStore store;

  HistoryReplies(ObjectMapper json, HistoryStore store) {
    this.json = json;
    this.store = store;
  }

  ObjectNode history(Message request) {
    List<HistoryStore.Entry> entries =
        switch (request.text("hist_access_type", "tail")) {
          case "range" ->
              store.range(
                  request.number("session", 0),
                  request.number("start", 1),
                  request.number("stop", 0));
          case "search" ->
              store.search(
                  request.text("pattern", "*"),
                  request.number("n", 10),
                  request.flag("unique", false));
          default -> store.tail(request.number("n", 10));
        };
    boolean output = request.flag("output", false);
    ObjectNode reply = json.createObjectNode();
    reply.put("status", "ok");
    ArrayNode history = reply.putArray("history");
    for (HistoryStore.Entry entry : entries) {
      ArrayNode row = history.addArray().add(entry.session()).add(entry.line());
      if (output) {
        row.addArray().add(entry.input()).add(entry.output());
      } else {
        row.add(entry.input());
      }
    }
    return reply;
  }
}
