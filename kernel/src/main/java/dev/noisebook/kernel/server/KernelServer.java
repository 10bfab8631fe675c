package dev.noisebook.kernel.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.noisebook.display.LiveDisplay;
import dev.noisebook.kernel.comm.CommRegistry;
import dev.noisebook.kernel.display.Notebook;
import dev.noisebook.kernel.history.HistoryStore;
import dev.noisebook.kernel.jshell.Evaluator;
import dev.noisebook.kernel.magic.HistoryMagic;
import dev.noisebook.kernel.magic.Magics;
import dev.noisebook.kernel.magic.MavenResolver;
import dev.noisebook.kernel.protocol.ConnectionInfo;
import dev.noisebook.kernel.protocol.Envelope;
import dev.noisebook.kernel.protocol.MalformedMessageException;
import dev.noisebook.kernel.protocol.Message;
import dev.noisebook.kernel.protocol.WireCodec;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * The Jupyter kernel: binds the five sockets of a connection file and serves until a
 * shutdown_request. Each socket has its own thread, blocked in a receive (never a polling sleep):
 * shell runs requests one after another, including cells; control answers interrupt and shutdown
 * even while a cell runs; iopub is fed through {@link Publisher}; heartbeat echoes. JShell starts
 * in the background, so kernel_info is answered at once and the first cell waits only for what is
 * left of the start.
 */
public final class KernelServer {
  private static final Logger LOG = Logger.getLogger(KernelServer.class.getName());

  /** What every cell sees without importing: the DSL and the display calls. */
  public static final List<String> STARTUP =
      List.of("import dev.noisebook.*;", "import static dev.noisebook.kernel.display.Notebook.*;");

  private final ObjectMapper json = new ObjectMapper();
  private final ZContext context = new ZContext(1);
  private final Envelope envelope = new Envelope(json);
  private final WireCodec codec;
  private final ZMQ.Socket shell;
  private final ZMQ.Socket control;
  private final ZMQ.Socket heartbeat;
  private final Publisher publisher;
  private final CompletableFuture<Evaluator> evaluator;
  private final CellStream out;
  private final CellStream err;
  private final ObjectNode noParent = json.createObjectNode();
  private final CountDownLatch shutdown = new CountDownLatch(1);
  private final ExecuteHandler execute;
  private final Introspection introspection;
  private final HistoryReplies history;
  private final CommRegistry comms;
  private volatile CellContext cell = CellContext.idle(noParent);
  private volatile boolean shutdownRequested;
  private Thread publishing;

  private KernelServer(ConnectionInfo info, HistoryStore historyStore) {
    codec = new WireCodec(info.signer(), json);
    shell = bind(SocketType.ROUTER, info, info.shellPort());
    control = bind(SocketType.ROUTER, info, info.controlPort());
    heartbeat = bind(SocketType.REP, info, info.heartbeatPort());
    ZMQ.Socket iopub = bind(SocketType.PUB, info, info.iopubPort());
    ZMQ.Socket stdinSocket = bind(SocketType.ROUTER, info, info.stdinPort());
    publisher = new Publisher(iopub, codec, envelope);
    out = new CellStream(text -> stream("stdout", text));
    err = new CellStream(text -> stream("stderr", text));
    var stdin = new StdinChannel(stdinSocket, codec, envelope, () -> cell);
    System.setOut(new PrintStream(out, false, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, false, StandardCharsets.UTF_8));
    System.setIn(new StdinStream(stdin));
    Notebook.install(new NotebookDisplay(json, publisher, stdin, () -> cell, this::flushStreams));
    LiveDisplay.install(
        value -> {
          var handle = Notebook.display(value);
          return handle::update;
        });
    evaluator = CompletableFuture.supplyAsync(() -> Evaluator.start(STARTUP));
    execute =
        new ExecuteHandler(
            json,
            publisher,
            evaluator::join,
            new Magics(new MavenResolver(), new HistoryMagic(historyStore)),
            historyStore,
            c -> cell = c,
            this::flushStreams);
    introspection = new Introspection(json, evaluator::join);
    history = new HistoryReplies(json, historyStore);
    comms = new CommRegistry((type, content) -> publisher.publish(cell.header(), type, content));
    comms.install();
  }

  /** Serves the connection until a client asks for shutdown or the launching client ends. */
  public static void serve(ConnectionInfo info, HistoryStore history) throws InterruptedException {
    var server = new KernelServer(info, history);
    server.start();
    ParentWatch.start(System.getenv(ParentWatch.VARIABLE), server.shutdown::countDown);
    server.shutdown.await();
    server.stop();
  }

  private void start() {
    publishing = daemon("noisebook-iopub", publisher);
    daemon("noisebook-heartbeat", this::echoHeartbeats);
    daemon("noisebook-control", () -> serve(control, this::controlRequest));
    daemon("noisebook-shell", () -> serve(shell, this::shellRequest));
    publisher.status(noParent, "starting");
    Signals.onInterrupt(this::interrupt);
  }

  private void stop() throws InterruptedException {
    flushStreams();
    publisher.close();
    publishing.join(2_000); // the last idle must leave before the sockets close
    evaluator.thenAccept(Evaluator::close);
    context.close();
  }

  private interface Handler {
    /** The reply content, or null when the request has no reply. */
    ObjectNode handle(ZMQ.Socket socket, Message request);
  }

  private void serve(ZMQ.Socket socket, Handler handler) {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        respond(socket, Sockets.receive(socket), handler);
      }
    } catch (ZMQException e) {
      LOG.fine("socket closed: " + e.getMessage());
    }
  }

  private void respond(ZMQ.Socket socket, List<byte[]> frames, Handler handler) {
    Message request;
    try {
      request = codec.decode(frames);
    } catch (MalformedMessageException e) {
      LOG.warning("dropped a message: " + e.getMessage());
      return;
    }
    publisher.status(request.header(), "busy");
    try {
      ObjectNode reply = handler.handle(socket, request);
      if (reply != null) {
        String type = request.type().replace("_request", "_reply");
        Sockets.send(socket, codec.encode(envelope.reply(request, type, reply)));
      }
    } catch (RuntimeException e) {
      LOG.severe("failed to handle " + request.type() + ": " + e);
    } finally {
      flushStreams();
      publisher.status(request.header(), "idle");
      if (shutdownRequested) {
        shutdown.countDown();
      }
    }
  }

  private ObjectNode shellRequest(ZMQ.Socket socket, Message request) {
    return switch (request.type()) {
      case "execute_request" -> {
        ObjectNode reply = execute.execute(request);
        if ("error".equals(reply.path("status").asText()) && request.flag("stop_on_error", true)) {
          abortQueuedCells(socket);
        }
        yield reply;
      }
      case "complete_request" -> introspection.complete(request);
      case "inspect_request" -> introspection.inspect(request);
      case "is_complete_request" -> introspection.isComplete(request);
      case "history_request" -> history.history(request);
      case "comm_info_request" -> commInfo(request);
      case "comm_open" -> {
        enterComm(request);
        comms.openedByFrontend(
            request.text("comm_id", ""),
            request.text("target_name", ""),
            request.content().path("data"));
        yield null;
      }
      case "comm_msg" -> {
        enterComm(request);
        comms.receivedFromFrontend(request.text("comm_id", ""), request.content().path("data"));
        yield null;
      }
      case "comm_close" -> {
        enterComm(request);
        comms.closedByFrontend(request.text("comm_id", ""), request.content().path("data"));
        yield null;
      }
      default -> controlRequest(socket, request);
    };
  }

  private ObjectNode controlRequest(ZMQ.Socket socket, Message request) {
    return switch (request.type()) {
      case "kernel_info_request" -> KernelInfo.content(envelope);
      case "interrupt_request" -> {
        interrupt();
        yield ok();
      }
      case "shutdown_request" -> {
        ObjectNode reply = ok();
        reply.put("restart", request.flag("restart", false));
        shutdownRequested = true; // acted on once the reply is out
        yield reply;
      }
      default -> {
        LOG.warning("ignored a message of unknown type " + request.type());
        yield null;
      }
    };
  }

  /** After a failed cell, answers execute_requests already queued as aborted (stop_on_error). */
  private void abortQueuedCells(ZMQ.Socket socket) {
    for (var frames = Sockets.receive(socket, ZMQ.DONTWAIT);
        frames != null;
        frames = Sockets.receive(socket, ZMQ.DONTWAIT)) {
      respond(
          socket,
          frames,
          (s, request) ->
              "execute_request".equals(request.type())
                  ? execute.aborted()
                  : shellRequest(s, request));
    }
  }

  /** What a comm handler sends is a reply to the frontend's comm message: parent it there. */
  private void enterComm(Message request) {
    cell = new CellContext(request.header(), request.identities(), false, false);
  }

  private ObjectNode commInfo(Message request) {
    ObjectNode reply = ok();
    reply.set("comms", comms.info(request.text("target_name", null)));
    return reply;
  }

  private ObjectNode ok() {
    ObjectNode reply = json.createObjectNode();
    reply.put("status", "ok");
    return reply;
  }

  private void interrupt() {
    Evaluator running = evaluator.getNow(null);
    if (running != null) {
      running.interrupt();
    }
  }

  private void stream(String name, String text) {
    CellContext context = cell;
    if (context.silent()) {
      return;
    }
    ObjectNode content = json.createObjectNode();
    content.put("name", name);
    content.put("text", text);
    publisher.publish(context.header(), "stream", content);
  }

  private void flushStreams() {
    System.out.flush();
    System.err.flush();
    out.flush();
    err.flush();
  }

  private void echoHeartbeats() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Sockets.send(heartbeat, Sockets.receive(heartbeat));
      }
    } catch (ZMQException e) {
      LOG.fine("heartbeat closed: " + e.getMessage());
    }
  }

  private ZMQ.Socket bind(SocketType type, ConnectionInfo info, int port) {
    ZMQ.Socket socket = context.createSocket(type);
    socket.setLinger(1000);
    socket.setMaxMsgSize(WireCodec.MAX_MESSAGE);
    if (type == SocketType.PUB) {
      socket.setSndHWM(0); // never drop output: a million printed lines must all arrive
    }
    String address = info.address(port);
    if (!socket.bind(address)) {
      throw new IllegalStateException("cannot bind " + address);
    }
    return socket;
  }

  private static Thread daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
