package dev.noisebook.kernel.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.noisebook.kernel.protocol.Envelope;

/** The content of kernel_info_reply: who this kernel is and the language it runs. */
final class KernelInfo {
  static final String IMPLEMENTATION = "noisebook";

  private KernelInfo() {}

  static ObjectNode content(Envelope envelope) {
    ObjectNode content = envelope.object();
    content.put("status", "ok");
    content.put("protocol_version", Envelope.PROTOCOL_VERSION);
    content.put("implementation", IMPLEMENTATION);
    content.put("implementation_version", version());
    ObjectNode language = content.putObject("language_info");
    language.put("name", "java");
    language.put("version", Runtime.version().toString());
    language.put("mimetype", "text/x-java-source");
    language.put("file_extension", ".jsh");
    language.put("pygments_lexer", "java");
    language.put("codemirror_mode", "text/x-java");
    language.put("nbconvert_exporter", "script");
    content.put(
        "banner",
        "Noisebook "
            + version()
            + " — JShell on Java "
            + Runtime.version().feature()
            + "; the DSL is imported (import dev.noisebook.*), %lsmagic lists the magics");
    var links = content.putArray("help_links");
    link(links.addObject(), "Noisebook DSL", "https://github.com/noisebook/noisebook#readme");
    link(
        links.addObject(),
        "Java SE 25 API",
        "https://docs.oracle.com/en/java/javase/25/docs/api/index.html");
    link(links.addObject(), "Tribuo", "https://tribuo.org/learn/4.3/docs/");
    content.putArray("supported_features");
    return content;
  }

  private static void link(ObjectNode link, String text, String url) {
    link.put("text", text);
    link.put("url", url);
  }

  static String version() {
    String version = KernelInfo.class.getPackage().getImplementationVersion();
    return version == null ? "0.1.0-SNAPSHOT" : version;
  }
}
