package dev.noisebook.kernel.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.noisebook.kernel.jshell.Completeness;
import dev.noisebook.kernel.jshell.Completion;
import dev.noisebook.kernel.jshell.Evaluator;
import dev.noisebook.kernel.magic.Magics;
import dev.noisebook.kernel.protocol.Message;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * complete, inspect and is_complete. The protocol counts cursor positions in Unicode code points
 * (5.2), Java strings in UTF-16 units; the conversion happens here, in both directions, so an emoji
 * in a comment does not shift every completion after it.
 */
final class Introspection {
  private final ObjectMapper json;
  private final Supplier<Evaluator> evaluator;

  Introspection(ObjectMapper json, Supplier<Evaluator> evaluator) {
    this.json = json;
    this.evaluator = evaluator;
  }

  ObjectNode complete(Message request) {
    String code = request.text("code", "");
    int cursor = utf16(code, request.number("cursor_pos", code.codePointCount(0, code.length())));
    Completion completion = evaluator.get().complete(code, cursor);
    ObjectNode reply = json.createObjectNode();
    reply.put("status", "ok");
    var matches = reply.putArray("matches");
    completion.matches().forEach(matches::add);
    reply.put("cursor_start", code.codePointCount(0, completion.start()));
    reply.put("cursor_end", code.codePointCount(0, completion.end()));
    reply.putObject("metadata");
    return reply;
  }

  ObjectNode inspect(Message request) {
    String code = request.text("code", "");
    int cursor = utf16(code, request.number("cursor_pos", code.codePointCount(0, code.length())));
    var text = documentation(evaluator.get(), code, cursor, request.number("detail_level", 0));
    ObjectNode reply = json.createObjectNode();
    reply.put("status", "ok");
    reply.put("found", text.isPresent());
    ObjectNode data = reply.putObject("data");
    text.ifPresent(t -> data.put("text/plain", t));
    reply.putObject("metadata");
    return reply;
  }

  ObjectNode isComplete(Message request) {
    String code = request.text("code", "");
    ObjectNode reply = json.createObjectNode();
    if (Magics.hasMagic(code)) {
      reply.put("status", "complete");
      return reply;
    }
    Completeness completeness = evaluator.get().isComplete(code);
    reply.put("status", completeness.status().name().toLowerCase(Locale.ROOT));
    if (completeness.status() == Completeness.Status.INCOMPLETE) {
      reply.put("indent", completeness.indent());
    }
    return reply;
  }

  /**
   * The documentation at {@code cursor}. JShell documents a method only inside its call, so a bare
   * name ({@code Math.max}) is looked up again as the start of a call ({@code Math.max(}).
   */
  static Optional<String> documentation(Evaluator evaluator, String code, int cursor, int detail) {
    var text = evaluator.inspect(code, cursor, detail);
    if (text.isPresent()
        || cursor == 0
        || !Character.isJavaIdentifierPart(code.charAt(cursor - 1))) {
      return text;
    }
    String call = code.substring(0, cursor) + "(" + code.substring(cursor);
    return evaluator.inspect(call, cursor + 1, detail);
  }

  /** The UTF-16 index of code point {@code codePoints}, clamped into the string. */
  static int utf16(String code, int codePoints) {
    int total = code.codePointCount(0, code.length());
    return code.offsetByCodePoints(0, Math.clamp(codePoints, 0, total));
  }
}
