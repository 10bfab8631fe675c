package dev.noisebook.kernel.magic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The kernel's magic commands and the runner of cells that use them. A cell whose first line is
 * {@code %%name args} runs the cell magic {@code name} over the rest of the cell; otherwise each
 * line starting with {@code %} runs a line magic, in order with the Java between them: the pending
 * Java is evaluated before each magic, the cell stops at the first failed step, and the outcome is
 * the last step's.
 */
public final class Magics {
  private final Map<String, Magic> byName = new TreeMap<>();

  /** The built-in magics, resolving {@code %maven} from the local repository and Central. */
  public Magics() {
    this(new MavenResolver());
  }

  /**
   * The built-in magics with {@code %maven} using {@code resolver}, plus {@code extra} magics (a
   * server's own, e.g. over its history); an extra magic replaces a built-in one of the same name.
   */
  public Magics(MavenResolver resolver, Magic... extra) {
    List<Magic> magics = new ArrayList<>();
    magics.add(new ClasspathMagic());
    magics.add(new MavenMagic(resolver));
    magics.add(new TimeMagic());
    magics.add(new LoadMagic());
    magics.add(new SeedMagic());
    magics.add(new LsmagicMagic());
    magics.add(new HelpMagic());
    magics.addAll(List.of(extra));
    for (Magic magic : magics) {
      byName.put(magic.name(), magic);
    }
  }

  /**
   * Whether {@code cell} uses a magic, i.e. whether the server must run it through {@link #run}.
   */
  public static boolean hasMagic(String cell) {
    return CellParser.hasMagic(cell);
  }

  /** The names of all magics, without {@code %}, sorted. */
  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  /**
   * Runs {@code cell}, Java and magics, in {@code session}.
   *
   * @return the outcome of the last step run (the failed one if a step failed)
   * @throws MagicException when a magic is unknown, misused, or cannot do its work
   */
  public <R> R run(String cell, Session<R> session) {
    return execute(cell, new MagicContext<>(this, session));
  }

  List<Magic> all() {
    return List.copyOf(byName.values());
  }

  <R> R execute(String cell, MagicContext<R> context) {
    Session<R> session = context.session();
    if (cell.isBlank()) {
      return session.done();
    }
    if (!hasMagic(cell)) {
      return session.eval(cell);
    }
    R outcome = session.done();
    for (Step step : CellParser.parse(cell)) {
      outcome =
          switch (step) {
            case Step.Java java -> session.eval(java.code());
            case Step.LineMagic line -> lineMagic(line.name()).runLine(line.args(), context);
            case Step.CellMagic c -> cellMagic(c.name()).runCell(c.args(), c.body(), context);
          };
      if (session.failed(outcome)) {
        break;
      }
    }
    return outcome;
  }

  /** The magic called {@code name} (with or without leading {@code %}), for {@code %help}. */
  Magic lookup(String name) {
    String bare = name.replaceFirst("^%%?", "");
    Magic magic = byName.get(bare);
    if (magic == null) {
      throw new MagicException("unknown magic %" + bare + "; known: " + names(all(), false, ", "));
    }
    return magic;
  }

  private Magic lineMagic(String name) {
    Magic magic = byName.get(name);
    if (magic == null || !magic.isLineMagic()) {
      throw new MagicException(
          (magic == null
                  ? "unknown magic %" + name
                  : "%%" + name + " is a cell magic: put it alone on the cell's first line")
              + "; known: "
              + names(all(), false, ", "));
    }
    return magic;
  }

  private Magic cellMagic(String name) {
    Magic magic = byName.get(name);
    if (magic == null || !magic.isCellMagic()) {
      throw new MagicException(
          (magic == null ? "unknown cell magic %%" + name : "%" + name + " is a line magic only")
              + "; cell magics: "
              + names(all(), true, ", "));
    }
    return magic;
  }

  /**
   * The names of the line (or, with {@code cell}, the cell) magics among {@code magics}, each with
   * its {@code %} or {@code %%}, joined by {@code separator}.
   */
  static String names(List<Magic> magics, boolean cell, String separator) {
    return magics.stream()
        .filter(magic -> cell ? magic.isCellMagic() : magic.isLineMagic())
        .map(magic -> (cell ? "%%" : "%") + magic.name())
        .collect(Collectors.joining(separator));
  }
}
