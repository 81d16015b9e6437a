package org.marsad.core.events;

/** A lexicon or model line that cannot be read; the message names {@code file:line} and the bad value. */
public final class LexiconFormatException extends RuntimeException {

  public LexiconFormatException(String source, int line, String reason) {
    super(source + ":" + line + ": " + reason);
  }
}
