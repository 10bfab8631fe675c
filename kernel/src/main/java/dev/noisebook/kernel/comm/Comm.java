package dev.noisebook.kernel.comm;

import com.fasterxml.jackson.databind.JsonNode;

/** One open comm: a two-way message channel between kernel code and a frontend object. */
public final class Comm {
  private final String id;
  private final String targetName;
  private final CommRegistry registry;

  Comm(String id, String targetName, CommRegistry registry) {
    this.id = id;
    this.targetName = targetName;
    this.registry = registry;
  }

  public String id() {
    return id;
  }

  public String targetName() {
    return targetName;
  }

  /** Sends {@code data} to the frontend (a comm_msg). */
  public void send(JsonNode data) {
    registry.send(this, data);
  }

  /** Closes the comm on both sides. */
  public void close() {
    registry.closeFromKernel(this);
  }
}
