package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandErrorsTest {

  @TempDir
  Path dir;

  @Test
  void aMissingCorpusFolderIsOneLineNamingItNotAStackTrace() {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    Path missing = dir.resolve("no-such-dataset");
    int code = cl.execute("bench", "pipeline", "--news", missing.toString());
    assertEquals(ExitCode.USAGE.code(), code);
    assertTrue(err.toString().startsWith("marsad: not a directory: " + missing), err.toString());
    assertFalse(err.toString().contains("\tat "), err.toString());
  }
}
