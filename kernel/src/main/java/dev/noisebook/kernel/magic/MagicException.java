package dev.noisebook.kernel.magic;

/**
 * A magic could not do what the cell asked. The message names the problem in words a notebook user
 * can act on; the server reports it as the cell's error with the name {@link #ENAME}, without a
 * Java stack trace.
 */
public final class MagicException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The Jupyter {@code ename} under which the server reports a magic's failure. */
  public static final String ENAME = "MagicError";

  public MagicException(String message) {
    super(message);
  }

  public MagicException(String message, Throwable cause) {
    super(message, cause);
  }
}
