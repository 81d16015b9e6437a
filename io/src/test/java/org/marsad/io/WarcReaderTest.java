package org.marsad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.marsad.io.Fixtures.articles;
import static org.marsad.io.Fixtures.failed;
import static org.marsad.io.Fixtures.ok;
import static org.marsad.io.Fixtures.readAll;
import static org.marsad.io.Fixtures.write;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.model.Article;

class WarcReaderTest {

  static final String PAGE = HtmlReaderTest.page(
      "<title>الكاظمي في مخمور</title><meta property=\"article:published_time\" content=\"2021-10-27T08:00:00Z\">",
      HtmlReaderTest.NEWS_BODY);

  @TempDir
  Path dir;

  static byte[] crawl(boolean gzipPerRecord) {
    return new WarcFixtures(gzipPerRecord)
        .warcinfo()
        .request("https://example.iq/news/1")
        .htmlResponse("https://example.iq/news/1", PAGE)
        .response("https://example.iq/logo.png", "200 OK\nContent-Type: image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0})
        .response("https://example.iq/old", "301 Moved Permanently\nLocation: /new\nContent-Type: text/html", new byte[0])
        .response("https://example.iq/news/2", "200 OK\nContent-Type: text/html\nTransfer-Encoding: chunked\nContent-Encoding: gzip",
            WarcFixtures.chunked(WarcFixtures.gzip(PAGE.getBytes(StandardCharsets.UTF_8)), 100))
        .record("resource", "https://example.iq/news/3", "text/html; charset=windows-1256",
            HtmlReaderTest.page("", "<div><p>" + HtmlReaderTest.PARAGRAPH_2 + "</p></div>").replace("utf-8", "windows-1256")
                .getBytes(Charset.forName("windows-1256")))
        .bytes();
  }

  @Test
  void htmlResponsesBecomeArticlesAndOtherRecordsAreSkipped() {
    List<ReadResult> results = readAll(write(dir, "crawl.warc", crawl(false)));
    assertEquals(3, results.size(), results.toString());
    Article a = ok(results.get(0)).article();
    assertEquals("urn:uuid:00000000-0000-0000-0000-000000000003", a.id());
    assertEquals("https://example.iq/news/1", a.url());
    assertEquals("الكاظمي في مخمور", a.title());
    assertEquals(Optional.of(LocalDate.of(2021, 10, 27)), a.published());
    assertTrue(a.body().contains(HtmlReaderTest.PARAGRAPH_1));
  }

  @Test
  void chunkedGzippedResponseIsDecoded() {
    Article a = ok(readAll(write(dir, "crawl.warc", crawl(false))).get(1)).article();
    assertEquals("https://example.iq/news/2", a.url());
    assertTrue(a.body().contains(HtmlReaderTest.PARAGRAPH_2));
  }

  @Test
  void resourceRecordInWindows1256IsDecodedByItsContentType() {
    Article a = ok(readAll(write(dir, "crawl.warc", crawl(false))).get(2)).article();
    assertEquals(HtmlReaderTest.PARAGRAPH_2, a.body());
  }

  @Test
  void gzipPerRecordFileReadsTheSame() {
    List<ReadResult> plain = readAll(write(dir, "a.warc", crawl(false)));
    List<ReadResult> gz = readAll(write(dir, "a.warc.gz", crawl(true)));
    assertEquals(articles(plain).stream().map(o -> o.article()).toList(),
        articles(gz).stream().map(o -> o.article()).toList());
  }

  @Test
  void wholeFileGzipReadsTheSame() {
    List<ReadResult> gz = readAll(write(dir, "b.warc.gz", WarcFixtures.gzip(crawl(false))));
    assertEquals(3, articles(gz).size());
  }

  @Test
  void notAWarcIsAnErrorNamingTheOffset() {
    Path p = write(dir, "fake.warc", "<html>not a warc</html>\n");
    assertEquals(p + ": not a WARC record at byte offset 0: '<html>not a warc</html>'", failed(readAll(p).get(0)).message());
  }

  @Test
  void emptyWarcIsAnError() {
    Path p = write(dir, "empty.warc", new byte[0]);
    assertEquals("empty file", failed(readAll(p).get(0)).reason());
  }

  @Test
  void missingContentLengthIsAnError() {
    Path p = write(dir, "nolength.warc", "WARC/1.0\r\nWARC-Type: resource\r\n\r\nabc");
    assertEquals("record at byte offset 0 has no Content-Length", failed(readAll(p).get(0)).reason());
  }

  /** In jwarc's spirit: every prefix of a good file either yields articles or ends with a clean failure. */
  @Test
  void truncatedAtEveryByteNeverThrows() {
    for (boolean gz : new boolean[] {false, true}) {
      byte[] full = crawl(gz);
      for (int n = 0; n < full.length; n++) {
        byte[] cut = Arrays.copyOf(full, n);
        List<ReadResult> results;
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(cut), "cut.warc")) {
          results = Fixtures.readAll(reader);
        } catch (RuntimeException | java.io.IOException e) {
          fail("prefix of " + n + " bytes (gzip " + gz + ") threw " + e);
          return;
        }
        for (ReadResult r : results) {
          if (r instanceof ReadResult.Failed f) {
            assertTrue(!f.reason().isBlank(), "a failure names its reason");
          }
        }
        assertTrue(articles(results).size() <= 3);
      }
    }
  }

  @Test
  void truncatedRecordSaysSo() {
    byte[] full = crawl(false);
    String text = new String(full, StandardCharsets.ISO_8859_1);
    int cut = text.indexOf("<main>");
    List<ReadResult> results = Fixtures.readAll(new WarcReader(new ByteArrayInputStream(Arrays.copyOf(full, cut)), "cut.warc"));
    assertEquals(1, results.size());
    assertTrue(failed(results.get(0)).reason().matches("record at byte offset \\d+ is truncated: \\d+ of \\d+ bytes"),
        results.toString());
  }
}
