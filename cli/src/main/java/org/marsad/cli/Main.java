package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code marsad} root command. Subcommands are registered in {@link #commandLine()}. */
@Command(name = "marsad", mixinStandardHelpOptions = true, version = "marsad 0.1.0",
    description = "Arabic-first news event monitor: turns Arabic news reports into located, dated events.")
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    // groups of subcommands, each sorted by name
    CommandLine bench = new CommandLine(new BenchCommand());
    bench.addSubcommand(new BenchEventsCommand());
    bench.addSubcommand(new BenchNerCommand());
    bench.addSubcommand(new BenchPipelineCommand());
    bench.addSubcommand(new BenchPlacesCommand());
    bench.addSubcommand(new BenchSearchCommand());
    bench.addSubcommand(new BenchStoreCommand());
    bench.addSubcommand(new BenchTextCommand());
    CommandLine eval = new CommandLine(new EvalCommand());
    eval.addSubcommand(new EvalEventsCommand());
    eval.addSubcommand(new EvalNerCommand());
    eval.addSubcommand(new EvalPlacesCommand());
    CommandLine gazetteer = new CommandLine(new GazetteerCommand());
    gazetteer.addSubcommand(new GazetteerBuildCommand());
    gazetteer.addSubcommand(new GazetteerRomanisedCommand());
    CommandLine train = new CommandLine(new TrainCommand());
    train.addSubcommand(new TrainCliticsCommand());
    train.addSubcommand(new TrainClustersCommand());
    train.addSubcommand(new TrainConfidenceCommand());
    train.addSubcommand(new TrainEventsCommand());
    train.addSubcommand(new TrainNerCommand());

    // one line per command, sorted by name
    cl.addSubcommand(new AnalyzeCommand());
    cl.addSubcommand(new AnercorpSplitCommand());
    cl.addSubcommand(bench);
    cl.addSubcommand(new DemoCommand());
    cl.addSubcommand(eval);
    cl.addSubcommand(new ExportCommand());
    cl.addSubcommand(gazetteer);
    cl.addSubcommand(new IngestCommand());
    cl.addSubcommand(new ServeCommand());
    cl.addSubcommand(new TagNerCommand());
    cl.addSubcommand(train);
    cl.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    cl.setExitCodeExceptionMapper(e -> ExitCode.USAGE.code());
    // a bad input a command could not get past (a missing corpus folder, an unreadable model):
    // one line naming it, no stack trace
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      if (ex instanceof IllegalArgumentException || ex instanceof java.io.UncheckedIOException
          || ex instanceof java.io.IOException) {
        cmd.getErr().println("marsad: " + ex.getMessage());
        return ExitCode.USAGE.code();
      }
      throw ex;
    });
    cl.setParameterExceptionHandler((ex, args) -> {
      ex.getCommandLine().getErr().println("marsad: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try 'marsad " + ex.getCommandLine().getCommandName() + " --help'.");
      return ExitCode.USAGE.code();
    });
    return cl;
  }

  /** The one-line reason a file given on the command line could not be read ({@code marsad: …}). */
  static String unreadable(java.nio.file.Path file, Exception e) {
    return "marsad: " + (e instanceof java.nio.file.NoSuchFileException ? file + ": no such file" : e.getMessage());
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
