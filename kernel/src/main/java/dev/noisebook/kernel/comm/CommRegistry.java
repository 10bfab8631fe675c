package dev.noisebook.kernel.comm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.logging.Logger;

/**
 * The kernel's comms: targets that kernel code registers, the comms open now, and the comm_open /
 * comm_msg / comm_close traffic in both directions. A frontend that opens a comm for a target
 * nobody registered gets it closed straight back, as ipykernel does, so it does not wait.
 */
public final class CommRegistry {
  private static final Logger LOG = Logger.getLogger(CommRegistry.class.getName());

  private static volatile CommRegistry current;

  private final Map<String, CommTarget> targets = new ConcurrentHashMap<>();
  private final Map<String, Entry> open = new ConcurrentHashMap<>();
  private final BiConsumer<String, ObjectNode> publish;

  private record Entry(Comm comm, CommTarget target) {}

  /** A registry that broadcasts its messages with {@code publish(msgType, content)}. */
  public CommRegistry(BiConsumer<String, ObjectNode> publish) {
    this.publish = publish;
  }

  /**
   * The running kernel's registry, for code in cells and libraries (widgets) to register targets
   * and open comms; fails outside a kernel.
   */
  public static CommRegistry current() {
    CommRegistry registry = current;
    if (registry == null) {
      throw new IllegalStateException("comms need a running Noisebook kernel");
    }
    return registry;
  }

  /** Makes this the registry {@link #current()} returns (the kernel does this once at start). */
  public void install() {
    current = this;
  }

  /** Makes {@code target} receive comms opened with {@code name}. */
  public void register(String name, CommTarget target) {
    targets.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(target, "target"));
  }

  /** Opens a comm from the kernel to a frontend target. */
  public Comm open(String targetName, JsonNode data, CommTarget handler) {
    Comm comm = new Comm(UUID.randomUUID().toString(), targetName, this);
    open.put(comm.id(), new Entry(comm, handler));
    ObjectNode content = content(comm, data);
    content.put("target_name", targetName);
    publish.accept("comm_open", content);
    return comm;
  }

  /** The open comms, all or those of one target: {@code {id: {target_name}}}. */
  public ObjectNode info(String targetName) {
    ObjectNode comms = JsonNodeFactory.instance.objectNode();
    open.values().stream()
        .map(Entry::comm)
        .filter(c -> targetName == null || c.targetName().equals(targetName))
        .forEach(c -> comms.putObject(c.id()).put("target_name", c.targetName()));
    return comms;
  }

  /** A frontend's comm_open. */
  public void openedByFrontend(String id, String targetName, JsonNode data) {
    CommTarget target = targets.get(targetName);
    Comm comm = new Comm(id, targetName, this);
    if (target == null) {
      LOG.info("no comm target '" + targetName + "'; closing comm " + id);
      publish.accept("comm_close", content(comm, null));
      return;
    }
    open.put(id, new Entry(comm, target));
    target.opened(comm, data);
  }

  /** A frontend's comm_msg. */
  public void receivedFromFrontend(String id, JsonNode data) {
    Entry entry = open.get(id);
    if (entry == null) {
      LOG.warning("comm_msg for unknown comm " + id);
      return;
    }
    entry.target().received(entry.comm(), data);
  }

  /** A frontend's comm_close. */
  public void closedByFrontend(String id, JsonNode data) {
    Entry entry = open.remove(id);
    if (entry != null) {
      entry.target().closed(entry.comm(), data);
    }
  }

  void send(Comm comm, JsonNode data) {
    if (open.containsKey(comm.id())) {
      publish.accept("comm_msg", content(comm, data));
    }
  }

  void closeFromKernel(Comm comm) {
    if (open.remove(comm.id()) != null) {
      publish.accept("comm_close", content(comm, null));
    }
  }

  private static ObjectNode content(Comm comm, JsonNode data) {
    ObjectNode content = JsonNodeFactory.instance.objectNode();
    content.put("comm_id", comm.id());
    content.set("data", data == null ? JsonNodeFactory.instance.objectNode() : data);
    return content;
  }
}
