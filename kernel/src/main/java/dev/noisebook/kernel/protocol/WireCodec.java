package dev.noisebook.kernel.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns messages into ZeroMQ frames and back: {@code [identities…, "<IDS|MSG>", signature, header,
 * parent_header, metadata, content, buffers…]}. Decoding checks the signature before it parses any
 * JSON, so an unsigned stranger cannot even make the kernel run the JSON parser on its input.
 */
public final class WireCodec {
  /** The frame that separates routing identities from the message. */
  public static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);

  /**
   * The largest message accepted, all frames together; the sockets drop a bigger one before the
   * kernel sees it, and the codec checks each JSON part against it too.
   */
  public static final int MAX_MESSAGE = 64 << 20;

  private final Signer signer;
  private final ObjectMapper json;

  public WireCodec(Signer signer, ObjectMapper json) {
    this.signer = signer;
    this.json = json;
  }

  /** The frames of {@code message}, signed. */
  public List<byte[]> encode(Message message) {
    List<byte[]> parts =
        List.of(
            bytes(message.header()),
            bytes(message.parentHeader()),
            bytes(message.metadata()),
            bytes(message.content()));
    List<byte[]> frames = new ArrayList<>(message.identities());
    frames.add(DELIMITER);
    frames.add(signer.sign(parts).getBytes(StandardCharsets.US_ASCII));
    frames.addAll(parts);
    frames.addAll(message.buffers());
    return frames;
  }

  /** The message in {@code frames}, or why it cannot be accepted. */
  public Message decode(List<byte[]> frames) throws MalformedMessageException {
    int delimiter = indexOfDelimiter(frames);
    if (frames.size() < delimiter + 6) {
      throw new MalformedMessageException(
          "frames missing: expected signature, header, parent_header, metadata and content after"
              + " the delimiter, got "
              + (frames.size() - delimiter - 1));
    }
    List<byte[]> parts = frames.subList(delimiter + 2, delimiter + 6);
    for (byte[] part : parts) {
      if (part.length > MAX_MESSAGE) {
        throw new MalformedMessageException(
            "a JSON part of " + part.length + " bytes exceeds the limit of " + MAX_MESSAGE);
      }
    }
    if (signer.signs() && frames.get(delimiter + 1).length == 0) {
      throw new MalformedMessageException("unsigned message on a signed connection");
    }
    if (!signer.verify(frames.get(delimiter + 1), parts)) {
      throw new MalformedMessageException("bad signature");
    }
    ObjectNode header = object(parts.get(0), "header");
    if (!header.path("msg_type").isTextual() || header.path("msg_type").asText().isEmpty()) {
      throw new MalformedMessageException("the header has no msg_type");
    }
    return new Message(
        frames.subList(0, delimiter),
        header,
        object(parts.get(1), "parent_header"),
        object(parts.get(2), "metadata"),
        object(parts.get(3), "content"),
        frames.subList(delimiter + 6, frames.size()));
  }

  private static int indexOfDelimiter(List<byte[]> frames) throws MalformedMessageException {
    for (int i = 0; i < frames.size(); i++) {
      if (Arrays.equals(frames.get(i), DELIMITER)) {
        return i;
      }
    }
    throw new MalformedMessageException(
        "no <IDS|MSG> delimiter among " + frames.size() + " frames");
  }

  private ObjectNode object(byte[] part, String name) throws MalformedMessageException {
    try {
      JsonNode node = json.readTree(part);
      if (node instanceof ObjectNode object) {
        return object;
      }
      throw new MalformedMessageException(name + " is not a JSON object");
    } catch (JsonProcessingException e) {
      throw new MalformedMessageException(name + " is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new MalformedMessageException(name + " cannot be read: " + e.getMessage());
    }
  }

  private byte[] bytes(ObjectNode node) {
    try {
      return json.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a message part", e);
    }
  }
}
