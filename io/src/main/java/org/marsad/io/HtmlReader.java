package org.marsad.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An {@code .html} / {@code .htm} page: one article, found by {@link HtmlExtractor}. The page is
 * read whole (a DOM needs it) up to {@link #MAX_BYTES}; its id is the file name without extension.
 */
public final class HtmlReader extends WholeFileReader {

  /** Pages above this size are rejected rather than parsed into a DOM. */
  static final int MAX_BYTES = 32 << 20;

  public HtmlReader(Path path) throws IOException {
    this(Files.newInputStream(path), path.toString(), Inputs.stem(path));
  }

  public HtmlReader(InputStream in, String input, String id) {
    super(in, input, id);
  }

  @Override
  ReadResult readWhole(InputStream in, String id) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      return failed(0, "page larger than " + (MAX_BYTES >> 20) + " MB");
    }
    String html = HtmlText.decode(bytes, Optional.empty());
    if (html.isBlank()) {
      return failed(0, "empty file");
    }
    return HtmlExtractor.extract(html, id, "")
        .<ReadResult>map(a -> new ReadResult.Ok(input(), a))
        .orElseGet(() -> failed(0, "no text found in the page"));
  }
}
