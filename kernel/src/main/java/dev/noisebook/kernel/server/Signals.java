package dev.noisebook.kernel.server;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Proxy;
import java.util.logging.Logger;

/**
 * SIGINT as an interrupt of the running cell, for clients in signal interrupt mode: without a
 * handler, the JVM would run its shutdown hooks and die. sun.misc.Signal is reached reflectively
 * because javac warns about every direct use of it and the build treats warnings seriously.
 *
 * <p>A process started from a shell's background job (a script's {@code jupyter notebook &}, {@code
 * nohup}, CI) inherits SIGINT ignored, and the JVM then silently declines any handler for it; so
 * the disposition is first reset to the default through libc's {@code signal}.
 */
final class Signals {
  private static final Logger LOG = Logger.getLogger(Signals.class.getName());
  private static final int SIGINT = 2;

  private Signals() {}

  static void onInterrupt(Runnable action) {
    try {
      resetInheritedIgnore();
      Class<?> signal = Class.forName("sun.misc.Signal");
      Class<?> handler = Class.forName("sun.misc.SignalHandler");
      Object proxy =
          Proxy.newProxyInstance(
              Signals.class.getClassLoader(),
              new Class<?>[] {handler},
              (self, method, args) ->
                  switch (method.getName()) {
                    case "handle" -> {
                      action.run();
                      yield null;
                    }
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> "noisebook SIGINT handler";
                  });
      Object sigint = signal.getConstructor(String.class).newInstance("INT");
      signal.getMethod("handle", signal, handler).invoke(null, sigint, proxy);
    } catch (Throwable e) { // also a libc or linker failure: the kernel works without SIGINT
      LOG.warning("SIGINT will not interrupt cells: " + e);
    }
  }

  /** Sets SIGINT to its default disposition (SIG_DFL is 0), undoing an inherited SIG_IGN. */
  private static void resetInheritedIgnore() throws Throwable {
    Linker linker = Linker.nativeLinker();
    MethodHandle signal =
        linker.downcallHandle(
            linker.defaultLookup().findOrThrow("signal"),
            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    MemorySegment previous = (MemorySegment) signal.invokeExact(SIGINT, MemorySegment.NULL);
    if (previous.address() == 1) { // SIG_IGN
      LOG.fine("SIGINT was ignored by the process that started the kernel; handling it again");
    }
  }
}
