package org.marsad.io;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Concatenates streams that are opened one at a time, each closed when consumed.
 *
 * <p>Why not {@code flatMap}: pulling from a flat-mapped stream through {@code iterator()} drains
 * each inner stream into a buffer first (JDK-8267359), which would hold a whole 50 MB file's
 * articles at once. This iterator pulls one element at a time.
 */
final class LazyConcat<S, T> implements Iterator<T> {

  private final Iterator<S> sources;
  private final Function<S, Stream<T>> open;
  private Stream<T> current;
  private Iterator<T> it;

  private LazyConcat(Iterator<S> sources, Function<S, Stream<T>> open) {
    this.sources = sources;
    this.open = open;
  }

  /** The elements of {@code open(s)} for every {@code s} of {@code sources}, in order, lazily. */
  static <S, T> Stream<T> of(Iterator<S> sources, Function<S, Stream<T>> open) {
    LazyConcat<S, T> concat = new LazyConcat<>(sources, open);
    Spliterator<T> s = Spliterators.spliteratorUnknownSize(concat, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(s, false).onClose(concat::closeCurrent);
  }

  @Override
  public boolean hasNext() {
    while (it == null || !it.hasNext()) {
      closeCurrent();
      if (!sources.hasNext()) {
        return false;
      }
      current = open.apply(sources.next());
      it = current.iterator();
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return it.next();
  }

  private void closeCurrent() {
    if (current != null) {
      Stream<T> s = current;
      current = null;
      it = null;
      s.close();
    }
  }
}
