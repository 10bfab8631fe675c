package dev.noisebook.kernel.server;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Ends the kernel when the client process that started it ends, as ipykernel does: a notebook
 * server or test run that is killed never sends shutdown_request, and an orphaned kernel would keep
 * its JVM, its ports and the killed process's output pipes. jupyter_client names itself in the
 * {@code JPY_PARENT_PID} environment variable of every kernel it launches.
 */
public final class ParentWatch {
  /** The variable jupyter_client sets to its own process id. */
  public static final String VARIABLE = "JPY_PARENT_PID";

  private static final Logger LOG = Logger.getLogger(ParentWatch.class.getName());

  private ParentWatch() {}

  /**
   * Runs {@code onParentExit} once the process {@code parentPid} (the value of {@link #VARIABLE})
   * has ended, at once if it already has. Nothing is watched when the value is absent, or is not a
   * process id, which is logged: a kernel started by hand has no parent to follow.
   */
  public static void start(String parentPid, Runnable onParentExit) {
    if (parentPid == null || parentPid.isBlank()) {
      return;
    }
    long pid;
    try {
      pid = Long.parseLong(parentPid.strip());
    } catch (NumberFormatException e) {
      LOG.warning(VARIABLE + " is not a process id: '" + parentPid + "'; not following a parent");
      return;
    }
    Optional<ProcessHandle> parent = ProcessHandle.of(pid);
    if (parent.isEmpty()) {
      LOG.warning("the parent process " + pid + " has already ended");
      onParentExit.run();
      return;
    }
    parent
        .get()
        .onExit()
        .thenRun(
            () -> {
              LOG.warning("the parent process " + pid + " ended; the kernel ends with it");
              onParentExit.run();
            });
  }
}
