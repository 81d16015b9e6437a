package org.marsad.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * A WARC file ({@code .warc}, or {@code .warc.gz} with one gzip member per record or one for all):
 * each HTML page in a {@code response} record (HTTP status 2xx, {@code Content-Type} text/html or
 * application/xhtml+xml) or a {@code resource} record becomes one article, found by
 * {@link HtmlExtractor}, with the record's {@code WARC-Target-URI} as its URL and its
 * {@code WARC-Record-ID} as its id. Other records (warcinfo, request, metadata, revisit, images,
 * redirects) are skipped.
 *
 * <p>Records are read one at a time; a record's block is held in memory up to
 * {@link #MAX_RECORD_BYTES} and larger ones are skipped with an error. Chunked transfer encoding and
 * gzip/deflate content encoding are undone. A record that is truncated, or a header that is not
 * WARC, ends the input with an error naming the byte offset of the record.
 */
public final class WarcReader extends ArticleReader {

  static final int MAX_RECORD_BYTES = 32 << 20;
  /** A header line longer than this is not WARC (or the file is binary garbage). */
  static final int MAX_HEADER_LINE = 64 << 10;
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  private final InputStream raw;
  private InputStream in;
  /** Offset in the (decompressed) stream, for messages. */
  private long offset;
  /** Offset where the last line read by {@link #skipBlankLines} starts. */
  private long lineStart;

  public WarcReader(Path path) throws IOException {
    this(Files.newInputStream(path), path.toString());
  }

  public WarcReader(InputStream in, String input) {
    super(input, in);
    this.raw = in;
  }

  @Override
  ReadResult readNext() throws IOException {
    if (in == null) {
      in = open();
    }
    while (true) {
      long recordOffset;
      String version;
      version = skipBlankLines();
      recordOffset = lineStart;
      if (version == null) {
        return offset == 0 ? fatal(0, "empty file") : null;
      }
      if (!version.startsWith("WARC/")) {
        return fatal(0, "not a WARC record at byte offset " + recordOffset + ": '" + abbreviate(version) + "'");
      }
      Map<String, String> headers = headers(recordOffset);
      long length = contentLength(headers.get("content-length"), recordOffset);
      if (length > MAX_RECORD_BYTES) {
        skipFully(length, recordOffset);
        return failed(0, "record at byte offset " + recordOffset + " is larger than " + (MAX_RECORD_BYTES >> 20)
            + " MB; skipped");
      }
      byte[] block = readFully((int) length, recordOffset);
      Optional<ReadResult> result = article(headers, block, recordOffset);
      if (result.isPresent()) {
        return result.get();
      }
    }
  }

  private InputStream open() throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
    buffered.mark(2);
    int b1 = buffered.read();
    int b2 = buffered.read();
    buffered.reset();
    if (b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2) {
      return new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16);
    }
    return buffered;
  }

  private Optional<ReadResult> article(Map<String, String> headers, byte[] block, long recordOffset) {
    String type = headers.getOrDefault("warc-type", "");
    String contentType = headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
    String url = headers.getOrDefault("warc-target-uri", "").replaceAll("^<|>$", "");
    String id = headers.getOrDefault("warc-record-id", "").replaceAll("^<|>$", "");
    String where = "record " + (id.isEmpty() ? "at byte offset " + recordOffset : id)
        + (url.isEmpty() ? "" : " (" + url + ")");
    byte[] html;
    Optional<String> charset;
    if (type.equals("response") && contentType.startsWith("application/http")) {
      HttpMessage http;
      try {
        http = HttpMessage.parse(block);
      } catch (IOException | RuntimeException e) {
        return Optional.of(failed(0, where + ": bad HTTP response: " + describe(e)));
      }
      if (http.status() < 200 || http.status() > 299 || !isHtml(http.header("content-type"))) {
        return Optional.empty();
      }
      try {
        html = http.decodedBody();
      } catch (IOException | RuntimeException e) {
        return Optional.of(failed(0, where + ": cannot decode the HTTP body: " + describe(e)));
      }
      charset = HtmlText.charsetOf(http.header("content-type"));
    } else if (type.equals("resource") && isHtml(contentType)) {
      html = block;
      charset = HtmlText.charsetOf(contentType);
    } else {
      return Optional.empty();
    }
    try {
      String text = HtmlText.decode(html, charset);
      return Optional.of(HtmlExtractor.extract(text, id, url)
          .<ReadResult>map(a -> new ReadResult.Ok(input(), a))
          .orElseGet(() -> failed(0, where + ": no text found in the page")));
    } catch (BadInputException e) {
      return Optional.of(failed(0, where + ": " + e.getMessage()));
    }
  }

  private static boolean isHtml(String contentType) {
    String ct = contentType.toLowerCase(Locale.ROOT);
    return ct.startsWith("text/html") || ct.startsWith("application/xhtml+xml");
  }

  private String skipBlankLines() throws IOException {
    while (true) {
      lineStart = offset;
      String line = readLine(in);
      if (line == null || !line.isEmpty()) {
        return line;
      }
    }
  }

  private Map<String, String> headers(long recordOffset) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    String last = null;
    while (true) {
      String line = readLine(in);
      if (line == null) {
        throw new BadInputException("record at byte offset " + recordOffset + " is truncated in its header");
      }
      if (line.isEmpty()) {
        return headers;
      }
      if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
        headers.merge(last, " " + line.strip(), String::concat);
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new BadInputException("record at byte offset " + recordOffset + " has a malformed header line: '"
            + abbreviate(line) + "'");
      }
      last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      headers.putIfAbsent(last, line.substring(colon + 1).strip());
    }
  }

  private static long contentLength(String value, long recordOffset) {
    if (value == null) {
      throw new BadInputException("record at byte offset " + recordOffset + " has no Content-Length");
    }
    try {
      long n = Long.parseLong(value.strip());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadInputException("record at byte offset " + recordOffset + " has an invalid Content-Length: '"
          + abbreviate(value) + "'");
    }
  }

  private byte[] readFully(int length, long recordOffset) throws IOException {
    byte[] block;
    try {
      block = in.readNBytes(length);
    } catch (EOFException | ZipException e) {
      throw new BadInputException("record at byte offset " + recordOffset + " is truncated: " + describe(e));
    }
    offset += block.length;
    if (block.length < length) {
      throw new BadInputException("record at byte offset " + recordOffset + " is truncated: " + block.length + " of "
          + length + " bytes");
    }
    return block;
  }

  private void skipFully(long length, long recordOffset) throws IOException {
    byte[] sink = new byte[1 << 16];
    long left = length;
    while (left > 0) {
      int r = in.read(sink, 0, (int) Math.min(sink.length, left));
      if (r < 0) {
        throw new BadInputException("record at byte offset " + recordOffset + " is truncated");
      }
      left -= r;
      offset += r;
    }
  }

  /**
   * One line up to CRLF or LF, without it, as UTF-8; null at the end of the input. Header lines
   * longer than {@link #MAX_HEADER_LINE} are rejected.
   */
  private String readLine(InputStream s) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    while (true) {
      int b;
      try {
        b = s.read();
      } catch (EOFException | ZipException e) {
        throw new BadInputException("truncated or corrupt input at byte offset " + offset + ": " + describe(e));
      }
      if (b < 0) {
        return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
      }
      offset++;
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, n, StandardCharsets.UTF_8);
      }
      if (line.size() >= MAX_HEADER_LINE) {
        throw new BadInputException("header line longer than " + MAX_HEADER_LINE + " bytes at byte offset " + offset);
      }
      line.write(b);
    }
  }

  private static String abbreviate(String s) {
    String printable = s.replaceAll("\\p{Cntrl}", "?");
    return printable.length() <= 40 ? printable : printable.substring(0, 40) + "...";
  }

  /** The parts of an HTTP response that matter here. */
  record HttpMessage(int status, Map<String, String> headers, byte[] body) {

    String header(String name) {
      return headers.getOrDefault(name, "");
    }

    static HttpMessage parse(byte[] block) throws IOException {
      int end = indexOf(block, new byte[] {'\r', '\n', '\r', '\n'});
      int skip = 4;
      if (end < 0) {
        end = indexOf(block, new byte[] {'\n', '\n'});
        skip = 2;
      }
      if (end < 0) {
        throw new IOException("no end of the HTTP header");
      }
      String[] lines = new String(block, 0, end, StandardCharsets.ISO_8859_1).split("\r?\n");
      String[] status = lines[0].split(" ", 3);
      if (status.length < 2 || !status[0].startsWith("HTTP/")) {
        throw new IOException("bad status line '" + abbreviate(lines[0]) + "'");
      }
      int code;
      try {
        code = Integer.parseInt(status[1].strip());
      } catch (NumberFormatException e) {
        throw new IOException("bad status code '" + abbreviate(status[1]) + "'");
      }
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          headers.putIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
              lines[i].substring(colon + 1).strip());
        }
      }
      byte[] body = Arrays.copyOfRange(block, end + skip, block.length);
      return new HttpMessage(code, headers, body);
    }

    /** The body with chunked transfer encoding and gzip/deflate content encoding undone. */
    byte[] decodedBody() throws IOException {
      byte[] b = body;
      if (header("transfer-encoding").toLowerCase(Locale.ROOT).contains("chunked")) {
        b = dechunk(b);
      }
      String encoding = header("content-encoding").toLowerCase(Locale.ROOT).strip();
      switch (encoding) {
        case "", "identity" -> { }
        case "gzip", "x-gzip" -> b = new GZIPInputStream(new ByteArrayInputStream(b)).readNBytes(MAX_RECORD_BYTES);
        case "deflate" -> b = new InflaterInputStream(new ByteArrayInputStream(b))
            .readNBytes(MAX_RECORD_BYTES);
        default -> throw new IOException("unsupported Content-Encoding '" + encoding + "'");
      }
      return b;
    }

    private static byte[] dechunk(byte[] b) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
      int pos = 0;
      while (pos < b.length) {
        int eol = indexOf(b, new byte[] {'\r', '\n'}, pos);
        if (eol < 0) {
          throw new IOException("bad chunk header at body offset " + pos);
        }
        String sizeText = new String(b, pos, eol - pos, StandardCharsets.ISO_8859_1).split(";", 2)[0].strip();
        int size;
        try {
          size = Integer.parseInt(sizeText, 16);
        } catch (NumberFormatException e) {
          throw new IOException("bad chunk size '" + abbreviate(sizeText) + "'");
        }
        pos = eol + 2;
        if (size == 0) {
          break;
        }
        if (size < 0 || pos + size > b.length) {
          throw new IOException("chunk of " + size + " bytes runs past the body");
        }
        out.write(b, pos, size);
        pos += size + 2;
      }
      return out.toByteArray();
    }

    private static int indexOf(byte[] hay, byte[] needle) {
      return indexOf(hay, needle, 0);
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
      outer:
      for (int i = from; i <= hay.length - needle.length; i++) {
        for (int j = 0; j < needle.length; j++) {
          if (hay[i + j] != needle[j]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }
  }
}
