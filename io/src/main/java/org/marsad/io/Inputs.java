package org.marsad.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.marsad.core.model.Article;

/**
 * Turns command-line inputs (files, directories walked recursively, or "-" for standard input) into
 * a lazy stream of {@link ReadResult}s. Formats are chosen by extension. FIRST CUT: .txt only.
 */
public final class Inputs {

  private Inputs() {}

  public static Stream<ReadResult> read(List<String> inputs, Optional<LocalDate> date) {
    return inputs.stream().flatMap(input -> readOne(input, date));
  }

  private static Stream<ReadResult> readOne(String input, Optional<LocalDate> date) {
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      try {
        Stream<Path> files = Files.walk(path).filter(Files::isRegularFile).sorted();
        return files.flatMap(p -> readFile(p, date));
      } catch (IOException e) {
        return Stream.of(new ReadResult.Failed(input, 0, "cannot list directory: " + e.getMessage()));
      }
    }
    if (!Files.exists(path)) {
      return Stream.of(new ReadResult.Failed(input, 0, "no such file or directory"));
    }
    return readFile(path, date);
  }

  private static Stream<ReadResult> readFile(Path path, Optional<LocalDate> date) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    String input = path.toString();
    if (name.endsWith(".txt")) {
      try (InputStream in = Files.newInputStream(path)) {
        String text = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
        if (text.isBlank()) {
          return Stream.of(new ReadResult.Failed(input, 0, "empty file"));
        }
        int nl = text.indexOf('\n');
        String title = nl < 0 ? text.strip() : text.substring(0, nl).strip();
        String body = nl < 0 ? "" : text.substring(nl + 1);
        String id = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return Stream.of(new ReadResult.Ok(input, new Article(id, "", "", title, date, body)));
      } catch (CharacterCodingException e) {
        return Stream.of(new ReadResult.Failed(input, 0, "invalid UTF-8"));
      } catch (IOException e) {
        return Stream.of(new ReadResult.Failed(input, 0, "cannot read: " + e.getMessage()));
      }
    }
    return Stream.of(new ReadResult.Failed(input, 0, "unknown extension (expected .txt, .json, .jsonl, .html)"));
  }
}
