package org.marsad.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the articles of one input lazily: {@link #next()} parses only as far as the next article,
 * so memory holds one article at a time whatever the size of the input.
 *
 * <p>A reader never throws for bad content: whatever goes wrong becomes a {@link ReadResult.Failed}
 * naming the input, the line where known, and the reason. A failure the reader cannot step over
 * (invalid UTF-8, a truncated container) is the last result. Close the reader, or the stream from
 * {@link #stream()}, to release the input.
 */
public abstract class ArticleReader implements Iterator<ReadResult>, Iterable<ReadResult>, Closeable {

  private final String input;
  private final Closeable resource;
  private ReadResult lookahead;
  private boolean done;

  ArticleReader(String input, Closeable resource) {
    this.input = input;
    this.resource = resource;
  }

  /** The name of the input in messages: its path, or {@code <stdin>}. */
  public final String input() {
    return input;
  }

  /** The next article or failure; null at the end. Subclasses throw nothing but may end early. */
  abstract ReadResult readNext() throws IOException;

  @Override
  public final boolean hasNext() {
    if (lookahead == null && !done) {
      try {
        lookahead = readNext();
      } catch (BadInputException e) {
        lookahead = failed(0, e.getMessage());
        done = true;
        return true;
      } catch (IOException | RuntimeException e) {
        lookahead = failed(0, "cannot read: " + describe(e));
        done = true;
        return true;
      }
      if (lookahead == null) {
        done = true;
      }
    }
    return lookahead != null;
  }

  @Override
  public final ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more articles in " + input);
    }
    ReadResult r = lookahead;
    lookahead = null;
    return r;
  }

  @Override
  public final Iterator<ReadResult> iterator() {
    return this;
  }

  /** The remaining results as a sequential stream that closes this reader when it is closed. */
  public final Stream<ReadResult> stream() {
    Spliterator<ReadResult> s = Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(s, false).onClose(this::closeQuietly);
  }

  @Override
  public void close() throws IOException {
    done = true;
    resource.close();
  }

  final ReadResult.Failed failed(long line, String reason) {
    return new ReadResult.Failed(input, line, reason);
  }

  /** Stops the reader after the current result: used for failures it cannot step over. */
  final ReadResult.Failed fatal(long line, String reason) {
    done = true;
    return failed(line, reason);
  }

  private void closeQuietly() {
    try {
      close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + input, e);
    }
  }

  static String describe(Throwable e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }
}
