package org.marsad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.io.Fixtures.articles;
import static org.marsad.io.Fixtures.failed;
import static org.marsad.io.Fixtures.failures;
import static org.marsad.io.Fixtures.ok;
import static org.marsad.io.Fixtures.readStdin;
import static org.marsad.io.Fixtures.write;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

  @TempDir
  Path dir;

  private List<ReadResult> read(Optional<LocalDate> date, String... inputs) {
    try (Stream<ReadResult> s = Inputs.read(List.of(inputs), date, new ByteArrayInputStream(new byte[0]))) {
      return s.toList();
    }
  }

  @Test
  void directoryIsWalkedRecursivelyInNameOrder() {
    write(dir, "b/2.txt", "ب\nنص");
    write(dir, "a.txt", "أ\nنص");
    write(dir, "b/1.txt", "ب١\nنص");
    write(dir, "c/d/e.jsonl", "{\"id\": \"e\", \"content\": \"نص\"}\n");
    write(dir, ".hidden/x.txt", "مخفي\nنص");
    write(dir, ".DS_Store", new byte[] {0, 1});
    List<String> ids = articles(read(Optional.empty(), dir.toString())).stream().map(o -> o.article().id()).toList();
    assertEquals(List.of("a", "1", "2", "e"), ids);
  }

  @Test
  void badInputsAreReportedAndTheOthersStillRead() {
    write(dir, "good.txt", "خبر\nنص الخبر");
    write(dir, "empty.txt", "");
    write(dir, "report.pdf", "%PDF-1.4");
    write(dir, "README", "no extension");
    Path missing = dir.resolve("missing.json");
    List<ReadResult> results = read(Optional.empty(), dir.toString(), missing.toString());
    assertEquals(1, articles(results).size());
    List<String> messages = failures(results).stream().map(ReadResult.Failed::message).toList();
    assertEquals(List.of(
        dir.resolve("README") + ": no extension (expected " + Format.EXTENSIONS + ")",
        dir.resolve("empty.txt") + ": empty file",
        dir.resolve("report.pdf") + ": unknown extension '.pdf' (expected " + Format.EXTENSIONS + ")",
        missing + ": no such file or directory"), messages);
  }

  @Test
  void dateOptionFillsOnlyArticlesWithoutADate() {
    write(dir, "a.txt", "خبر\nنص");
    write(dir, "b.jsonl", "{\"content\": \"نص\", \"date\": \"2015-07-21\"}\n");
    Optional<LocalDate> oct27 = Optional.of(LocalDate.of(2021, 10, 27));
    List<ReadResult> results = read(oct27, dir.resolve("a.txt").toString(), dir.resolve("b.jsonl").toString());
    assertEquals(oct27, ok(results.get(0)).article().published());
    assertEquals(Optional.of(LocalDate.of(2015, 7, 21)), ok(results.get(1)).article().published());
  }

  @Test
  void stdinPlainTextIsOneArticle() {
    ReadResult.Ok o = ok(readStdin("الكاظمي في مخمور\nوصل رئيس الوزراء.").get(0));
    assertEquals("<stdin>", o.input());
    assertEquals("الكاظمي في مخمور", o.article().title());
  }

  @Test
  void stdinJsonLinesAreSniffed() {
    List<ReadResult> results = readStdin("{\"content\": \"أ\"}\n{\"title\": \"بلا متن\"}\n");
    ok(results.get(0));
    assertEquals("<stdin>:2: no body (expected a non-empty 'content', 'text' or 'body' field)", failed(results.get(1)).message());
  }

  @Test
  void stdinJsonArrayAndPrettyObjectAreSniffed() {
    assertEquals(2, articles(readStdin("[{\"content\": \"أ\"}, {\"content\": \"ب\"}]")).size());
    assertEquals(1, articles(readStdin("{\n  \"title\": \"عنوان\",\n  \"content\": \"نص\"\n}\n")).size());
  }

  @Test
  void stdinHtmlFeedAndWarcAreSniffed() {
    String html = HtmlReaderTest.page("<title>خبر</title>", HtmlReaderTest.NEWS_BODY);
    assertTrue(ok(readStdin(html).get(0)).article().body().contains(HtmlReaderTest.PARAGRAPH_1));
    assertEquals(2, articles(readStdin(FeedReaderTest.RSS)).size());
    assertEquals(1, articles(readStdin(FeedReaderTest.ATOM)).size());
    assertEquals(3, articles(readStdin(WarcReaderTest.crawl(false))).size());
    assertEquals(3, articles(readStdin(WarcReaderTest.crawl(true))).size());
  }

  @Test
  void emptyStdinIsAnError() {
    assertEquals("<stdin>: empty file", failed(readStdin("").get(0)).message());
  }

  @Test
  void sniffingFollowsTheDocumentedRules() {
    assertEquals(Format.JSONL, sniff("{\"a\": 1}\n{\"a\": 2}"));
    assertEquals(Format.JSON, sniff("\uFEFF  [ {} ]"));
    assertEquals(Format.JSON, sniff("{\n \"a\": 1\n}"));
    assertEquals(Format.FEED, sniff("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"));
    assertEquals(Format.FEED, sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
    assertEquals(Format.HTML, sniff("<!doctype html><p>نص</p>"));
    assertEquals(Format.WARC, sniff("WARC/1.0\r\n"));
    assertEquals(Format.TXT, sniff("عنوان\nنص"));
  }

  private static Format sniff(String s) {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return Format.sniff(b, b.length);
  }

  @Test
  void extensionsChooseTheFormat() {
    assertEquals(Optional.of(Format.WARC), Format.byName("CC-MAIN-0001.warc.gz"));
    assertEquals(Optional.of(Format.HTML), Format.byName("page.HTM"));
    assertEquals(Optional.of(Format.JSONL), Format.byName("a.jsonl"));
    assertEquals(Optional.of(Format.FEED), Format.byName("news.rss"));
    assertEquals(Optional.empty(), Format.byName("a.docx"));
    assertEquals(Optional.empty(), Format.byName("a.gz"));
  }
}
