package dev.noisebook.kernel;

import dev.noisebook.kernel.history.HistoryStore;
import dev.noisebook.kernel.protocol.ConnectionInfo;
import dev.noisebook.kernel.server.KernelServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The kernel's command line: {@code kernel CONNECTION_FILE} and {@code kernelspec DIR}. */
@Command(
    name = "noisebook-kernel",
    mixinStandardHelpOptions = true,
    description = "The Noisebook Jupyter kernel (JShell on Java 25).",
    subcommands = {Main.Serve.class, KernelSpecCommand.class})
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }

  /** Serves one Jupyter connection until the client shuts the kernel down. */
  @Command(name = "kernel", description = "Serve the Jupyter connection in CONNECTION_FILE.")
  static final class Serve implements Callable<Integer> {
    @Parameters(paramLabel = "CONNECTION_FILE", description = "written by the Jupyter client")
    Path connectionFile;

    @Override
    public Integer call() throws InterruptedException, IOException {
      logToTerminal();
      KernelServer.serve(ConnectionInfo.read(connectionFile), history());
      return 0;
    }
  }

  /** The persistent history, or one for this run only when the user's file cannot be used. */
  private static HistoryStore history() throws IOException {
    try {
      return HistoryStore.open(HistoryStore.defaultFile());
    } catch (UncheckedIOException e) {
      Logger.getLogger(Main.class.getName())
          .warning(e.getMessage() + "; history is kept for this kernel run only");
      Path file = Files.createTempFile("noisebook-history", ".jsonl");
      file.toFile().deleteOnExit();
      return HistoryStore.open(file);
    }
  }

  /**
   * Sends the kernel's own log to the terminal that started Jupyter, through the stderr the JVM
   * started with: the kernel replaces System.err with the notebook's stream right after.
   */
  private static void logToTerminal() {
    Logger root = Logger.getLogger("");
    for (var handler : root.getHandlers()) {
      root.removeHandler(handler);
    }
    // Read once, when SimpleFormatter is first loaded: set before creating one.
    System.setProperty("java.util.logging.SimpleFormatter.format", "[noisebook %4$s] %5$s%6$s%n");
    var handler = new ConsoleHandler();
    handler.setFormatter(new SimpleFormatter());
    handler.setLevel(Level.INFO);
    root.addHandler(handler);
    root.setLevel(Level.INFO);
  }
}
