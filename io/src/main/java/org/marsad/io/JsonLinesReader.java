package org.marsad.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A {@code .jsonl} input: one article object per line, read line by line. Blank lines are skipped;
 * an object without {@code id} is named {@code <file stem>:<line>}. Every error names its line and
 * a bad line does not stop the lines after it: malformed JSON, a missing body, a bad date, even
 * invalid UTF-8 (with its byte offset in the file). Binary content ends the input.
 */
public final class JsonLinesReader extends ArticleReader {

  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final String stem;
  private byte[] line = new byte[1024];
  private long lineNumber;
  private long offset;
  private boolean sawContent;

  public JsonLinesReader(Path path) throws IOException {
    this(Files.newInputStream(path), path.toString(), Inputs.stem(path));
  }

  public JsonLinesReader(InputStream in, String input, String stem) {
    super(input, in);
    this.in = new BufferedInputStream(in, BUFFER);
    this.stem = stem;
  }

  @Override
  ReadResult readNext() throws IOException {
    while (true) {
      long lineOffset = offset;
      int length = readLine();
      if (length < 0) {
        return sawContent ? null : fatal(0, "empty file");
      }
      lineNumber++;
      try {
        TextCheckingInputStream.check(line, length, lineOffset, true);
      } catch (BadInputException e) {
        sawContent = true;
        return e.getMessage().startsWith("binary") ? fatal(lineNumber, e.getMessage()) : failed(lineNumber, e.getMessage());
      }
      String text = new String(line, 0, length, StandardCharsets.UTF_8);
      if (lineNumber == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (text.isBlank()) {
        continue;
      }
      sawContent = true;
      try {
        JsonNode node = JsonReader.MAPPER.readTree(text);
        return ArticleFields.toResult(node, input(), lineNumber, stem + ":" + lineNumber);
      } catch (JsonProcessingException e) {
        return failed(lineNumber, "malformed JSON: " + e.getOriginalMessage());
      }
    }
  }

  /** Reads the next line, without its LF (or CRLF), into {@link #line}; -1 at the end. */
  private int readLine() throws IOException {
    int n = 0;
    int b;
    boolean any = false;
    while ((b = in.read()) >= 0) {
      any = true;
      offset++;
      if (b == '\n') {
        break;
      }
      if (n == line.length) {
        line = Arrays.copyOf(line, n * 2);
      }
      line[n++] = (byte) b;
    }
    if (!any) {
      return -1;
    }
    return n > 0 && line[n - 1] == '\r' ? n - 1 : n;
  }
}
