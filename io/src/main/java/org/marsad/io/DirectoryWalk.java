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
import java.util.stream.Stream;

/**
 * The regular files under a directory, depth first, each directory's entries in name order, listed
 * one directory at a time: memory holds the open directories' listings, never the whole tree.
 * Hidden entries (names starting with a dot) and symbolic links to directories are skipped.
 */
final class DirectoryWalk implements Iterator<Path> {

  private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
  private Path next;

  DirectoryWalk(Path root) {
    stack.push(list(root).iterator());
  }

  static Stream<Path> files(Path root) {
    Iterator<Path> it = new DirectoryWalk(root);
    return Stream.iterate(it, Iterator::hasNext, i -> i).map(Iterator::next);
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
      if (p.getFileName().toString().startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        stack.push(list(p).iterator());
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

  private static List<Path> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list directory " + dir, e);
    }
  }
}
