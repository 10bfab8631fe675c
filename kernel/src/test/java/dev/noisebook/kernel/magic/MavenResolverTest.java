package dev.noisebook.kernel.magic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MavenResolverTest {
  @TempDir Path remoteDir;
  @TempDir Path localRepository;
  private MavenResolver resolver;

  @BeforeEach
  void publish() throws IOException {
    new TestRepository(remoteDir)
        .publish("core", "1.0")
        .publish("app", "2.0", "core:1.0:compile", "only-for-tests:9.9:test");
    resolver = new MavenResolver(localRepository, List.of(remoteDir.toUri()));
  }

  @Test
  void resolvesAnArtifactWithItsRuntimeDependenciesIntoTheLocalRepository() {
    List<Path> jars = resolver.resolve(List.of(TestRepository.GROUP + ":app:2.0"));

    assertThat(jars)
        .extracting(jar -> jar.getFileName().toString())
        .containsExactly("app-2.0.jar", "core-1.0.jar");
    assertThat(jars).allSatisfy(jar -> assertThat(jar).startsWith(localRepository).isRegularFile());
  }

  @Test
  void resolvesSeveralCoordinatesWithoutDuplicates() {
    List<Path> jars =
        resolver.resolve(
            List.of(TestRepository.GROUP + ":core:1.0", TestRepository.GROUP + ":app:2.0"));

    assertThat(jars)
        .extracting(jar -> jar.getFileName().toString())
        .containsExactlyInAnyOrder("app-2.0.jar", "core-1.0.jar");
  }

  @Test
  void resolvesAgainFromTheLocalRepositoryAlone() throws IOException {
    resolver.resolve(List.of(TestRepository.GROUP + ":app:2.0"));
    Path emptyRemote = Files.createTempDirectory(remoteDir.getParent(), "empty");

    List<Path> jars =
        new MavenResolver(localRepository, List.of(emptyRemote.toUri()))
            .resolve(List.of(TestRepository.GROUP + ":app:2.0"));

    assertThat(jars).hasSize(2);
  }

  @Test
  void namesAMalformedCoordinate() {
    assertThatThrownBy(() -> resolver.resolve(List.of("org.example:no-version")))
        .isInstanceOf(MagicException.class)
        .hasMessageContaining("malformed Maven coordinate 'org.example:no-version'")
        .hasMessageContaining("groupId:artifactId:version");
    assertThatThrownBy(() -> resolver.resolve(List.of("a::1")))
        .isInstanceOf(MagicException.class)
        .hasMessageContaining("'a::1'");
  }

  @Test
  void namesAnArtifactThatIsNowhere() {
    assertThatThrownBy(() -> resolver.resolve(List.of(TestRepository.GROUP + ":absent:3.1")))
        .isInstanceOf(MagicException.class)
        .hasMessageContaining("cannot resolve " + TestRepository.GROUP + ":absent:3.1")
        .hasMessageContaining("absent");
  }

  @Test
  void namesAMissingDependencyOfAnArtifactThatExists() throws IOException {
    new TestRepository(remoteDir).publish("broken", "1.0", "gone:1.0:runtime");

    assertThatThrownBy(() -> resolver.resolve(List.of(TestRepository.GROUP + ":broken:1.0")))
        .isInstanceOf(MagicException.class)
        .hasMessageContaining("gone");
  }

  @Test
  void defaultsToTheUsersLocalRepository() {
    String saved = System.getProperty("maven.repo.local");
    try {
      System.clearProperty("maven.repo.local");
      assertThat(MavenResolver.defaultLocalRepository())
          .isEqualTo(Path.of(System.getProperty("user.home"), ".m2", "repository"));
      System.setProperty("maven.repo.local", "/tmp/elsewhere");
      assertThat(MavenResolver.defaultLocalRepository()).isEqualTo(Path.of("/tmp/elsewhere"));
    } finally {
      if (saved == null) {
        System.clearProperty("maven.repo.local");
      } else {
        System.setProperty("maven.repo.local", saved);
      }
    }
  }
}
