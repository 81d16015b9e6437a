package org.marsad.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A {@code .zip} archive (SaudiNewsNet ships one per day): each entry is read, in archive order and
 * one at a time, by the reader its extension names, as {@code archive.zip!/entry.json}. Directories
 * and hidden entries are skipped; an entry of unknown extension is reported like a file.
 */
public final class ZipReader extends ArticleReader {

  private final ZipInputStream zip;
  private ArticleReader current;
  private boolean sawEntry;

  public ZipReader(Path path) throws IOException {
    this(Files.newInputStream(path), path.toString());
  }

  public ZipReader(InputStream in, String input) {
    super(input, in);
    this.zip = new ZipInputStream(in);
  }

  @Override
  ReadResult readNext() throws IOException {
    while (true) {
      if (current != null && current.hasNext()) {
        return current.next();
      }
      ZipEntry entry = zip.getNextEntry();
      if (entry == null) {
        return sawEntry ? null : fatal(0, "empty archive");
      }
      sawEntry = true;
      String name = entry.getName();
      String base = name.substring(name.lastIndexOf('/') + 1);
      if (entry.isDirectory() || base.startsWith(".") || base.isEmpty()) {
        continue;
      }
      String entryInput = input() + "!/" + name;
      Optional<Format> format = Format.byName(base);
      if (format.isEmpty() || format.get() == Format.ZIP) {
        current = null;
        return failed(0, "entry " + name + ": unknown extension (expected " + Format.EXTENSIONS + ")");
      }
      String stem = Inputs.stem(Path.of(base));
      current = Inputs.open(format.get(), new EntryStream(zip), entryInput, stem);
    }
  }

  /** The current entry's bytes; closing it leaves the archive open for the next entry. */
  private static final class EntryStream extends FilterInputStream {
    EntryStream(ZipInputStream zip) {
      super(zip);
    }

    @Override
    public void close() {
      // the archive closes with the ZipReader
    }
  }
}
