package dev.noisebook.kernel.jshell;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * The class path as JShell's compiler sees it in the kernel: javac's own file manager with two
 * changes.
 *
 * <ul>
 *   <li>One thread at a time uses it. JShell indexes the class path for completion on a background
 *       thread that reads the file manager's locations, while {@code JShell.addToClasspath} changes
 *       them on the caller's thread; javac's file manager is not thread-safe, and the race
 *       occasionally lost a newly added entry, so a later cell failed with "package ... does not
 *       exist".
 *   <li>It does not search the class path for JShell's package {@code REPL}. JShell forgets that
 *       package after every compiler pass and lists it again (up to five passes per expression),
 *       and javac then asked every jar of the class path for it: about 5% of a trivial cell's time
 *       in a JFR profile. No jar holds it; JShell adds the classes it generated itself, on top of
 *       this list.
 * </ul>
 */
final class CompilerFileManager {
  /** The package of JShell's generated wrapper classes ({@code jdk.jshell.Util.REPL_PACKAGE}). */
  private static final String REPL_PACKAGE = "REPL";

  private CompilerFileManager() {}

  /** {@code delegate} behind one lock, listing nothing for JShell's own package. */
  static StandardJavaFileManager of(StandardJavaFileManager delegate) {
    Object lock = new Object();
    return (StandardJavaFileManager)
        Proxy.newProxyInstance(
            CompilerFileManager.class.getClassLoader(),
            new Class<?>[] {StandardJavaFileManager.class},
            (proxy, method, args) -> {
              if (listsReplPackage(method, args)) {
                return List.of();
              }
              synchronized (lock) {
                try {
                  return method.invoke(delegate, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              }
            });
  }

  /** Whether the call is {@code list(CLASS_PATH, "REPL", kinds, recurse)}. */
  private static boolean listsReplPackage(Method method, Object[] args) {
    return method.getName().equals("list")
        && args.length == 4
        && args[0] == StandardLocation.CLASS_PATH
        && REPL_PACKAGE.equals(args[1]);
  }
}
