package org.marsad.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Small helpers shared by the reader tests: write a fixture, read everything from it. */
final class Fixtures {

  private Fixtures() {}

  static Path write(Path dir, String name, String content) {
    return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, byte[] content) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      return Files.write(p, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<ReadResult> readAll(Path file) {
    try (Stream<ReadResult> s = Inputs.readFile(file)) {
      return s.toList();
    }
  }

  static List<ReadResult> readAll(ArticleReader reader) {
    try (Stream<ReadResult> s = reader.stream()) {
      return s.toList();
    }
  }

  static List<ReadResult> readStdin(String content) {
    return readStdin(content.getBytes(StandardCharsets.UTF_8));
  }

  static List<ReadResult> readStdin(byte[] content) {
    try (Stream<ReadResult> s = Inputs.read(List.of("-"), java.util.Optional.empty(), new ByteArrayInputStream(content))) {
      return s.toList();
    }
  }

  static ReadResult.Ok ok(ReadResult r) {
    if (r instanceof ReadResult.Ok ok) {
      return ok;
    }
    throw new AssertionError("expected an article, got: " + ((ReadResult.Failed) r).message());
  }

  static ReadResult.Failed failed(ReadResult r) {
    if (r instanceof ReadResult.Failed f) {
      return f;
    }
    throw new AssertionError("expected a failure, got article " + ((ReadResult.Ok) r).article());
  }

  static List<ReadResult.Ok> articles(List<ReadResult> results) {
    return results.stream().filter(r -> r instanceof ReadResult.Ok).map(r -> (ReadResult.Ok) r).toList();
  }

  static List<ReadResult.Failed> failures(List<ReadResult> results) {
    return results.stream().filter(r -> r instanceof ReadResult.Failed).map(r -> (ReadResult.Failed) r).toList();
  }
}
