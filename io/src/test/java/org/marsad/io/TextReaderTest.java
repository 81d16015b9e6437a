package org.marsad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.io.Fixtures.failed;
import static org.marsad.io.Fixtures.ok;
import static org.marsad.io.Fixtures.readAll;
import static org.marsad.io.Fixtures.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.model.Article;

class TextReaderTest {

  @TempDir
  Path dir;

  @Test
  void firstLineIsTheTitleAndTheRestTheBody() {
    Path p = write(dir, "makhmour.txt", "الكاظمي يزور مخمور\nوصل رئيس الوزراء إلى مخمور.\nوالتقى القادة.\n");
    List<ReadResult> results = readAll(p);
    assertEquals(1, results.size());
    Article a = ok(results.get(0)).article();
    assertEquals("makhmour", a.id());
    assertEquals("الكاظمي يزور مخمور", a.title());
    assertEquals("وصل رئيس الوزراء إلى مخمور.\nوالتقى القادة.\n", a.body());
    assertTrue(a.published().isEmpty());
  }

  @Test
  void byteOrderMarkAndWindowsLineEndsAreDropped() {
    Path p = write(dir, "bom.txt", "\uFEFFعنوان\r\nالنص\r\n");
    Article a = ok(readAll(p).get(0)).article();
    assertEquals("عنوان", a.title());
    assertEquals("النص\n", a.body());
  }

  @Test
  void emptyFileIsAnError() {
    Path p = write(dir, "empty.txt", "");
    assertEquals(p + ": empty file", failed(readAll(p).get(0)).message());
  }

  @Test
  void blankFileIsAnError() {
    Path p = write(dir, "blank.txt", " \n\n\t\n");
    assertEquals("empty file", failed(readAll(p).get(0)).reason());
  }

  @Test
  void binaryFileIsAnErrorNamingTheByte() {
    Path p = write(dir, "image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    String reason = failed(readAll(p).get(0)).reason();
    assertTrue(reason.startsWith("binary content") || reason.startsWith("invalid UTF-8"), reason);
  }

  @Test
  void nulByteInTextIsBinary() {
    Path p = write(dir, "nul.txt", new byte[] {'a', 'b', 0, 'c'});
    assertEquals("binary content (byte 0x00 at byte offset 2)", failed(readAll(p).get(0)).reason());
  }

  @Test
  void invalidUtf8NamesTheByteOffset() {
    byte[] arabic = "خبر".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(arabic, arabic.length + 2);
    bytes[arabic.length] = (byte) 0xC3; // a lead byte
    bytes[arabic.length + 1] = 'x'; // not a continuation byte
    Path p = write(dir, "latin.txt", bytes);
    assertEquals("invalid UTF-8 at byte offset 6", failed(readAll(p).get(0)).reason());
  }

  @Test
  void windows1256TextIsNotUtf8() {
    byte[] cp1256 = "بغداد\nخبر عاجل".getBytes(java.nio.charset.Charset.forName("windows-1256"));
    Path p = write(dir, "cp1256.txt", cp1256);
    assertTrue(failed(readAll(p).get(0)).reason().startsWith("invalid UTF-8 at byte offset 0"));
  }

  @Test
  void fiftyMegabyteTextFileIsReadWhole() throws java.io.IOException {
    Path p = dir.resolve("long.txt");
    String line = "وقال مصدر أمني إن القوات المشتركة بدأت عملية عسكرية واسعة في قضاء مخمور.\n";
    try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(p)) {
      w.write("تقرير طويل\n");
      for (long bytes = 0; bytes < 50L << 20; bytes += line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length) {
        w.write(line);
      }
    }
    Article a = ok(readAll(p).get(0)).article();
    assertEquals("تقرير طويل", a.title());
    assertTrue(a.body().length() > 25_000_000, "the whole body, in UTF-16 chars");
  }

  @Test
  void titleOnlyFileIsAnArticleWithAnEmptyBody() {
    Path p = write(dir, "title.txt", "انفجار في البصرة");
    Article a = ok(readAll(p).get(0)).article();
    assertEquals("انفجار في البصرة", a.title());
    assertEquals("", a.body());
  }
}
