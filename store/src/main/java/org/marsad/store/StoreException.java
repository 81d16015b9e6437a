package org.marsad.store;

/** A store that cannot be opened, read or written; the message names the file or value. */
public final class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
