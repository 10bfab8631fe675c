package dev.noisebook.kernel.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The notebook's input history, kept across kernel restarts in one JSON-lines file shared by all
 * kernels of the user, and queried the way Jupyter's {@code history_request} asks (tail, range,
 * search). Each kernel that opens the store starts a new session, numbered one past the highest so
 * far. Every operation reads or appends the file under a lock, so two kernels can use it at once; a
 * torn or corrupt line (a kernel killed mid-write) is skipped. When opening finds more than the cap
 * of entries, the file is rewritten with the newest ones.
 *
 * <p>Methods throw {@link java.io.UncheckedIOException} naming the file when it cannot be read or
 * written; a kernel should report that and carry on without history.
 */
public final class HistoryStore {
  /** How many entries the file keeps, newest first, when it is rewritten. */
  public static final int DEFAULT_CAP = 10_000;

  /**
   * The longest output kept: a cell that prints megabytes must not make every later history request
   * read megabytes. Longer outputs are cut and end with {@link #CUT}.
   */
  public static final int MAX_OUTPUT_CHARS = 10_000;

  /** What ends an output cut to {@link #MAX_OUTPUT_CHARS}. */
  public static final String CUT = "\n[output cut]";

  private static final Comparator<Entry> CHRONOLOGICAL =
      Comparator.comparingInt(Entry::session).thenComparingInt(Entry::line);

  /**
   * One cell of history.
   *
   * @param session the kernel session it ran in, from 1
   * @param line the execution count within that session, from 1
   * @param input the cell's source
   * @param output the cell's result as text, or {@code null} when it had none
   */
  public record Entry(int session, int line, String input, String output) {}

  private final LockedFile file;
  private final int session;

  private HistoryStore(LockedFile file, int session) {
    this.file = file;
    this.session = session;
  }

  /** {@code noisebook/history.jsonl} in the user's Jupyter data directory. */
  public static Path defaultFile() {
    return JupyterDataDir.current().resolve("noisebook").resolve("history.jsonl");
  }

  /** Opens {@code file} (creating it and its directories as needed) for a new session. */
  public static HistoryStore open(Path file) {
    return open(file, DEFAULT_CAP);
  }

  /** Opens {@code file} for a new session, keeping at most {@code cap} entries when rewriting. */
  public static HistoryStore open(Path file, int cap) {
    if (cap < 1) {
      throw new IllegalArgumentException("history cap must be positive, got " + cap);
    }
    LockedFile locked = new LockedFile(file);
    int session =
        locked.locked(
            () -> {
              List<HistoryLine> lines = read(locked);
              int next = lines.stream().mapToInt(HistoryLine::session).max().orElse(0) + 1;
              HistoryLine start = new HistoryLine.SessionStart(next, Instant.now());
              List<HistoryLine> kept = newest(lines, cap);
              if (kept.size() < lines.size()) {
                kept.add(start);
                locked.rewrite(kept.stream().map(HistoryLine::format).toList());
              } else {
                locked.append(HistoryLine.format(start));
              }
              return next;
            });
    return new HistoryStore(locked, session);
  }

  /** The file this store reads and appends. */
  public Path file() {
    return file.path();
  }

  /** This kernel's session number: one past the highest in the file when it was opened. */
  public int session() {
    return session;
  }

  /**
   * Records that cell number {@code line} of this session ran {@code input}, giving {@code
   * outputOrNull} (its text result, or {@code null}; cut to {@link #MAX_OUTPUT_CHARS}).
   */
  public void add(int line, String input, String outputOrNull) {
    Objects.requireNonNull(input, "a history entry needs its input");
    String output =
        outputOrNull == null || outputOrNull.length() <= MAX_OUTPUT_CHARS
            ? outputOrNull
            : outputOrNull.substring(0, MAX_OUTPUT_CHARS) + CUT;
    String json = HistoryLine.format(new HistoryLine.Cell(new Entry(session, line, input, output)));
    file.locked(
        () -> {
          file.append(json);
          return null;
        });
  }

  /** The newest {@code n} entries of all sessions, oldest first; {@code n <= 0} means all. */
  public List<Entry> tail(int n) {
    return last(entries(entry -> true), n);
  }

  /**
   * The entries of one session with {@code start <= line < stop}, by line, as Jupyter's {@code
   * range} request means them: {@code session} 0 or negative counts back from this one (0 is this
   * session, -1 the one before), and {@code stop} 0 or negative means to the end.
   */
  public List<Entry> range(int session, int start, int stop) {
    int wanted = session <= 0 ? this.session + session : session;
    return entries(
        entry ->
            entry.session() == wanted
                && entry.line() >= start
                && (stop <= 0 || entry.line() < stop));
  }

  /**
   * The newest {@code n} entries whose input matches {@code globPattern} ({@code *} any text,
   * {@code ?} one character, the whole input), oldest first; {@code n <= 0} means all. With {@code
   * unique}, an input run several times appears once, at its newest run.
   */
  public List<Entry> search(String globPattern, int n, boolean unique) {
    Pattern pattern = Glob.compile(globPattern);
    List<Entry> matches = entries(entry -> pattern.matcher(entry.input()).matches());
    if (unique) {
      Set<String> seen = new HashSet<>();
      List<Entry> newestFirst = new ArrayList<>();
      for (int i = matches.size() - 1; i >= 0; i--) {
        if (seen.add(matches.get(i).input())) {
          newestFirst.add(matches.get(i));
        }
      }
      matches = newestFirst.reversed();
    }
    return last(matches, n);
  }

  /** The entries passing {@code filter}, in (session, line) order. */
  private List<Entry> entries(Predicate<Entry> filter) {
    List<HistoryLine> lines = file.locked(() -> read(file));
    return lines.stream()
        .<Entry>mapMulti(
            (line, entries) -> {
              if (line instanceof HistoryLine.Cell cell) {
                entries.accept(cell.entry());
              }
            })
        .filter(filter)
        .sorted(CHRONOLOGICAL)
        .toList();
  }

  private static List<HistoryLine> read(LockedFile file) throws IOException {
    List<HistoryLine> lines = new ArrayList<>();
    for (String text : file.readLines()) {
      HistoryLine.parse(text).ifPresent(lines::add);
    }
    return lines;
  }

  /**
   * The lines to keep: all of them while the file holds at most {@code cap} entries and {@code cap}
   * session starts; otherwise the newest {@code cap} entries and the starts of their sessions, in
   * file order.
   */
  private static List<HistoryLine> newest(List<HistoryLine> lines, int cap) {
    long cells = lines.stream().filter(HistoryLine.Cell.class::isInstance).count();
    if (cells <= cap && lines.size() - cells <= cap) {
      return new ArrayList<>(lines);
    }
    long dropped = Math.max(0, cells - cap);
    Set<Integer> keptSessions = new HashSet<>();
    long seen = 0;
    for (HistoryLine line : lines) {
      if (line instanceof HistoryLine.Cell && seen++ >= dropped) {
        keptSessions.add(line.session());
      }
    }
    List<HistoryLine> kept = new ArrayList<>();
    seen = 0;
    for (HistoryLine line : lines) {
      boolean keep =
          line instanceof HistoryLine.Cell
              ? seen++ >= dropped
              : keptSessions.contains(line.session());
      if (keep) {
        kept.add(line);
      }
    }
    return kept;
  }

  private static List<Entry> last(List<Entry> entries, int n) {
    return n <= 0 || n >= entries.size()
        ? entries
        : entries.subList(entries.size() - n, entries.size());
  }
}
