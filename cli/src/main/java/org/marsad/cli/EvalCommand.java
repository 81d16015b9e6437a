package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad eval}: a group of subcommands, registered in {@link Main#commandLine()}. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score marsad against gold standards.")
final class EvalCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }
}
