package dev.noisebook.kernel.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Makes the kernel's outgoing messages: fresh headers (message id, this kernel run's session id,
 * ISO-8601 date with zone, protocol version) and the request's header as parent, so a client can
 * match every reply and broadcast to what caused it.
 */
public final class Envelope {
  /** The protocol version this kernel speaks. */
  public static final String PROTOCOL_VERSION = "5.4";

  private final ObjectMapper json;
  private final String session = UUID.randomUUID().toString();

  public Envelope(ObjectMapper json) {
    this.json = json;
  }

  /** A new empty JSON object, for building content. */
  public ObjectNode object() {
    return json.createObjectNode();
  }

  /** The reply of type {@code type} to {@code request}, routed back to its sender. */
  public Message reply(Message request, String type, ObjectNode content) {
    return new Message(
        request.identities(), header(type), request.header(), object(), content, List.of());
  }

  /**
   * A broadcast on iopub: its topic is the single routing frame, its parent the request that caused
   * it (an empty parent for the kernel's own status at start).
   */
  public Message broadcast(ObjectNode parent, String type, ObjectNode content) {
    byte[] topic = ("kernel." + session + "." + type).getBytes(StandardCharsets.UTF_8);
    return new Message(List.of(topic), header(type), parent, object(), content, List.of());
  }

  /** A request the kernel sends to a client (stdin's input_request), routed to {@code to}. */
  public Message request(List<byte[]> to, ObjectNode parent, String type, ObjectNode content) {
    return new Message(to, header(type), parent, object(), content, List.of());
  }

  private ObjectNode header(String type) {
    ObjectNode header = object();
    header.put("msg_id", UUID.randomUUID().toString());
    header.put("session", session);
    header.put("username", "noisebook");
    header.put(
        "date", OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    header.put("msg_type", type);
    header.put("version", PROTOCOL_VERSION);
    return header;
  }
}
