package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.places.ArabicNames;
import org.marsad.core.places.RomanisedNames;
import picocli.CommandLine;

class GazetteerRomanisedCommandTest {

  @TempDir
  Path dir;

  private record Run(int exit, String err) {}

  private static Run run(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new GazetteerRomanisedCommand());
    cl.setErr(new PrintWriter(err, true));
    return new Run(cl.execute(args), err.toString());
  }

  private static String row(long id, String name) {
    return id + "\t" + name + "\t" + name + "\t\t37.4\t34.8\tP\tPPL\tTR\t\t01\t\t\t\t10517\t\t100\tEurope/Istanbul\t2020-01-01";
  }

  @Test
  void writesAGzippedIndexThatReadsBack() throws IOException {
    Path cities = Files.writeString(dir.resolve("cities500.txt"), row(302482, "Pozanti") + "\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("sub/romanised.tsv.gz");
    Run r = run("--cities", cities.toString(), "--out", out.toString());
    assertEquals(ExitCode.OK.code(), r.exit(), r.err());
    RomanisedNames index;
    try (InputStreamReader in = new InputStreamReader(new GZIPInputStream(Files.newInputStream(out)),
        StandardCharsets.UTF_8)) {
      index = RomanisedNames.read(in, out.toString());
    }
    assertEquals(1, index.size());
    assertTrue(index.find("TR", RomanisedNames.arabicPattern(ArabicNames.key("بوزانتي"))).isPresent());
  }

  @Test
  void aMissingOrMalformedInputIsNamedAndNothingIsWritten() throws IOException {
    Path out = dir.resolve("romanised.tsv.gz");
    Run missing = run("--cities", dir.resolve("absent.txt").toString(), "--out", out.toString());
    assertEquals(ExitCode.USAGE.code(), missing.exit());
    assertTrue(missing.err().contains("absent.txt: no such file"), missing.err());
    Path bad = Files.writeString(dir.resolve("bad.txt"), row(1, "Pozanti") + "\nbroken\n", StandardCharsets.UTF_8);
    Run malformed = run("--cities", bad.toString(), "--out", out.toString());
    assertEquals(ExitCode.SOME_FAILED.code(), malformed.exit());
    assertTrue(malformed.err().contains("bad.txt:2:"), malformed.err());
    assertFalse(Files.exists(out));
  }
}
