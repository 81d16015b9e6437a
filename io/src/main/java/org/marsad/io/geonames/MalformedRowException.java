package org.marsad.io.geonames;

/** A row of a source file that cannot be read; the message starts with {@code file:line}. */
public final class MalformedRowException extends RuntimeException {
  public MalformedRowException(String file, long line, String reason) {
    super(file + ":" + line + ": " + reason);
  }
}
