package dev.noisebook.kernel.comm;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Kernel-side code that accepts comms a frontend opens with a given target name (a widget model,
 * say). It gets the new comm and the open message's data, and may keep the comm to send on it.
 */
public interface CommTarget {
  void opened(Comm comm, JsonNode data);

  /** A message the frontend sent on {@code comm}. */
  default void received(Comm comm, JsonNode data) {}

  /** The frontend closed {@code comm}. */
  default void closed(Comm comm, JsonNode data) {}
}
