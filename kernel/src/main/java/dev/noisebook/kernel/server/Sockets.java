package dev.noisebook.kernel.server;

import java.util.ArrayList;
import java.util.List;
import org.zeromq.ZMQ;

/** Sending and receiving multi-frame messages, blocking (no polling loops, no sleeps). */
final class Sockets {
  private Sockets() {}

  static void send(ZMQ.Socket socket, List<byte[]> frames) {
    for (int i = 0; i < frames.size(); i++) {
      socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
    }
  }

  /** The next message's frames; blocks until one arrives. */
  static List<byte[]> receive(ZMQ.Socket socket) {
    return receive(socket, 0);
  }

  /** The next message's frames, or null when {@code flags} is DONTWAIT and none is waiting. */
  static List<byte[]> receive(ZMQ.Socket socket, int flags) {
    byte[] first = socket.recv(flags);
    if (first == null) {
      return null;
    }
    List<byte[]> frames = new ArrayList<>();
    frames.add(first);
    while (socket.hasReceiveMore()) {
      frames.add(socket.recv(0));
    }
    return frames;
  }
}
