package dev.noisebook.kernel.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The connection file a Jupyter client writes before it starts the kernel: where to bind the five
 * sockets and the key that signs every message. Unknown fields are tolerated (clients add some).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConnectionInfo(
    @JsonProperty("transport") String transport,
    @JsonProperty("ip") String ip,
    @JsonProperty("shell_port") int shellPort,
    @JsonProperty("iopub_port") int iopubPort,
    @JsonProperty("stdin_port") int stdinPort,
    @JsonProperty("control_port") int controlPort,
    @JsonProperty("hb_port") int heartbeatPort,
    @JsonProperty("key") String key,
    @JsonProperty("signature_scheme") String signatureScheme,
    @JsonProperty("kernel_name") String kernelName) {

  public ConnectionInfo {
    transport = transport == null ? "tcp" : transport;
    ip = ip == null ? "127.0.0.1" : ip;
    key = key == null ? "" : key;
    signatureScheme = signatureScheme == null ? Signer.HMAC_SHA256 : signatureScheme;
  }

  /** Reads a connection file; the message names the file and what is wrong with it. */
  public static ConnectionInfo read(Path file) {
    try {
      return new ObjectMapper().readValue(file.toFile(), ConnectionInfo.class);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read the connection file " + file + ": " + e.getMessage(), e);
    }
  }

  /** The ZeroMQ address of one of the sockets, e.g. {@code tcp://127.0.0.1:5555}. */
  public String address(int port) {
    return "ipc".equals(transport)
        ? "ipc://" + ip + "-" + port
        : transport + "://" + ip + ":" + port;
  }

  /** The signer for this connection's key and scheme. */
  public Signer signer() {
    return Signer.of(signatureScheme, key);
  }
}
