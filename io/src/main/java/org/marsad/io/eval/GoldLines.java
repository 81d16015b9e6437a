package org.marsad.io.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSONL gold file, one record a line; blank lines are skipped, a bad line is an error naming {@code file:line}. */
final class GoldLines {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Parses one line's JSON; throws {@link IllegalArgumentException} saying what is wrong. */
  interface Parser<T> {
    T parse(JsonNode line, int lineNo);
  }

  private GoldLines() {}

  static <T> List<T> read(Path file, Parser<T> parser) throws IOException {
    List<T> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(parser.parse(JSON.readTree(line), lineNo));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
          throw new IllegalArgumentException(file + ":" + lineNo + ": " + e.getMessage(), e);
        }
      }
    }
    return out;
  }
}
