package dev.noisebook.kernel.protocol;

/**
 * A message the kernel refuses to act on: frames missing, a bad or missing signature, JSON that
 * does not parse, a part that is too large. The message says which, for the kernel's log; the
 * sender gets no answer.
 */
public final class MalformedMessageException extends Exception {
  public MalformedMessageException(String message) {
    super(message);
  }
}
