package org.marsad.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The regular files under a directory, depth first, each directory's entries in name order, listed
 * one directory at a time: memory holds the open directories' listings, never the whole tree.
 * Hidden entries (names starting with a dot) and symbolic links to directories are skipped; a
 * directory that cannot be listed is returned itself, for the caller to report.
 */
final class DirectoryWalk implements Iterator<Path> {

  private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
  private Path next;

  DirectoryWalk(Path root) {
    stack.push(List.of(root).iterator());
  }

  @Override
  public boolean hasNext() {
    while (next == null && !stack.isEmpty()) {
      Iterator<Path> top = stack.peek();
      if (!top.hasNext()) {
        stack.pop();
        continue;
      }
      Path p = top.next();
      if (stack.size() > 1 && p.getFileName().toString().startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        Optional<List<Path>> entries = list(p);
        if (entries.isPresent()) {
          stack.push(entries.get().iterator());
        } else {
          next = p; // reported by the reader as a directory it cannot list
        }
      } else if (Files.isRegularFile(p)) {
        next = p;
      }
    }
    return next != null;
  }

  @Override
  public Path next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Path p = next;
    next = null;
    return p;
  }

  private static Optional<List<Path>> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return Optional.of(entries.sorted().toList());
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }
}
