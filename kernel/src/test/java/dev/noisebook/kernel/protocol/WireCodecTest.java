package dev.noisebook.kernel.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WireCodecTest {
  private final ObjectMapper json = new ObjectMapper();
  private final Envelope envelope = new Envelope(json);
  private final WireCodec codec = new WireCodec(Signer.of("hmac-sha256", "key"), json);

  private List<byte[]> request() {
    var content = envelope.object().put("code", "1 + 1");
    var message =
        envelope.request(
            List.of(bytes("client-id")), envelope.object(), "execute_request", content);
    return codec.encode(message);
  }

  @Test
  void roundTripsASignedMessageWithItsIdentities() throws Exception {
    Message decoded = codec.decode(request());
    assertThat(decoded.type()).isEqualTo("execute_request");
    assertThat(decoded.text("code", null)).isEqualTo("1 + 1");
    assertThat(decoded.identities()).singleElement().isEqualTo(bytes("client-id"));
    assertThat(decoded.header().path("version").asText()).isEqualTo("5.4");
    assertThat(decoded.header().path("date").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-].*)");
  }

  @Test
  void refusesAWrongSignature() {
    List<byte[]> frames = new ArrayList<>(request());
    frames.set(2, bytes("0".repeat(64)));
    assertThatThrownBy(() -> codec.decode(frames)).hasMessage("bad signature");
  }

  @Test
  void refusesAMissingSignature() {
    List<byte[]> frames = new ArrayList<>(request());
    frames.set(2, new byte[0]);
    assertThatThrownBy(() -> codec.decode(frames))
        .hasMessage("unsigned message on a signed connection");
  }

  @Test
  void refusesAMessageSignedWithAnotherKey() {
    var other = new WireCodec(Signer.of("hmac-sha256", "another key"), json);
    List<byte[]> frames =
        other.encode(
            envelope.request(List.of(), envelope.object(), "execute_request", envelope.object()));
    assertThatThrownBy(() -> codec.decode(frames)).hasMessage("bad signature");
  }

  @Test
  void refusesMissingFramesAndAMissingDelimiter() {
    List<byte[]> frames = request();
    assertThatThrownBy(() -> codec.decode(frames.subList(0, 5)))
        .hasMessageStartingWith("frames missing");
    assertThatThrownBy(() -> codec.decode(List.of(bytes("{}"))))
        .hasMessageStartingWith("no <IDS|MSG> delimiter");
  }

  @Test
  void refusesMalformedJsonEvenWhenSigned() throws Exception {
    var unsigned = new WireCodec(Signer.of("hmac-sha256", ""), json);
    List<byte[]> frames = new ArrayList<>(unsigned.encode(codec.decode(request())));
    frames.set(3, bytes("{\"msg_type\": "));
    assertThatThrownBy(() -> unsigned.decode(frames))
        .hasMessageStartingWith("header is not valid JSON");
    frames.set(3, bytes("[1, 2]"));
    assertThatThrownBy(() -> unsigned.decode(frames)).hasMessage("header is not a JSON object");
    frames.set(3, bytes("{\"msg_id\": \"x\"}"));
    assertThatThrownBy(() -> unsigned.decode(frames)).hasMessage("the header has no msg_type");
  }

  @Test
  void refusesOversizedPartsBeforeReadingThem() {
    List<byte[]> frames = new ArrayList<>(request());
    frames.set(6, new byte[WireCodec.MAX_MESSAGE + 1]);
    assertThatThrownBy(() -> codec.decode(frames)).hasMessageContaining("exceeds the limit");
  }

  @Test
  void thousandsOfMutatedMessagesAreRefusedWithoutAnyOtherException() {
    var random = new SplittableRandom(42);
    List<byte[]> valid = request();
    int accepted = 0;
    for (int i = 0; i < 5_000; i++) {
      List<byte[]> frames = Mutations.mutate(valid, random);
      try {
        codec.decode(frames);
        accepted++;
      } catch (MalformedMessageException expected) {
        // the only way a mutated message may fail
      }
    }
    // Only mutations that leave the signed parts intact (identities, buffers) may pass.
    assertThat(accepted).isLessThan(5_000 / 2);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
