package org.marsad.io;

import org.marsad.core.model.Article;

/** What reading one input yields: an article, or a failure that names the input and the reason. */
public sealed interface ReadResult {

  /** An article read from {@code input}. */
  record Ok(String input, Article article) implements ReadResult {}

  /**
   * An input, or one line of it, that could not be read.
   *
   * @param line the 1-based line for line-oriented formats such as JSONL, or 0
   */
  record Failed(String input, long line, String reason) implements ReadResult {
    /** The one-line diagnostic for standard error: {@code file:line: reason}. */
    public String message() {
      return (line > 0 ? input + ":" + line : input) + ": " + reason;
    }
  }
}
