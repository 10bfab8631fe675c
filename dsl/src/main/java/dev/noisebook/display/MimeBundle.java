package dev.noisebook.display;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The representations of one value, MIME type to content, in the form Jupyter's display messages
 * carry: text types as strings, binary types (image/png) base64-encoded. {@code text/plain} is
 * always present, so every client can show something.
 */
public record MimeBundle(Map<String, String> data) {
  public static final String TEXT_PLAIN = "text/plain";
  public static final String TEXT_HTML = "text/html";
  public static final String TEXT_MARKDOWN = "text/markdown";
  public static final String IMAGE_PNG = "image/png";
  public static final String IMAGE_SVG = "image/svg+xml";
  public static final String APPLICATION_JSON = "application/json";

  public MimeBundle {
    Objects.requireNonNull(data, "data");
    if (!data.containsKey(TEXT_PLAIN)) {
      throw new IllegalArgumentException(
          "a MIME bundle needs text/plain, got only " + data.keySet());
    }
    data.forEach(
        (type, content) -> {
          Objects.requireNonNull(type, "MIME type");
          Objects.requireNonNull(content, () -> "content of " + type);
        });
    data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
  }

  /** A bundle with only {@code text/plain}. */
  public static MimeBundle text(String plain) {
    return new MimeBundle(Map.of(TEXT_PLAIN, plain));
  }

  /** This bundle with {@code content} for {@code mimeType} added or replaced. */
  public MimeBundle with(String mimeType, String content) {
    Map<String, String> more = new LinkedHashMap<>(data);
    more.put(mimeType, content);
    return new MimeBundle(more);
  }

  public MimeBundle withPng(byte[] png) {
    return with(IMAGE_PNG, Base64.getEncoder().encodeToString(png));
  }

  public MimeBundle withSvg(String svg) {
    return with(IMAGE_SVG, svg);
  }

  public MimeBundle withHtml(String html) {
    return with(TEXT_HTML, html);
  }

  public MimeBundle withMarkdown(String markdown) {
    return with(TEXT_MARKDOWN, markdown);
  }

  public String plain() {
    return data.get(TEXT_PLAIN);
  }

  public Optional<String> get(String mimeType) {
    return Optional.ofNullable(data.get(mimeType));
  }
}
