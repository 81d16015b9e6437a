package org.marsad.io;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns command-line inputs (files, directories walked recursively, or {@code -} for standard
 * input) into one lazy stream of {@link ReadResult}s. Nothing is read before the stream asks for
 * it, and each input is closed once consumed, so memory stays bounded whatever the number and size
 * of the inputs.
 *
 * <p>Rules:
 * <ul>
 *   <li>a file's format comes from its extension ({@link Format#byName}); {@code .xml} must look
 *       like a feed; an unknown extension is a failure naming the accepted ones;
 *   <li>standard input's format comes from its content ({@link Format#sniff});
 *   <li>a directory is walked by {@link DirectoryWalk}, in name order;
 *   <li>{@code defaultDate} ({@code --date}) is the date of every article that carries none.
 * </ul>
 */
public final class Inputs {

  /** How standard input is named in messages. */
  public static final String STDIN_NAME = "<stdin>";
  public static final String STDIN = "-";

  private Inputs() {}

  /** The inputs, with {@link System#in} for {@code -}. */
  public static Stream<ReadResult> read(List<String> inputs, Optional<LocalDate> defaultDate) {
    return read(inputs, defaultDate, System.in);
  }

  public static Stream<ReadResult> read(List<String> inputs, Optional<LocalDate> defaultDate, InputStream stdin) {
    Stream<ReadResult> results = LazyConcat.of(inputs.iterator(), input -> readOne(input, stdin));
    return defaultDate.isEmpty() ? results : results.map(r -> withDefaultDate(r, defaultDate));
  }

  /**
   * The articles of one file, by its extension (a directory is walked); a failure for an unknown
   * extension or an unreadable file.
   */
  public static Stream<ReadResult> readFile(Path path) {
    return Files.isDirectory(path) ? LazyConcat.of(new DirectoryWalk(path), Inputs::readWalked) : readWalked(path);
  }

  /** A path from {@link DirectoryWalk}: a file, or a directory it could not list. */
  private static Stream<ReadResult> readWalked(Path path) {
    String input = path.toString();
    if (Files.isDirectory(path)) {
      return Stream.of(new ReadResult.Failed(input, 0, "cannot list directory"));
    }
    Optional<Format> format = Format.byName(path.getFileName().toString());
    if (format.isEmpty()) {
      String name = path.getFileName().toString();
      int dot = name.lastIndexOf('.');
      String what = dot < 0 ? "no extension" : "unknown extension '" + name.substring(dot) + "'";
      return Stream.of(new ReadResult.Failed(input, 0, what + " (expected " + Format.EXTENSIONS + ")"));
    }
    try {
      InputStream in = Files.newInputStream(path);
      if (format.get() == Format.FEED && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")) {
        BufferedInputStream buffered = new BufferedInputStream(in, Format.SNIFF_BYTES);
        if (sniff(buffered) != Format.FEED) {
          buffered.close();
          return Stream.of(new ReadResult.Failed(input, 0, "XML that is neither an RSS nor an Atom feed"));
        }
        in = buffered;
      }
      return open(format.get(), in, input, stem(path)).stream();
    } catch (IOException e) {
      return Stream.of(new ReadResult.Failed(input, 0, "cannot read: " + ArticleReader.describe(e)));
    }
  }

  /** A reader for content of unknown format, sniffed from its first bytes. */
  public static ArticleReader readSniffed(InputStream in, String input) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, Format.SNIFF_BYTES);
    return open(sniff(buffered), buffered, input, "stdin");
  }

  static ArticleReader open(Format format, InputStream in, String input, String stem) {
    return switch (format) {
      case TXT -> new TextReader(in, input, stem);
      case JSON -> new JsonReader(in, input, stem);
      case JSONL -> new JsonLinesReader(in, input, stem);
      case HTML -> new HtmlReader(in, input, stem);
      case FEED -> new FeedReader(in, input, stem);
      case WARC -> new WarcReader(in, input);
      case ZIP -> new ZipReader(in, input);
    };
  }

  /** The file name without its extension(s) such as {@code .json} or {@code .warc.gz}: the default id. */
  static String stem(Path path) {
    String name = path.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".warc.gz")) {
      return name.substring(0, name.length() - ".warc.gz".length());
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static Stream<ReadResult> readOne(String input, InputStream stdin) {
    if (input.equals(STDIN)) {
      try {
        return readSniffed(new NonClosingInputStream(stdin), STDIN_NAME).stream();
      } catch (IOException e) {
        return Stream.of(new ReadResult.Failed(STDIN_NAME, 0, "cannot read: " + ArticleReader.describe(e)));
      }
    }
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      return Stream.of(new ReadResult.Failed(input, 0, "invalid path: " + e.getReason()));
    }
    if (!Files.exists(path)) {
      return Stream.of(new ReadResult.Failed(input, 0, "no such file or directory"));
    }
    return readFile(path);
  }

  private static Format sniff(BufferedInputStream in) throws IOException {
    in.mark(Format.SNIFF_BYTES);
    byte[] head = in.readNBytes(Format.SNIFF_BYTES);
    in.reset();
    return Format.sniff(head, head.length);
  }

  private static ReadResult withDefaultDate(ReadResult r, Optional<LocalDate> date) {
    if (r instanceof ReadResult.Ok ok && ok.article().published().isEmpty()) {
      return new ReadResult.Ok(ok.input(), ok.line(), ok.article().withPublished(date));
    }
    return r;
  }

  /** Standard input stays open for whoever else reads it (a second "-" reads nothing more). */
  private static final class NonClosingInputStream extends FilterInputStream {
    NonClosingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // standard input belongs to the process, not to one reader
    }
  }
}
