package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad bench}: a group of subcommands, registered in {@link Main#commandLine()}. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks, each beside a reference measured in the same run.")
final class BenchCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }
}
