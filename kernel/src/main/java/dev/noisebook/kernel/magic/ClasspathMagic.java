package dev.noisebook.kernel.magic;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code %classpath}: lists the notebook's class path, or adds jars and class directories to it so
 * that later cells can import from them without restarting the kernel.
 */
final class ClasspathMagic implements Magic {

  @Override
  public String name() {
    return "classpath";
  }

  @Override
  public String usage() {
    return "%classpath [path|glob ...]";
  }

  @Override
  public String summary() {
    return "list the class path, or add jars and class directories to it";
  }

  @Override
  public String details() {
    return """
        %classpath                 lists the notebook's class path, one entry a line.
        %classpath a.jar lib/*.jar adds jars or class directories; relative paths resolve in
                                   the kernel's working directory, ~ is the home directory,
                                   globs (*, ?, **, [..], {..}) expand to the matching files and
                                   entries may also be separated by the platform's path separator,
                                   and a path with spaces can be given in double quotes.
        A path that does not exist, or a glob that matches nothing, is an error and adds nothing.""";
  }

  @Override
  public <R> R runLine(String args, MagicContext<R> context) {
    Session<R> session = context.session();
    if (args.isBlank()) {
      List<Path> classpath = session.classpath();
      if (classpath.isEmpty()) {
        context.out().println("The class path is empty.");
      }
      classpath.forEach(context.out()::println);
      return session.done();
    }
    Set<Path> added = new LinkedHashSet<>();
    for (String word : Arguments.split(args)) {
      for (String typed : word.split(Pattern.quote(File.pathSeparator))) {
        if (!typed.isEmpty()) {
          added.addAll(PathExpander.expand(typed, context));
        }
      }
    }
    added.removeAll(session.classpath());
    if (added.isEmpty()) {
      context.out().println("Already on the class path; nothing added.");
      return session.done();
    }
    session.addToClasspath(new ArrayList<>(added));
    context.out().println("Added to the class path:");
    added.forEach(path -> context.out().println("  " + path));
    return session.done();
  }
}
