package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputEstimateTest {

  @TempDir
  Path dir;

  @Test
  void countsJsonLinesTextFilesAndZipEntriesWithoutReadingArticles() throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "تظاهر مئات من الأهالي في الموصل.", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b.txt"), "اجتمع الكاظمي في أربيل.", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("feed.jsonl"), "{\"id\":\"1\",\"text\":\"قصف\"}\n\n{\"id\":\"2\",\"text\":\"هجوم\"}\r\n"
        + "{\"id\":\"3\",\"text\":\"اعتقال\"}", StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(in.resolve("day.zip")); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name : List.of("x/", "x/1.txt", "x/2.txt")) {
        zip.putNextEntry(new ZipEntry(name));
        zip.closeEntry();
      }
    }
    Files.writeString(in.resolve(".hidden.txt"), "مخفي", StandardCharsets.UTF_8);
    assertEquals(OptionalLong.of(2 + 3 + 2), InputEstimate.of(List.of(in.toString())));
  }

  @Test
  void standardInputMakesTheTotalUnknown() {
    assertEquals(OptionalLong.empty(), InputEstimate.of(List.of("-")));
  }

  @Test
  void aMissingInputCountsNothing() {
    assertEquals(OptionalLong.of(0), InputEstimate.of(List.of(dir.resolve("absent").toString())));
  }
}
