package dev.noisebook.kernel.server;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What a cell writes to {@code System.out} or {@code System.err}, batched into {@code stream}
 * messages. Text leaves when a batch reaches {@link #BATCH_CHARS}, when the cell ends ({@link
 * #flush}), or {@link #LINGER_MS} after the first unsent write, so a slow loop's prints appear
 * while it runs and a million printed lines travel as a few hundred messages. Nothing is dropped:
 * writers wait on the lock while a batch is handed over. Bytes are decoded as UTF-8 across write
 * boundaries, so a character split between two writes arrives whole.
 */
final class CellStream extends OutputStream {
  static final int BATCH_CHARS = 64 * 1024;
  static final long LINGER_MS = 50;
  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            // A thread joins its creator's group, and the executor creates its thread on the first
            // write: usually a cell's, whose group JShell joins whole when the cell starts. Had the
            // timer landed there, the cell would wait on it forever (it did, now and then, in CI).
            Thread t = new Thread(rootGroup(), r, "noisebook-stream-timer");
            t.setDaemon(true);
            return t;
          });

  private final Consumer<String> sink;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer pendingBytes = ByteBuffer.allocate(8192);
  private final StringBuilder text = new StringBuilder();
  private ScheduledFuture<?> lingering;

  private static ThreadGroup rootGroup() {
    ThreadGroup group = Thread.currentThread().getThreadGroup();
    while (group.getParent() != null) {
      group = group.getParent();
    }
    return group;
  }

  /** A stream that hands each batch of text to {@code sink}. */
  CellStream(Consumer<String> sink) {
    this.sink = sink;
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) {
    int end = offset + length;
    while (offset < end) {
      int n = Math.min(pendingBytes.remaining(), end - offset);
      pendingBytes.put(bytes, offset, n);
      offset += n;
      decodePending();
    }
    if (text.length() >= BATCH_CHARS) {
      send();
    } else if (!text.isEmpty() && lingering == null) {
      lingering = TIMER.schedule(this::flush, LINGER_MS, TimeUnit.MILLISECONDS);
    }
  }

  /** Sends what has been written so far. */
  @Override
  public synchronized void flush() {
    send();
  }

  private void decodePending() {
    pendingBytes.flip();
    CharBuffer chars = CharBuffer.allocate(pendingBytes.remaining() + 1);
    CoderResult result = decoder.decode(pendingBytes, chars, false);
    if (result.isError()) {
      try {
        result.throwException();
      } catch (CharacterCodingException e) {
        throw new IllegalStateException("the decoder was told to replace bad input", e);
      }
    }
    text.append(chars.flip());
    pendingBytes.compact();
  }

  private void send() {
    if (lingering != null) {
      lingering.cancel(false);
      lingering = null;
    }
    if (!text.isEmpty()) {
      sink.accept(text.toString());
      text.setLength(0);
    }
  }
}
