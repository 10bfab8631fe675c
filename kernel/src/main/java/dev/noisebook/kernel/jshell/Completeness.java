package dev.noisebook.kernel.jshell;

/**
 * Whether a cell's text is ready to run, for Jupyter's {@code is_complete_request}: consoles use it
 * to decide between running the input and opening a continuation line indented by {@code indent}.
 */
public record Completeness(Status status, String indent) {
  /** The three answers the protocol knows besides "unknown". */
  public enum Status {
    COMPLETE,
    INCOMPLETE,
    INVALID
  }
}
