package org.marsad.io;

/**
 * An input that cannot be read at all from some point on: binary content, invalid UTF-8, a
 * truncated container. The message names the reason and, where known, the byte offset.
 */
public final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BadInputException(String reason) {
    super(reason);
  }
}
