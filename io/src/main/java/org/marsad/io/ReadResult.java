package org.marsad.io;

import org.marsad.core.model.Article;

/** What reading one input yields: an article, or a failure that names the input and the reason. */
public sealed interface ReadResult {

  /** The input (a path, or {@code <stdin>}) this result came from. */
  String input();

  /** The 1-based line in the input where the article or the failure starts, or 0 when not line-based. */
  long line();

  /** {@code input:line}, or just {@code input} when there is no line. */
  default String where() {
    return line() > 0 ? input() + ":" + line() : input();
  }

  /** An article read from {@code input}, starting at {@code line} (0 when not known). */
  record Ok(String input, long line, Article article) implements ReadResult {
    public Ok(String input, Article article) {
      this(input, 0, article);
    }
  }

  /**
   * An input, or one record of it, that could not be read.
   *
   * @param line the 1-based line for line-oriented formats such as JSONL, or 0
   */
  record Failed(String input, long line, String reason) implements ReadResult {
    /** The one-line diagnostic for standard error: {@code file:line: reason}. */
    public String message() {
      return where() + ": " + reason;
    }
  }
}
