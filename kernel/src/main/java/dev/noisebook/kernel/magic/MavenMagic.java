package dev.noisebook.kernel.magic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code %maven}: adds a library and its runtime dependencies to the notebook from Maven
 * coordinates, so a notebook can name what it needs instead of shipping jars.
 */
final class MavenMagic implements Magic {
  private final MavenResolver resolver;

  MavenMagic(MavenResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public String name() {
    return "maven";
  }

  @Override
  public String usage() {
    return "%maven groupId:artifactId:version [...]";
  }

  @Override
  public String summary() {
    return "add Maven artifacts and their runtime dependencies to the class path";
  }

  @Override
  public String details() {
    return """
        %maven org.example:lib:1.2 [more coordinates...]
        Resolves the artifacts and their runtime dependencies transitively, from the local
        repository (~/.m2/repository, or -Dmaven.repo.local) and then Maven Central, downloading
        into the local repository, and adds the jars to the class path. Coordinates may name an
        extension and classifier: groupId:artifactId:extension[:classifier]:version.""";
  }

  @Override
  public <R> R runLine(String args, MagicContext<R> context) {
    if (args.isBlank()) {
      throw new MagicException("%maven needs coordinates: " + usage());
    }
    Session<R> session = context.session();
    List<String> coordinates = Arguments.split(args);
    context.out().println("Resolving " + String.join(" ", coordinates) + " ...");
    List<Path> jars = new ArrayList<>(resolver.resolve(coordinates));
    jars.removeAll(session.classpath());
    if (jars.isEmpty()) {
      context.out().println("Already on the class path; nothing added.");
      return session.done();
    }
    session.addToClasspath(jars);
    context.out().println("Added " + jars.size() + (jars.size() == 1 ? " jar:" : " jars:"));
    jars.forEach(jar -> context.out().println("  " + jar.getFileName()));
    return session.done();
  }
}
