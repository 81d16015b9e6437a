package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * A cheap count of the articles in command-line inputs, for a progress line's total and ETA,
 * without reading the articles.
 *
 * <p>Rules, per file (directories are walked): a {@code .jsonl}/{@code .ndjson} file holds one
 * article per non-empty line (its bytes are scanned for line ends, nothing is parsed); a
 * {@code .zip} archive one per entry that is not a directory (from its central directory); any
 * other file one. So the count is exact for text, HTML and JSON Lines, and a lower bound for JSON
 * arrays, feeds and WARC files. Standard input, or an input that cannot be listed, makes it unknown.
 */
final class InputEstimate {

  private static final int SCAN_BUFFER = 1 << 16;

  private InputEstimate() {}

  static OptionalLong of(List<String> inputs) {
    long total = 0;
    for (String input : inputs) {
      if (input.equals(org.marsad.io.Inputs.STDIN)) {
        return OptionalLong.empty();
      }
      Path p = Path.of(input);
      if (!Files.exists(p)) {
        continue; // reported as unreadable by the reader
      }
      try (Stream<Path> files = Files.walk(p)) {
        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          total += articlesIn(f);
        }
      } catch (IOException | java.io.UncheckedIOException e) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.of(total);
  }

  private static long articlesIn(Path f) throws IOException {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.startsWith(".")) {
      return 0;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return nonEmptyLines(f);
    }
    if (name.endsWith(".zip")) {
      try (ZipFile zip = new ZipFile(f.toFile())) {
        return zip.stream().filter(e -> !e.isDirectory()).count();
      } catch (IOException e) {
        return 1;
      }
    }
    return 1;
  }

  private static long nonEmptyLines(Path f) throws IOException {
    long lines = 0;
    boolean content = false;
    byte[] buf = new byte[SCAN_BUFFER];
    try (InputStream in = Files.newInputStream(f)) {
      for (int n = in.read(buf); n > 0; n = in.read(buf)) {
        for (int i = 0; i < n; i++) {
          byte b = buf[i];
          if (b == '\n') {
            if (content) {
              lines++;
            }
            content = false;
          } else if (b != '\r' && b != ' ' && b != '\t') {
            content = true;
          }
        }
      }
    }
    return content ? lines + 1 : lines;
  }
}
