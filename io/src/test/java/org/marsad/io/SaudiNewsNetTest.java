package org.marsad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The readers on real data: SaudiNewsNet's daily zips, as they ship. Skipped without ../shared/data. */
class SaudiNewsNetTest {

  static Path dataset() {
    String prop = System.getProperty("marsad.data");
    Path data = prop != null ? Path.of(prop) : Path.of("..", "shared", "data");
    return data.resolve("news/saudinewsnet/dataset");
  }

  @Test
  void everyArticleOfEveryDayIsRead() {
    Path dir = dataset();
    assumeTrue(Files.isDirectory(dir), "SaudiNewsNet not found at " + dir.toAbsolutePath() + "; skipping");
    long articles = 0;
    long dated = 0;
    long failures = 0;
    try (Stream<ReadResult> s = Inputs.read(List.of(dir.toString()), Optional.empty())) {
      for (ReadResult r : (Iterable<ReadResult>) s::iterator) {
        if (r instanceof ReadResult.Ok ok) {
          articles++;
          if (ok.article().published().isPresent()) {
            dated++;
          }
          assertTrue(!ok.article().body().isBlank());
        } else {
          failures++;
          String reason = ((ReadResult.Failed) r).reason();
          assertTrue(reason.startsWith("no body"), "the only flaw of the data is a blank content: " + reason);
        }
      }
    }
    System.out.println("SaudiNewsNet: articles=" + articles + " dated=" + dated + " failures=" + failures);
    assertEquals(31_030, articles + failures, "SaudiNewsNet's README counts 31,030 articles");
    assertTrue(failures < 1_000, "blank contents are rare");
    assertEquals(articles, dated, "every date_extracted parses");
  }
}
