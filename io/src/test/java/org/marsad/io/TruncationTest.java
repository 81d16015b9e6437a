package org.marsad.io;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * In jwarc's spirit, for every format: a fixture cut at every byte, or with bytes overwritten at
 * random, never makes a reader throw; each yields articles or failures that name a reason.
 */
class TruncationTest {

  /** Random corruptions per format; the seed is fixed so a failure can be replayed. */
  static final int CORRUPTIONS = 300;

  static byte[] fixture(Format format) throws IOException {
    return switch (format) {
      case TXT -> "الكاظمي في مخمور\nوصل رئيس الوزراء إلى قضاء مخمور.\n".getBytes(StandardCharsets.UTF_8);
      case JSON -> "[{\"id\": \"1\", \"title\": \"أ\", \"date\": \"2021-10-27\", \"content\": \"نص أول\"},\n{\"content\": \"نص\"}]"
          .getBytes(StandardCharsets.UTF_8);
      case JSONL -> "{\"id\": \"1\", \"content\": \"نص أول\"}\n{\"content\": \"نص ثان\", \"published\": \"2021-10-27\"}\n"
          .getBytes(StandardCharsets.UTF_8);
      case HTML -> HtmlReaderTest.page("<title>خبر</title>", HtmlReaderTest.NEWS_BODY).getBytes(StandardCharsets.UTF_8);
      case FEED -> FeedReaderTest.RSS.getBytes(StandardCharsets.UTF_8);
      case WARC -> WarcReaderTest.crawl(true);
      case ZIP -> ZipReaderTest.zip("a.jsonl", "{\"content\": \"نص\"}\n", "b.txt", "عنوان\nمتن");
    };
  }

  /** Reads {@code bytes}; returns how many articles came out. */
  private static int readWithoutThrowing(Format format, byte[] bytes, String what) {
    List<ReadResult> results;
    try (ArticleReader reader = Inputs.open(format, new ByteArrayInputStream(bytes), "fixture", "fixture")) {
      results = Fixtures.readAll(reader);
    } catch (IOException | RuntimeException e) {
      fail(format + " " + what + " threw " + e);
      return -1;
    }
    for (ReadResult r : results) {
      if (r instanceof ReadResult.Failed f) {
        assertTrue(!f.reason().isBlank(), format + " " + what + ": a failure names its reason");
      }
    }
    return Fixtures.articles(results).size();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void cutAtEveryByteNeverThrows(Format format) throws IOException {
    byte[] full = fixture(format);
    int before = 0;
    for (int n = 0; n <= full.length; n++) {
      int articles = readWithoutThrowing(format, Arrays.copyOf(full, n), "cut at " + n);
      if (format == Format.JSONL || format == Format.WARC) {
        assertTrue(articles >= before, format + ": a longer prefix never yields fewer articles (at " + n + ")");
        before = articles;
      }
    }
    assertTrue(readWithoutThrowing(format, full, "whole") > 0, format + ": the whole fixture yields articles");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void randomlyCorruptedBytesNeverThrow(Format format) throws IOException {
    byte[] full = fixture(format);
    Random random = new Random(20211027L + format.ordinal());
    for (int i = 0; i < CORRUPTIONS; i++) {
      byte[] bad = full.clone();
      for (int k = 0; k < 1 + random.nextInt(4); k++) {
        bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
      }
      readWithoutThrowing(format, bad, "corruption " + i);
    }
  }
}
