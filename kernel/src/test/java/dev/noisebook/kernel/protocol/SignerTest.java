package dev.noisebook.kernel.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignerTest {
  private static final List<byte[]> PARTS =
      List.of(
          bytes("{\"msg_type\":\"kernel_info_request\"}"), bytes("{}"), bytes("{}"), bytes("{}"));

  // Python: hmac.new(b'secret-key', digestmod=hashlib.sha256), updated with the four parts.
  private static final String PYTHON_HMAC =
      "d17a518f90349ab4b45de23230479bdf374054dd63a38de80b2e81572e765d0f";

  @Test
  void signsLikePythonsHmac() {
    assertThat(Signer.of("hmac-sha256", "secret-key").sign(PARTS)).isEqualTo(PYTHON_HMAC);
  }

  @Test
  void verifiesTheRightSignatureOnly() {
    Signer signer = Signer.of("hmac-sha256", "secret-key");
    assertThat(signer.verify(bytes(PYTHON_HMAC), PARTS)).isTrue();
    assertThat(signer.verify(bytes(PYTHON_HMAC.replace('d', 'e')), PARTS)).isFalse();
    assertThat(signer.verify(bytes(""), PARTS)).isFalse();
    assertThat(Signer.of("hmac-sha256", "other-key").verify(bytes(PYTHON_HMAC), PARTS)).isFalse();
  }

  @Test
  void anEmptyKeyMeansAnUnsignedConnection() {
    Signer signer = Signer.of("hmac-sha256", "");
    assertThat(signer.signs()).isFalse();
    assertThat(signer.sign(PARTS)).isEmpty();
    assertThat(signer.verify(bytes(""), PARTS)).isTrue();
  }

  @Test
  void refusesOtherSchemesByName() {
    assertThatThrownBy(() -> Signer.of("hmac-md5", "k"))
        .hasMessageContaining("unsupported signature_scheme 'hmac-md5'");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
