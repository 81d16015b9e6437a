package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze} streams: run in a forked JVM with a heap far smaller than its input, it
 * completes, and its output holds every article. A command that collected documents before
 * writing them would die of OutOfMemoryError.
 */
class AnalyzeBoundedMemoryTest {

  static final String HEAP = "-Xmx24m";
  static final String BODY = "وقال مصدر أمني إن القوات المشتركة من الجيش العراقي والبيشمركة بدأت عملية عسكرية واسعة "
      + "لملاحقة فلول داعش في قضاء مخمور بعد الهجوم الذي أسفر عن مقتل عدد من المدنيين. ";

  @TempDir
  Path dir;

  @Test
  void fiftyMegabytesOfJsonLinesGoThroughInASmallHeap() throws Exception {
    Path in = dir.resolve("big.jsonl");
    long lines = 0;
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(in, StandardCharsets.UTF_8))) {
      String body = BODY.repeat(20);
      for (long bytes = 0; bytes < 50L << 20; lines++) {
        String line = "{\"id\": \"a" + lines + "\", \"content\": \"" + body + "\"}\n";
        w.write(line);
        bytes += line.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    assertEquals(lines, analyzeInSmallHeap(in));
  }

  @Test
  void tenThousandFilesGoThroughInASmallHeap() throws Exception {
    for (int i = 0; i < 10_000; i++) {
      Path sub = dir.resolve("d" + (i % 50));
      Files.createDirectories(sub);
      Files.writeString(sub.resolve("a" + i + ".txt"), "خبر " + i + "\n" + BODY, StandardCharsets.UTF_8);
    }
    assertEquals(10_000, analyzeInSmallHeap(dir));
  }

  /** Runs the command on {@code input}; returns the number of JSON lines it wrote. */
  private long analyzeInSmallHeap(Path input) throws Exception {
    Path out = Files.createTempFile("analyze", ".jsonl");
    try {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process p = new ProcessBuilder(List.of(java, HEAP, "-cp", System.getProperty("java.class.path"),
          AnalyzeWithoutStages.class.getName(), input.toString()))
          .redirectOutput(out.toFile())
          .redirectError(ProcessBuilder.Redirect.PIPE)
          .start();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(5, TimeUnit.MINUTES), "finished");
      assertEquals(0, p.exitValue(), "analyze in " + HEAP + " failed:\n" + err);
      try (var lines = Files.lines(out, StandardCharsets.UTF_8)) {
        return lines.count();
      }
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
