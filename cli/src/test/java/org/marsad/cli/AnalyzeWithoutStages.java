package org.marsad.cli;

import java.util.List;
import org.marsad.core.pipeline.Pipeline;
import picocli.CommandLine;

/**
 * Test helper run in a forked JVM: {@code analyze} with an empty pipeline, so the forked heap
 * measures the command's own read, serialise, write loop and not the stages' resident data.
 */
final class AnalyzeWithoutStages {

  private AnalyzeWithoutStages() {}

  public static void main(String[] args) {
    AnalyzeCommand command = new AnalyzeCommand(() -> new Pipeline(List.of()), System.in, System.out, System.err);
    System.exit(new CommandLine(command).execute(args));
  }
}
