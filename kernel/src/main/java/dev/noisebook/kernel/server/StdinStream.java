package dev.noisebook.kernel.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code System.in} inside the kernel: when a cell reads and nothing is buffered, the client is
 * asked for a line (an input_request with an empty prompt) and the answer is read as that line plus
 * a newline, so {@code Scanner} and {@code BufferedReader.readLine} work as in a terminal.
 */
final class StdinStream extends InputStream {
  private final StdinChannel channel;
  private byte[] line = new byte[0];
  private int position;

  StdinStream(StdinChannel channel) {
    this.channel = channel;
  }

  @Override
  public synchronized int read() throws IOException {
    if (!fill()) {
      return -1;
    }
    return line[position++] & 0xff;
  }

  @Override
  public synchronized int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(length, line.length - position);
    System.arraycopy(line, position, buffer, offset, n);
    position += n;
    return n;
  }

  @Override
  public synchronized int available() {
    return line.length - position;
  }

  private boolean fill() throws IOException {
    if (position < line.length) {
      return true;
    }
    try {
      line = (channel.ask("", false) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IllegalStateException e) {
      throw new IOException(e.getMessage(), e);
    }
    position = 0;
    return true;
  }
}
