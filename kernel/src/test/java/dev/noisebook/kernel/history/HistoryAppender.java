package dev.noisebook.kernel.history;

import java.nio.file.Path;

/**
 * A second "kernel" for {@link HistoryStoreTest}: opens the file in its own JVM, prints its session
 * number (the test's cue to start appending too) and appends.
 */
public final class HistoryAppender {
  private HistoryAppender() {}

  /** Arguments: the history file and how many cells to add. */
  public static void main(String[] args) {
    HistoryStore store = HistoryStore.open(Path.of(args[0]));
    System.out.println(store.session());
    System.out.flush();
    int cells = Integer.parseInt(args[1]);
    for (int line = 1; line <= cells; line++) {
      store.add(line, "other process cell " + line, null);
    }
  }
}
