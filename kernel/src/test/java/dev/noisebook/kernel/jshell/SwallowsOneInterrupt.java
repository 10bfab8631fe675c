package dev.noisebook.kernel.jshell;

import java.util.concurrent.CountDownLatch;

/**
 * Library code for cells of {@link EvaluatorInterruptTest}: not snippet code, so JShell weaves no
 * stop check into it. Like the JDK's first text drawing in a JVM, it clears an interrupt that
 * arrives while it waits, then works until its thread is interrupted again.
 */
public final class SwallowsOneInterrupt {
  private SwallowsOneInterrupt() {}

  public static void waitThenWork(CountDownLatch started) {
    started.countDown();
    try {
      Thread.sleep(60_000);
    } catch (InterruptedException swallowed) {
      // what a careless library does
    }
    while (!Thread.currentThread().isInterrupted()) {
      Thread.onSpinWait();
    }
  }
}
