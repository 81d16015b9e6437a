package org.marsad.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@code .jsonl} input: one article object per line, read line by line. Blank lines are skipped;
 * an object without {@code id} is named {@code <file stem>:<line>}. Every error names its line,
 * and a bad line does not stop the lines after it; bad bytes (binary, invalid UTF-8) end the input.
 */
public final class JsonLinesReader extends ArticleReader {

  private final BufferedReader lines;
  private final String stem;
  private long lineNumber;
  private boolean sawContent;

  public JsonLinesReader(Path path) throws IOException {
    this(Files.newInputStream(path), path.toString(), Inputs.stem(path));
  }

  public JsonLinesReader(InputStream in, String input, String stem) {
    super(input, in);
    this.lines = new BufferedReader(new InputStreamReader(new TextCheckingInputStream(in, true), StandardCharsets.UTF_8),
        1 << 16);
    this.stem = stem;
  }

  @Override
  ReadResult readNext() throws IOException {
    while (true) {
      String line;
      try {
        line = lines.readLine();
      } catch (BadInputException e) {
        return fatal(lineNumber + 1, e.getMessage());
      }
      if (line == null) {
        return sawContent ? null : fatal(0, "empty file");
      }
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      sawContent = true;
      try {
        JsonNode node = JsonReader.MAPPER.readTree(line);
        return ArticleFields.toResult(node, input(), lineNumber, stem + ":" + lineNumber);
      } catch (JsonProcessingException e) {
        return failed(lineNumber, "malformed JSON: " + e.getOriginalMessage());
      }
    }
  }
}
