package org.marsad.io;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The input formats, chosen by file extension or, for standard input and {@code .xml}, by content. */
public enum Format {
  TXT, JSON, JSONL, HTML, FEED, WARC, ZIP;

  /** The extensions {@link #byName} knows, for messages. */
  public static final String EXTENSIONS = ".txt .json .jsonl .html .htm .rss .atom .xml .warc .warc.gz .zip";

  /** How many leading bytes {@link #sniff} looks at. */
  static final int SNIFF_BYTES = 64 << 10;

  /**
   * The format a file name's extension names; empty for an unknown extension. {@code .xml} is
   * {@link #FEED} only if {@link #sniff} agrees.
   */
  public static Optional<Format> byName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
      return Optional.of(WARC);
    }
    int dot = n.lastIndexOf('.');
    String ext = dot < 0 ? "" : n.substring(dot + 1);
    return switch (ext) {
      case "txt" -> Optional.of(TXT);
      case "json" -> Optional.of(JSON);
      case "jsonl", "ndjson" -> Optional.of(JSONL);
      case "html", "htm", "xhtml" -> Optional.of(HTML);
      case "rss", "atom", "xml" -> Optional.of(FEED);
      case "zip" -> Optional.of(ZIP);
      default -> Optional.empty();
    };
  }

  /**
   * The format of content that starts with {@code head}.
   *
   * <p>Rules, in order: {@code PK\3\4} is a zip archive; gzip magic or {@code WARC/} is WARC; after a BOM and white space,
   * {@code [} is JSON; {@code {} is JSONL when the first line closes with {@code }}, else JSON (a
   * pretty-printed object); {@code <} with {@code <rss}, {@code <feed} or {@code <rdf:RDF} in the
   * head is a feed, any other markup HTML; everything else plain text.
   */
  public static Format sniff(byte[] head, int length) {
    if (length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return ZIP;
    }
    if (length >= 2 && (head[0] & 0xFF) == 0x1f && (head[1] & 0xFF) == 0x8b) {
      return WARC;
    }
    String text = new String(head, 0, length, StandardCharsets.UTF_8);
    if (text.startsWith("WARC/")) {
      return WARC;
    }
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    s = s.stripLeading();
    if (s.startsWith("[")) {
      return JSON;
    }
    if (s.startsWith("{")) {
      int nl = s.indexOf('\n');
      String firstLine = (nl < 0 ? s : s.substring(0, nl)).strip();
      return firstLine.endsWith("}") ? JSONL : JSON;
    }
    if (s.startsWith("<")) {
      return s.contains("<rss") || s.contains("<feed") || s.contains("<rdf:RDF") ? FEED : HTML;
    }
    return TXT;
  }
}
