package dev.noisebook.kernel.jshell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.function.Supplier;

/**
 * Streams for JShell's builder that write to (or read from) whatever {@code System.out}, {@code
 * System.err} and {@code System.in} are at the moment of use. The Jupyter server replaces the
 * standard streams to route output to the notebook, possibly after the evaluator started; a stream
 * captured at start would send JShell's own output to the old terminal.
 */
final class CurrentStandardStreams {
  private CurrentStandardStreams() {}

  /** Writes to the current {@code System.out}. */
  static PrintStream out() {
    return forwarding(() -> System.out);
  }

  /** Writes to the current {@code System.err}. */
  static PrintStream err() {
    return forwarding(() -> System.err);
  }

  /** Reads from the current {@code System.in}. */
  static InputStream in() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        return System.in.read();
      }

      @Override
      public int read(byte[] bytes, int offset, int length) throws IOException {
        return System.in.read(bytes, offset, length);
      }

      @Override
      public int available() throws IOException {
        return System.in.available();
      }
    };
  }

  private static PrintStream forwarding(Supplier<PrintStream> target) {
    OutputStream sink =
        new OutputStream() {
          @Override
          public void write(int b) {
            target.get().write(b);
          }

          @Override
          public void write(byte[] bytes, int offset, int length) {
            target.get().write(bytes, offset, length);
          }

          @Override
          public void flush() {
            target.get().flush();
          }
        };
    return new PrintStream(sink, true, Charset.defaultCharset());
  }
}
