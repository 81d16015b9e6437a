package org.marsad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.io.Fixtures.articles;
import static org.marsad.io.Fixtures.failed;
import static org.marsad.io.Fixtures.ok;
import static org.marsad.io.Fixtures.readAll;
import static org.marsad.io.Fixtures.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipReaderTest {

  @TempDir
  Path dir;

  static byte[] zip(String... namesAndContents) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(b)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        z.putNextEntry(new ZipEntry(namesAndContents[i]));
        z.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return b.toByteArray();
  }

  @Test
  void entriesAreReadByTheirExtensionAndNamedInsideTheArchive() throws IOException {
    Path p = write(dir, "2015-07-21.zip", zip(
        "2015-07-21.json", "[{\"source\": \"okaz\", \"date_extracted\": \"2015-07-21 02:51:32\", \"title\": \"جدة\", "
            + "\"content\": \"نص\"}, {\"title\": \"بلا متن\"}]",
        "notes/readme.md", "x",
        "more/b.txt", "عنوان\nمتن"));
    List<ReadResult> results = readAll(p);
    assertEquals(4, results.size(), results.toString());
    ReadResult.Ok first = ok(results.get(0));
    assertEquals(p + "!/2015-07-21.json", first.input());
    assertEquals("2015-07-21#1", first.article().id());
    assertEquals(p + "!/2015-07-21.json:1: no body (expected a non-empty 'content', 'text' or 'body' field)",
        failed(results.get(1)).message());
    assertTrue(failed(results.get(2)).reason().startsWith("entry notes/readme.md: unknown extension"));
    assertEquals("b", ok(results.get(3)).article().id());
  }

  @Test
  void stdinZipIsSniffed() throws IOException {
    assertEquals(1, articles(Fixtures.readStdin(zip("a.jsonl", "{\"content\": \"نص\"}\n"))).size());
  }

  @Test
  void truncatedArchiveNeverThrows() throws IOException {
    byte[] full = zip("a.jsonl", "{\"content\": \"نص\"}\n".repeat(50), "b.txt", "عنوان\nمتن");
    for (int n = 0; n < full.length; n++) {
      Path p = dir.resolve("cut" + n + ".zip");
      Files.write(p, Arrays.copyOf(full, n));
      List<ReadResult> results = readAll(p);
      assertTrue(articles(results).size() <= 51);
      Files.delete(p);
    }
  }
}
