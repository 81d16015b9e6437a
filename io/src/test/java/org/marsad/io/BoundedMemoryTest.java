package org.marsad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Big inputs are read in bounded memory: each test reads its input in a forked JVM whose heap
 * ({@link #HEAP}) is far smaller than the input, so a reader that held the whole input, or a stream
 * that accumulated articles, would die of OutOfMemoryError and fail the test.
 */
class BoundedMemoryTest {

  /** A third of the 50 MB input: reading it whole (as UTF-16 chars, twice its size) cannot fit. */
  static final String HEAP = "-Xmx24m";
  static final long FIFTY_MB = 50L << 20;
  static final String PARAGRAPH = "وقال مصدر أمني إن القوات المشتركة من الجيش العراقي والبيشمركة بدأت عملية عسكرية واسعة "
      + "لملاحقة فلول داعش في قضاء مخمور بعد الهجوم الذي أسفر عن مقتل عدد من المدنيين. ";

  @TempDir
  Path dir;

  @Test
  void fiftyMegabyteJsonLinesFileIsStreamed() throws Exception {
    Path p = dir.resolve("big.jsonl");
    long lines = writeBig(p, false);
    Result r = readInSmallHeap(p.toString());
    assertEquals(lines, r.articles());
    assertEquals(0, r.failures());
  }

  @Test
  void fiftyMegabyteJsonArrayIsStreamed() throws Exception {
    Path p = dir.resolve("big.json");
    long elements = writeBig(p, true);
    Result r = readInSmallHeap(p.toString());
    assertEquals(elements, r.articles());
    assertEquals(0, r.failures());
  }

  @Test
  void tenThousandSmallFilesAreReadInBoundedMemory() throws Exception {
    for (int i = 0; i < 10_000; i++) {
      Path sub = dir.resolve(String.format("d%02d", i % 100));
      if (i < 100) {
        Files.createDirectories(sub);
      }
      Files.writeString(sub.resolve(String.format("a%05d.txt", i)), "خبر رقم " + i + "\n" + PARAGRAPH,
          StandardCharsets.UTF_8);
    }
    Result r = readInSmallHeap(dir.toString());
    assertEquals(10_000, r.articles());
    assertEquals(0, r.failures());
  }

  /** Writes articles until the file passes 50 MB; returns how many. */
  private static long writeBig(Path p, boolean array) throws IOException {
    String body = PARAGRAPH.repeat(20);
    long n = 0;
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8), 1 << 16)) {
      if (array) {
        w.write("[\n");
      }
      long bytes = 0;
      while (bytes < FIFTY_MB) {
        String line = (n > 0 && array ? "," : "") + "{\"id\": \"a" + n + "\", \"title\": \"خبر " + n
            + "\", \"date\": \"2021-10-27\", \"content\": \"" + body + "\"}\n";
        w.write(line);
        bytes += line.getBytes(StandardCharsets.UTF_8).length;
        n++;
      }
      if (array) {
        w.write("]\n");
      }
    }
    assertTrue(Files.size(p) >= FIFTY_MB);
    return n;
  }

  record Result(long articles, long failures, long peakHeapMb) {}

  private static Result readInSmallHeap(String input) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, HEAP, "-cp", System.getProperty("java.class.path"),
        ReadEverything.class.getName(), input));
    Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(proc.waitFor(5, TimeUnit.MINUTES), "forked reader finished");
    assertEquals(0, proc.exitValue(), "forked reader failed:\n" + out);
    String last = out.strip().lines().reduce((a, b) -> b).orElse("");
    long[] v = new long[4];
    String[] parts = last.split(" ");
    for (int i = 0; i < 4; i++) {
      v[i] = Long.parseLong(parts[i].substring(parts[i].indexOf('=') + 1));
    }
    System.out.println("bounded memory: " + input + " -> " + last);
    return new Result(v[0], v[1], v[3]);
  }
}
