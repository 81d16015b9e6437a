package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad train}: a group of subcommands, registered in {@link Main#commandLine()}. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train the statistical models.")
final class TrainCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }
}
