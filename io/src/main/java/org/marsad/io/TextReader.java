package org.marsad.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.marsad.core.model.Article;

/**
 * A {@code .txt} article: the first line is the title, the rest the body. The id is the file name
 * without its extension; the date comes from {@code --date}.
 *
 * <p>The file is read whole (one article is one analysis unit), after the text check of
 * {@link TextCheckingInputStream}, up to {@link #MAX_BYTES}; a blank file is an error.
 */
public final class TextReader extends WholeFileReader {

  private static final char BOM = '\uFEFF';
  /** Larger files are refused: a single article this long is not news, and it would cost ~3x in heap. */
  static final int MAX_BYTES = 256 << 20;

  public TextReader(Path path) throws IOException {
    this(Files.newInputStream(path), path.toString(), Inputs.stem(path));
  }

  public TextReader(InputStream in, String input, String id) {
    super(in, input, id);
  }

  @Override
  ReadResult readWhole(InputStream in, String id) throws IOException {
    byte[] bytes = new TextCheckingInputStream(in, true).readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      return failed(0, "file larger than " + (MAX_BYTES >> 20) + " MB (a .txt file is one article, read whole)");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (!text.isEmpty() && text.charAt(0) == BOM) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return failed(0, "empty file");
    }
    text = text.replace("\r\n", "\n");
    int nl = text.indexOf('\n');
    String title = (nl < 0 ? text : text.substring(0, nl)).strip();
    String body = nl < 0 ? "" : text.substring(nl + 1);
    return new ReadResult.Ok(input(), 1, new Article(id, "", "", title, Optional.empty(), body));
  }
}
