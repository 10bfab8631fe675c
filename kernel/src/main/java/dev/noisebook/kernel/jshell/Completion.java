package dev.noisebook.kernel.jshell;

import java.util.List;

/**
 * Completion candidates for the token around the cursor: a client replaces {@code code[start, end)}
 * (UTF-16 indices, as Jupyter's {@code cursor_start}/{@code cursor_end}) with one of {@code
 * matches}.
 */
public record Completion(List<String> matches, int start, int end) {
  public Completion {
    matches = List.copyOf(matches);
  }
}
