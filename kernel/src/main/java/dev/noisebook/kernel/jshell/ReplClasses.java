package dev.noisebook.kernel.jshell;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;

/**
 * The compiled wrapper classes JShell keeps for javac. JShell compiles each snippet into a class of
 * its in-memory {@code REPL} package and never forgets one, and every javac pass of a later cell
 * (three or four for an expression) lists and enters that whole package, so a notebook got slower
 * with every cell: in {@code ./noisebook bench-kernel} a trivial cell took 24.8 ms after 1000 cells
 * before, 9.1 ms with the package held to what later cells can name.
 *
 * <p>The kernel therefore forgets the classes of snippets that nothing can name again once they
 * ran: statements, expressions, and the temporary variables it drops. The snippet class loader has
 * its own copy of every class it was given, so a lambda or anonymous class of such a snippet that
 * first runs later still loads.
 *
 * <p>JShell has no API for this. Its class map is reached by reflection into {@code jdk.jshell},
 * which the kernel's JVM opens ({@value #OPEN_OPTION}). Where that is not open, or a JDK keeps the
 * classes elsewhere, nothing is forgotten and cells only run slower; the kernel logs that once.
 */
final class ReplClasses {
  /** The JVM option that lets the kernel reach JShell's class map. */
  static final String OPEN_OPTION = "--add-opens=jdk.jshell/jdk.jshell=ALL-UNNAMED";

  private static final Logger LOG = Logger.getLogger(ReplClasses.class.getName());
  private static final String WRAPPER_PREFIX = "REPL.$JShell$";

  private final Map<String, ?> classes; // null when JShell's map could not be reached

  private ReplClasses(Map<String, ?> classes) {
    this.classes = classes;
  }

  /** The class map of {@code shell}, or one that forgets nothing when it cannot be reached. */
  static ReplClasses of(JShell shell) {
    try {
      Object taskFactory = read(shell, JShell.class, "taskFactory");
      Object fileManager = read(taskFactory, taskFactory.getClass(), "fileManager");
      @SuppressWarnings("unchecked") // a TreeMap<String, OutputMemoryJavaFileObject> in JDK 25
      Map<String, ?> classes =
          (Map<String, ?>) read(fileManager, fileManager.getClass(), "classObjects");
      return new ReplClasses(classes);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.info(
          "JShell's compiled classes cannot be reached ("
              + e
              + "); cells get slower as the notebook grows. Start the JVM with "
              + OPEN_OPTION);
      return new ReplClasses(null);
    }
  }

  /** How many compiled classes javac sees in the {@code REPL} package. */
  int count() {
    return classes == null ? 0 : classes.size();
  }

  /**
   * Forgets the classes of {@code snippet} if it is one that later cells cannot name: a statement,
   * an expression, or a temporary variable that is no longer active. Call after it ran.
   */
  void forgetIfUnnamable(JShell shell, Snippet snippet) {
    boolean unnamable =
        switch (snippet.kind()) {
          case STATEMENT, EXPRESSION -> true;
          case VAR ->
              snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                  && !shell.status(snippet).isActive();
          default -> false;
        };
    if (unnamable && classes != null) {
      Pattern own = wrapperOf(snippet.id());
      classes.keySet().removeIf(name -> own.matcher(name).matches());
    }
  }

  /**
   * The binary names of one snippet's classes. A snippet's wrapper is {@code $JShell$} followed by
   * its key index (JShell's default snippet id) and letters counting its versions; the snippet's
   * own nested and anonymous classes follow a {@code $}. Wrappers shared by several snippets join
   * their parts with {@code _} and never match.
   */
  static Pattern wrapperOf(String snippetId) {
    return Pattern.compile(Pattern.quote(WRAPPER_PREFIX + snippetId) + "[A-Z]*(\\$.*)?");
  }

  private static Object read(Object owner, Class<?> type, String name)
      throws ReflectiveOperationException {
    Field field = type.getDeclaredField(name);
    field.setAccessible(true);
    return field.get(owner);
  }
}
