package dev.noisebook.kernel.magic;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * A tiny Maven repository on disk, for resolving without a network: artifacts with poms and jars in
 * the standard layout, reachable as a {@code file:} URI.
 */
final class TestRepository {
  static final String GROUP = "org.example.noisebook";

  private final Path root;

  TestRepository(Path root) {
    this.root = root;
  }

  URI uri() {
    return root.toUri();
  }

  /**
   * Publishes {@code GROUP:artifactId:version} with the given dependency elements (each {@code
   * artifactId:version:scope} in {@code GROUP}).
   */
  TestRepository publish(String artifactId, String version, String... dependencies)
      throws IOException {
    Path dir = root.resolve(GROUP.replace('.', '/')).resolve(artifactId).resolve(version);
    Files.createDirectories(dir);
    StringBuilder deps = new StringBuilder();
    for (String dependency : dependencies) {
      String[] parts = dependency.split(":");
      deps.append(
          """
              <dependency>
                <groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version>
                <scope>%s</scope>
              </dependency>
          """
              .formatted(GROUP, parts[0], parts[1], parts[2]));
    }
    Files.writeString(
        dir.resolve(artifactId + "-" + version + ".pom"),
        """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version>
          <dependencies>
        %s  </dependencies>
        </project>
        """
            .formatted(GROUP, artifactId, version, deps));
    try (OutputStream file =
            Files.newOutputStream(dir.resolve(artifactId + "-" + version + ".jar"));
        JarOutputStream jar = new JarOutputStream(file, new Manifest())) {
      jar.putNextEntry(new ZipEntry(artifactId + ".txt"));
      jar.write(artifactId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      jar.closeEntry();
    }
    return this;
  }
}
