package dev.noisebook.kernel.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.noisebook.display.MimeBundle;

/**
 * A MIME bundle as the {@code data} of a display message: every type as its string, except
 * application/json and other {@code +json} types, which Jupyter wants as JSON values.
 */
final class Bundles {
  private Bundles() {}

  static ObjectNode data(ObjectMapper json, MimeBundle bundle) {
    ObjectNode data = json.createObjectNode();
    bundle
        .data()
        .forEach(
            (type, content) -> {
              if (type.equals(MimeBundle.APPLICATION_JSON) || type.endsWith("+json")) {
                try {
                  data.set(type, json.readTree(content));
                } catch (JsonProcessingException e) {
                  throw new IllegalArgumentException(type + " content is not valid JSON", e);
                }
              } else {
                data.put(type, content);
              }
            });
    return data;
  }
}
