package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.io.geonames.GazetteerBuilder;
import org.marsad.io.geonames.GazetteerSources;
import org.marsad.io.geonames.MalformedRowException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad gazetteer build}: GeoNames dumps and code tables to the compact gazetteer. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = {"Build the gazetteer from GeoNames dumps (see docs/places.md).",
        "Default: the layout of ../shared/data/geonames, countries from scripts/fetch-countries.sh."})
final class GazetteerBuildCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--geonames", paramLabel = "DIR", defaultValue = "../shared/data/geonames",
      description = "Folder laid out like ../shared/data/geonames (default: ${DEFAULT-VALUE}).")
  Path geonames;

  @Option(names = "--countries", paramLabel = "DIR", defaultValue = "target/npm/i18n-iso-countries",
      description = "Unpacked npm package i18n-iso-countries (default: ${DEFAULT-VALUE}, made by scripts/fetch-countries.sh).")
  Path countries;

  @Option(names = "--cities", paramLabel = "FILE", description = "GeoNames cities500.txt (overrides --geonames).")
  Path cities;

  @Option(names = "--all-countries", paramLabel = "FILE", description = "GeoNames allCountries.txt (or CC.txt).")
  Path allCountries;

  @Option(names = "--alternate-names", paramLabel = "FILE", description = "GeoNames alternateNamesV2.txt (with --all-countries).")
  Path alternateNames;

  @Option(names = "--admin1", paramLabel = "FILE", description = "admin1CodesASCII.txt or admin1.json.")
  Path admin1;

  @Option(names = "--admin2", paramLabel = "FILE", description = "admin2Codes.txt or admin2.json.")
  Path admin2;

  @Option(names = "--iraq-governorates", paramLabel = "FILE", description = "countrystatecity Iraq states.json.")
  Path iraqGovernorates;

  @Option(names = "--supplement", paramLabel = "FILE", description = "Extra Arabic aliases (default: the bundled list).")
  Path supplement;

  @Option(names = "--lenient", description = "Skip malformed rows and count them, instead of stopping at the first.")
  boolean lenient;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      defaultValue = "core/src/main/resources/org/marsad/core/places/gazetteer.tsv.gz",
      description = "Output (gzip-compressed when it ends in .gz; default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(countries.resolve("langs/ar.json"))) {
      err.println("marsad: " + countries + ": no langs/ar.json; run scripts/fetch-countries.sh or give --countries DIR");
      return ExitCode.USAGE.code();
    }
    GazetteerSources shared = GazetteerSources.sharedLayout(geonames, countries, lenient);
    Optional<Path> citiesFile = cities != null ? Optional.of(cities)
        : allCountries != null ? Optional.empty() : shared.cities();
    GazetteerSources sources = new GazetteerSources(citiesFile, Optional.ofNullable(allCountries),
        Optional.ofNullable(alternateNames), admin1 != null ? admin1 : shared.admin1(),
        admin2 != null ? admin2 : shared.admin2(), countries,
        iraqGovernorates != null ? Optional.of(iraqGovernorates)
            : shared.iraqGovernorates().filter(Files::isRegularFile),
        Optional.ofNullable(supplement), lenient);
    for (Path p : new Path[] {sources.admin1(), sources.admin2()}) {
      if (!Files.isRegularFile(p)) {
        err.println("marsad: " + p + ": no such file");
        return ExitCode.USAGE.code();
      }
    }
    GazetteerBuilder.Result result;
    try {
      result = GazetteerBuilder.build(sources);
    } catch (MalformedRowException e) {
      err.println("marsad: " + e.getMessage() + " (use --lenient to skip such rows)");
      return ExitCode.SOME_FAILED.code();
    }
    try (Writer w = TextFiles.writer(out)) {
      result.gazetteer().write(w);
    }
    result.counts().forEach((k, v) -> err.println("marsad: " + k + ": " + v));
    err.println("marsad: wrote " + result.gazetteer().entries().size() + " entries to " + out + " ("
        + Files.size(out) / 1024 + " KB)" + (result.skippedRows() > 0 ? "; skipped " + result.skippedRows()
        + " malformed rows" : ""));
    return ExitCode.OK.code();
  }
}
