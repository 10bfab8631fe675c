package dev.noisebook.kernel.protocol;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks messages with HMAC-SHA256 over header, parent header, metadata and content, as
 * the Jupyter wire protocol prescribes. An empty key means an unsigned connection (the protocol's
 * own rule). Checks compare in constant time so the signature cannot be guessed byte by byte.
 */
public final class Signer {
  public static final String HMAC_SHA256 = "hmac-sha256";
  private static final String ALGORITHM = "HmacSHA256";
  private static final HexFormat HEX = HexFormat.of();

  private final SecretKeySpec key;

  private Signer(SecretKeySpec key) {
    this.key = key;
  }

  /** A signer for {@code scheme} ({@value #HMAC_SHA256} only) and {@code key}. */
  public static Signer of(String scheme, String key) {
    if (!HMAC_SHA256.equals(scheme)) {
      throw new IllegalArgumentException(
          "unsupported signature_scheme '" + scheme + "'; this kernel signs with " + HMAC_SHA256);
    }
    return new Signer(
        key.isEmpty() ? null : new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM));
  }

  /** Whether messages are signed at all (a non-empty key). */
  public boolean signs() {
    return key != null;
  }

  /** The lower-case hex signature of the four parts, or "" for an unsigned connection. */
  public String sign(List<byte[]> parts) {
    return key == null ? "" : HEX.formatHex(mac(parts));
  }

  /** Whether {@code signature} is the right one for {@code parts} (always true when unsigned). */
  public boolean verify(byte[] signature, List<byte[]> parts) {
    if (key == null) {
      return true;
    }
    byte[] expected = HEX.formatHex(mac(parts)).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, signature);
  }

  private byte[] mac(List<byte[]> parts) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      parts.forEach(mac::update);
      return mac.doFinal();
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("this JDK cannot compute " + ALGORITHM, e);
    }
  }
}
