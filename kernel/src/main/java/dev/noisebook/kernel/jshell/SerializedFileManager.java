package dev.noisebook.kernel.jshell;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import javax.tools.StandardJavaFileManager;

/**
 * Wraps JShell's compiler file manager so that one thread at a time uses it. JShell indexes the
 * class path for completion on a background thread that reads the file manager's locations, while
 * {@code JShell.addToClasspath} changes them on the caller's thread; javac's file manager is not
 * thread-safe, and the race occasionally lost a newly added entry, so a later cell failed with
 * "package ... does not exist".
 */
final class SerializedFileManager {
  private SerializedFileManager() {}

  /** {@code delegate} behind one lock. */
  static StandardJavaFileManager of(StandardJavaFileManager delegate) {
    Object lock = new Object();
    return (StandardJavaFileManager)
        Proxy.newProxyInstance(
            SerializedFileManager.class.getClassLoader(),
            new Class<?>[] {StandardJavaFileManager.class},
            (proxy, method, args) -> {
              synchronized (lock) {
                try {
                  return method.invoke(delegate, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              }
            });
  }
}
