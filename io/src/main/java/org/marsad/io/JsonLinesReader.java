package org.marsad.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
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
  private static final int BOM_LENGTH = 3;

  private final InputStream in;
  private final String stem;
  private final byte[] buffer = new byte[BUFFER];
  private int pos;
  private int limit;
  private byte[] line = new byte[1024];
  private long lineNumber;
  private long offset;
  private boolean sawContent;

  public JsonLinesReader(Path path) throws IOException {
    this(Files.newInputStream(path), path.toString(), Inputs.stem(path));
  }

  public JsonLinesReader(InputStream in, String input, String stem) {
    super(input, in);
    this.in = in;
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
      int start = lineNumber == 1 && startsWithBom(length) ? BOM_LENGTH : 0;
      if (isBlank(start, length)) {
        continue;
      }
      sawContent = true;
      try {
        JsonNode node = JsonReader.MAPPER.readTree(line, start, length - start);
        return ArticleFields.toResult(node, input(), lineNumber, stem + ":" + lineNumber);
      } catch (JsonProcessingException e) {
        return failed(lineNumber, "malformed JSON: " + e.getOriginalMessage());
      }
    }
  }

  private boolean startsWithBom(int length) {
    return length >= BOM_LENGTH && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF;
  }

  private boolean isBlank(int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r' && b != 0x0B && b != '\f') {
        return false;
      }
    }
    return true;
  }

  /** Reads the next line, without its LF (or CRLF), into {@link #line}; -1 at the end. */
  private int readLine() throws IOException {
    int n = 0;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        limit = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          break;
        }
      }
      any = true;
      int start = pos;
      while (pos < limit && buffer[pos] != '\n') {
        pos++;
      }
      int len = pos - start;
      if (n + len > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, n + len));
      }
      System.arraycopy(buffer, start, line, n, len);
      n += len;
      offset += len;
      if (pos < limit) { // at the LF
        pos++;
        offset++;
        break;
      }
    }
    if (!any) {
      return -1;
    }
    return n > 0 && line[n - 1] == '\r' ? n - 1 : n;
  }
}
