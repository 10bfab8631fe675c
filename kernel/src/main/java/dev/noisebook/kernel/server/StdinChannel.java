package dev.noisebook.kernel.server;

import dev.noisebook.kernel.protocol.Envelope;
import dev.noisebook.kernel.protocol.MalformedMessageException;
import dev.noisebook.kernel.protocol.Message;
import dev.noisebook.kernel.protocol.WireCodec;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.zeromq.ZMQ;

/**
 * The stdin channel: asks the client that sent the running cell for a line ({@code input_request})
 * and waits for its {@code input_reply}. One question at a time; a reply that is not a valid
 * input_reply is logged and ignored while the kernel keeps waiting.
 */
final class StdinChannel {
  private static final Logger LOG = Logger.getLogger(StdinChannel.class.getName());

  private final ZMQ.Socket socket;
  private final WireCodec codec;
  private final Envelope envelope;
  private final Supplier<CellContext> cell;

  StdinChannel(ZMQ.Socket socket, WireCodec codec, Envelope envelope, Supplier<CellContext> cell) {
    this.socket = socket;
    this.codec = codec;
    this.envelope = envelope;
    this.cell = cell;
  }

  /** The line the user typed, or an exception saying why none can be asked for. */
  synchronized String ask(String prompt, boolean password) {
    CellContext context = cell.get();
    if (!context.allowStdin()) {
      throw new IllegalStateException(
          "this client does not accept input requests (allow_stdin is false), so the cell cannot"
              + " read input");
    }
    var content = envelope.object();
    content.put("prompt", prompt);
    content.put("password", password);
    Sockets.send(
        socket,
        codec.encode(
            envelope.request(context.sender(), context.header(), "input_request", content)));
    while (true) {
      try {
        Message reply = codec.decode(Sockets.receive(socket));
        if ("input_reply".equals(reply.type())) {
          return reply.text("value", "");
        }
        LOG.warning("ignored " + reply.type() + " on stdin while waiting for input_reply");
      } catch (MalformedMessageException e) {
        LOG.warning("dropped a message on stdin: " + e.getMessage());
      }
    }
  }
}
