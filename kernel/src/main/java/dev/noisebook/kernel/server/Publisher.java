package dev.noisebook.kernel.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.noisebook.kernel.protocol.Envelope;
import dev.noisebook.kernel.protocol.Message;
import dev.noisebook.kernel.protocol.WireCodec;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.zeromq.ZMQ;

/**
 * The iopub channel. ZeroMQ sockets must not be shared between threads, yet the shell thread, the
 * control thread, cell output and threads a cell starts all broadcast; so they enqueue, and one
 * thread owns the socket and sends in queue order. Order matters: a client takes {@code idle} to
 * mean that every output of the request has arrived, and idle is enqueued after that output.
 */
final class Publisher implements Runnable {
  private static final Message STOP =
      new Message(java.util.List.of(), null, null, null, null, java.util.List.of());

  private final ZMQ.Socket socket;
  private final WireCodec codec;
  private final Envelope envelope;
  private final BlockingQueue<Message> queue = new LinkedBlockingQueue<>();

  Publisher(ZMQ.Socket socket, WireCodec codec, Envelope envelope) {
    this.socket = socket;
    this.codec = codec;
    this.envelope = envelope;
  }

  /** Broadcasts a message of {@code type} whose parent is {@code parent}. */
  void publish(ObjectNode parent, String type, ObjectNode content) {
    queue.add(envelope.broadcast(parent, type, content));
  }

  /** Broadcasts {@code status} ({@code busy}, {@code idle}, {@code starting}). */
  void status(ObjectNode parent, String state) {
    ObjectNode content = envelope.object();
    content.put("execution_state", state);
    publish(parent, "status", content);
  }

  /** Sends what is queued, then ends the sending thread. */
  void close() {
    queue.add(STOP);
  }

  @Override
  public void run() {
    try {
      for (Message message = queue.take(); message != STOP; message = queue.take()) {
        Sockets.send(socket, codec.encode(message));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
