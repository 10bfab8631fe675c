package dev.noisebook.kernel.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One Jupyter message: the ZeroMQ routing identities it came with (replies go back to them), its
 * four JSON parts and any binary buffers. The JSON parts are mutable Jackson trees; a message is
 * built once, by {@link Envelope}, and not changed after it is sent.
 */
public record Message(
    List<byte[]> identities,
    ObjectNode header,
    ObjectNode parentHeader,
    ObjectNode metadata,
    ObjectNode content,
    List<byte[]> buffers) {

  public Message {
    identities = List.copyOf(identities);
    buffers = List.copyOf(buffers);
  }

  /** The message type from the header, e.g. {@code execute_request}. */
  public String type() {
    return header.path("msg_type").asText();
  }

  /** The message id from the header. */
  public String id() {
    return header.path("msg_id").asText();
  }

  /** A string field of the content, or {@code fallback} when absent or not text. */
  public String text(String field, String fallback) {
    var node = content.get(field);
    return node != null && node.isTextual() ? node.asText() : fallback;
  }

  /** A boolean field of the content, or {@code fallback} when absent or not a boolean. */
  public boolean flag(String field, boolean fallback) {
    var node = content.get(field);
    return node != null && node.isBoolean() ? node.asBoolean() : fallback;
  }

  /** An integer field of the content, or {@code fallback} when absent or not a number. */
  public int number(String field, int fallback) {
    var node = content.get(field);
    return node != null && node.canConvertToInt() ? node.asInt() : fallback;
  }
}
