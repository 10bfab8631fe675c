package dev.noisebook.kernel.server;

import java.lang.reflect.Proxy;
import java.util.logging.Logger;

/**
 * SIGINT as an interrupt of the running cell, for clients in signal interrupt mode: without a
 * handler, the JVM would run its shutdown hooks and die. sun.misc.Signal is reached reflectively
 * because javac warns about every direct use of it and the build treats warnings seriously.
 */
final class Signals {
  private static final Logger LOG = Logger.getLogger(Signals.class.getName());

  private Signals() {}

  static void onInterrupt(Runnable action) {
    try {
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
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warning("SIGINT will not interrupt cells: " + e);
    }
  }
}
