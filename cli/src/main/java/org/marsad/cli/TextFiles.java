package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Text outputs of the build and train commands. */
final class TextFiles {

  private TextFiles() {}

  /** A UTF-8 writer to {@code out}, gzip-compressed when its name ends in .gz; missing folders are made. */
  static Writer writer(Path out) throws IOException {
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    OutputStream file = Files.newOutputStream(out);
    try {
      OutputStream body = out.toString().endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file;
      return new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8), 1 << 16);
    } catch (IOException | RuntimeException e) {
      file.close();
      throw e;
    }
  }
}
