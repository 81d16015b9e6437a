package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.core.places.RomanisedNames;
import org.marsad.io.geonames.MalformedRowException;
import org.marsad.io.geonames.RomanisedIndexBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad gazetteer romanised}: cities500 to the index of towns by consonant skeleton. */
@Command(name = "romanised", mixinStandardHelpOptions = true,
    description = {"Build the index of romanised town names (RomanisedNames; docs/places.md \"Romanised names\")",
        "from GeoNames cities500.txt."})
final class GazetteerRomanisedCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--cities", paramLabel = "FILE", defaultValue = "../shared/data/geonames/cities500/cities500.txt",
      description = "GeoNames cities500.txt (default: ${DEFAULT-VALUE}).")
  Path cities;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      defaultValue = "core/src/main/resources/org/marsad/core/places/romanised.tsv.gz",
      description = "Output (gzip-compressed when it ends in .gz; default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(cities)) {
      err.println("marsad: " + cities + ": no such file");
      return ExitCode.USAGE.code();
    }
    RomanisedNames index;
    try {
      index = RomanisedIndexBuilder.build(cities);
    } catch (MalformedRowException e) {
      err.println("marsad: " + e.getMessage());
      return ExitCode.SOME_FAILED.code();
    }
    try (Writer w = TextFiles.writer(out)) {
      RomanisedIndexBuilder.write(index, w);
    }
    err.println("marsad: wrote " + index.size() + " towns to " + out + " (" + Files.size(out) / 1024 + " KB)");
    return ExitCode.OK.code();
  }
}
