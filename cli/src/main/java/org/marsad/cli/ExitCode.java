package org.marsad.cli;

/** The exit codes of every marsad command (CONTRACT.md). */
public enum ExitCode {
  /** Everything was processed. */
  OK(0),
  /** Some inputs failed; the others were processed. */
  SOME_FAILED(1),
  /** The command line was wrong. */
  USAGE(2);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
