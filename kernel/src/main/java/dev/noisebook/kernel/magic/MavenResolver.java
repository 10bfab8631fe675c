package dev.noisebook.kernel.magic;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession.CloseableSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * Resolves Maven coordinates to jars, with their runtime dependencies, the way Maven 3 would: from
 * the local repository first, then from remote repositories (Maven Central by default), caching
 * downloads in the local repository. It uses Maven Resolver's own supplier, so no Maven install is
 * needed; resolver logging goes to SLF4J, which the kernel binds to nop so nothing reaches the
 * notebook.
 */
public final class MavenResolver {
  /** Maven Central, the default remote repository. */
  public static final URI CENTRAL = URI.create("https://repo.maven.apache.org/maven2/");

  private final Path localRepository;
  private final List<URI> remoteRepositories;

  /** Resolves from {@link #defaultLocalRepository()} and Maven Central. */
  public MavenResolver() {
    this(defaultLocalRepository(), List.of(CENTRAL));
  }

  /** Resolves from {@code localRepository} and then {@code remoteRepositories}, in order. */
  public MavenResolver(Path localRepository, List<URI> remoteRepositories) {
    this.localRepository = localRepository;
    this.remoteRepositories = List.copyOf(remoteRepositories);
  }

  /** {@code -Dmaven.repo.local} if set, else {@code ~/.m2/repository}, as Maven itself does. */
  public static Path defaultLocalRepository() {
    String configured = System.getProperty("maven.repo.local");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("user.home"), ".m2", "repository");
  }

  /**
   * The jars of {@code coordinates} and of their runtime dependencies, dependencies after the
   * artifacts that need them, without duplicates.
   *
   * @param coordinates {@code groupId:artifactId:version}, or with an extension and classifier as
   *     Maven spells them ({@code g:a:ext:version}, {@code g:a:ext:classifier:version})
   * @throws MagicException naming a malformed coordinate or what could not be resolved
   */
  public List<Path> resolve(List<String> coordinates) {
    CollectRequest collect = new CollectRequest();
    for (String coordinate : coordinates) {
      collect.addDependency(new Dependency(artifact(coordinate), JavaScopes.RUNTIME));
    }
    collect.setRepositories(remotes());
    DependencyRequest request =
        new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
    try (RepositorySystem system = new RepositorySystemSupplier().get();
        CloseableSession session =
            new SessionBuilderSupplier(system)
                .get()
                .withLocalRepositoryBaseDirectories(localRepository)
                .setSystemProperties(System.getProperties())
                .build()) {
      List<Path> jars = new ArrayList<>();
      for (ArtifactResult result :
          system.resolveDependencies(session, request).getArtifactResults()) {
        Path jar = result.getArtifact().getPath();
        if (jar != null && !jars.contains(jar)) {
          jars.add(jar);
        }
      }
      return jars;
    } catch (DependencyResolutionException e) {
      throw new MagicException(
          "cannot resolve " + String.join(" ", coordinates) + ": " + rootMessage(e), e);
    }
  }

  private static DefaultArtifact artifact(String coordinate) {
    String[] parts = coordinate.split(":", -1);
    boolean wellFormed = parts.length >= 3 && parts.length <= 5;
    for (String part : parts) {
      wellFormed &= !part.isBlank();
    }
    if (!wellFormed) {
      throw new MagicException(
          "malformed Maven coordinate '"
              + coordinate
              + "'; expected groupId:artifactId:version (or"
              + " groupId:artifactId:extension[:classifier]:version)");
    }
    return new DefaultArtifact(coordinate);
  }

  private List<RemoteRepository> remotes() {
    List<RemoteRepository> remotes = new ArrayList<>();
    for (URI uri : remoteRepositories) {
      String id = uri.equals(CENTRAL) ? "central" : "repo" + (remotes.size() + 1);
      remotes.add(new RemoteRepository.Builder(id, "default", uri.toString()).build());
    }
    return remotes;
  }

  /** The innermost cause's message: the resolver nests "Could not find artifact ..." deeply. */
  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause().getMessage() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
