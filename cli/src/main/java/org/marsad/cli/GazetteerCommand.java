package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad gazetteer}: a group of subcommands, registered in {@link Main#commandLine()}. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true, description = "Build and inspect the gazetteer.")
final class GazetteerCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }
}
