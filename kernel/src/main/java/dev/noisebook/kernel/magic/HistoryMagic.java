package dev.noisebook.kernel.magic;

import dev.noisebook.kernel.history.HistoryStore;
import dev.noisebook.kernel.history.HistoryStore.Entry;
import java.util.List;

/**
 * {@code %history}: shows earlier inputs from the persistent history, so code from a previous
 * kernel session can be found and copied back. Not built in, since the server owns the store:
 * register it with {@code new Magics(resolver, new HistoryMagic(store))}.
 */
public final class HistoryMagic implements Magic {
  private final HistoryStore store;

  public HistoryMagic(HistoryStore store) {
    this.store = store;
  }

  @Override
  public String name() {
    return "history";
  }

  @Override
  public String usage() {
    return "%history [-l n | -g pattern]";
  }

  @Override
  public String summary() {
    return "show inputs of this session, the last n of all sessions, or those matching a pattern";
  }

  @Override
  public String details() {
    return """
        %history            this session's inputs, numbered by execution count.
        %history -l 20      the last 20 inputs of all sessions, as session/line.
        %history -g plot    every input containing "plot" (* and ? are wildcards).""";
  }

  @Override
  public <R> R runLine(String args, MagicContext<R> context) {
    List<String> words = Arguments.split(args);
    List<Entry> entries;
    if (words.isEmpty()) {
      entries = store.range(0, 1, 0);
    } else if (words.size() == 2 && words.get(0).equals("-l")) {
      entries = store.tail(count(words.get(1)));
    } else if (words.size() >= 2 && words.get(0).equals("-g")) {
      String pattern = String.join(" ", words.subList(1, words.size()));
      entries = store.search("*" + pattern + "*", 0, false);
    } else {
      throw new MagicException("%history does not understand '" + args.trim() + "'; " + usage());
    }
    for (Entry entry : entries) {
      String label =
          entry.session() == store.session()
              ? Integer.toString(entry.line())
              : entry.session() + "/" + entry.line();
      String indent = " ".repeat(label.length() + 2);
      context.out().println(label + ": " + entry.input().replace("\n", "\n" + indent));
    }
    return context.session().done();
  }

  private static int count(String typed) {
    try {
      int n = Integer.parseInt(typed);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new MagicException("%history -l needs a positive count, not '" + typed + "'");
  }
}
