package dev.noisebook.kernel.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A text file of lines shared by several kernels, each operation done under a lock so appends from
 * two kernels never interleave. The lock is taken on a separate {@code .lock} file, never replaced,
 * so that a rewrite may atomically replace the data file. OS file locks belong to the whole JVM, so
 * threads of one JVM also queue on an in-process lock first.
 */
final class LockedFile {
  private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

  private final Path file;
  private final Path lockFile;

  LockedFile(Path file) {
    this.file = file.toAbsolutePath().normalize();
    this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
  }

  Path path() {
    return file;
  }

  /** An operation on the file, run while holding its lock. */
  interface Action<T> {
    T run() throws IOException;
  }

  /** Runs {@code action} holding the lock; I/O failures become unchecked, naming the file. */
  <T> T locked(Action<T> action) {
    ReentrantLock lock = IN_PROCESS.computeIfAbsent(lockFile, key -> new ReentrantLock());
    lock.lock();
    try {
      Files.createDirectories(file.getParent());
      try (FileChannel channel =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        FileLock fileLock = channel.lock();
        try {
          return action.run();
        } finally {
          fileLock.release();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot use the history file "
              + file
              + " ("
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + ")",
          e);
    } finally {
      lock.unlock();
    }
  }

  /** The file's lines, or none if it does not exist yet. Call while holding the lock. */
  List<String> readLines() throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    return List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n"));
  }

  /**
   * Appends {@code line} and a newline. If the file does not end in a newline (a kernel died
   * mid-write), one is added first so the torn line stays alone and is skipped by readers. Call
   * while holding the lock.
   */
  void append(String line) throws IOException {
    try (FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = channel.size();
      String text = line + "\n";
      if (size > 0) {
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        if (last.get(0) != '\n') {
          text = "\n" + text;
        }
      }
      ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
      long position = size;
      while (bytes.hasRemaining()) {
        position += channel.write(bytes, position);
      }
    }
  }

  /** Replaces the file's contents with {@code lines}, atomically. Call while holding the lock. */
  void rewrite(List<String> lines) throws IOException {
    Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try {
      StringBuilder text = new StringBuilder();
      lines.forEach(line -> text.append(line).append('\n'));
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
