package org.marsad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.io.Fixtures.failed;
import static org.marsad.io.Fixtures.ok;
import static org.marsad.io.Fixtures.readAll;
import static org.marsad.io.Fixtures.write;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.model.Article;

class FeedReaderTest {

  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel>
        <title>أخبار العراق</title>
        <link>https://example.iq/</link>
        <item>
          <title>الكاظمي في مخمور</title>
          <link>https://example.iq/news/1</link>
          <guid isPermaLink="false">news-1</guid>
          <pubDate>Wed, 27 Oct 2021 08:15:00 +0300</pubDate>
          <description>ملخص قصير</description>
          <content:encoded><![CDATA[<p>وصل رئيس الوزراء إلى مخمور.</p><p>والتقى قادة الجيش.</p>]]></content:encoded>
        </item>
        <item>
          <title>انفجار في البصرة</title>
          <link>https://example.iq/news/2</link>
          <dc:date>2021-10-26</dc:date>
          <description>&lt;p&gt;انفجرت عبوة ناسفة في البصرة.&lt;/p&gt;</description>
        </item>
        <item>
          <title>بلا نص</title>
          <link>https://example.iq/news/3</link>
        </item>
        <item>
          <title>تاريخ خاطئ</title>
          <pubDate>الأربعاء</pubDate>
          <description>نص</description>
        </item>
      </channel>
      </rss>
      """;

  static final String ATOM = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>وكالة الأنباء</title>
        <entry>
          <title>اجتماع في أربيل</title>
          <link rel="edit" href="https://example.iq/edit/9"/>
          <link rel="alternate" type="text/html" href="https://example.iq/news/9"/>
          <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
          <updated>2021-10-28T09:00:00Z</updated>
          <published>2021-10-27T09:00:00Z</published>
          <summary>ملخص</summary>
          <content type="html">&lt;p&gt;عقد اجتماع في أربيل بين الجيش والبيشمركة.&lt;/p&gt;</content>
        </entry>
      </feed>
      """;

  @TempDir
  Path dir;

  @Test
  void rssItemsBecomeArticlesWithContentEncodedFirst() {
    List<ReadResult> results = readAll(write(dir, "iraq.rss", RSS));
    assertEquals(4, results.size());
    Article first = ok(results.get(0)).article();
    assertEquals(new Article("news-1", "https://example.iq/news/1", "أخبار العراق", "الكاظمي في مخمور",
        Optional.of(LocalDate.of(2021, 10, 27)), "وصل رئيس الوزراء إلى مخمور.\nوالتقى قادة الجيش."), first);
    Article second = ok(results.get(1)).article();
    assertEquals("https://example.iq/news/2", second.id());
    assertEquals("انفجرت عبوة ناسفة في البصرة.", second.body());
    assertEquals(Optional.of(LocalDate.of(2021, 10, 26)), second.published());
  }

  @Test
  void rssItemWithoutTextOrWithBadDateIsReportedWithItsLine() {
    Path p = write(dir, "iraq.rss", RSS);
    List<ReadResult> results = readAll(p);
    assertEquals(p + ":20: item 3 has no content or description", failed(results.get(2)).message());
    assertTrue(failed(results.get(3)).reason().startsWith("malformed date 'الأربعاء' in 'pubDate'"));
  }

  @Test
  void atomEntryUsesAlternateLinkPublishedAndContent() {
    Article a = ok(readAll(write(dir, "wire.atom", ATOM)).get(0)).article();
    assertEquals(new Article("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a", "https://example.iq/news/9", "وكالة الأنباء",
        "اجتماع في أربيل", Optional.of(LocalDate.of(2021, 10, 27)), "عقد اجتماع في أربيل بين الجيش والبيشمركة."), a);
  }

  @Test
  void feedInWindows1256IsDecodedByItsXmlDeclaration() {
    String rss = "<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss><channel><title>أخبار</title><item>"
        + "<title>البصرة</title><description>انفجرت عبوة ناسفة في البصرة.</description></item></channel></rss>";
    Path p = write(dir, "cp1256.rss", rss.getBytes(java.nio.charset.Charset.forName("windows-1256")));
    assertEquals("انفجرت عبوة ناسفة في البصرة.", ok(readAll(p).get(0)).article().body());
  }

  @Test
  void undeclaredInvalidUtf8FeedIsAnError() {
    byte[] bad = "<rss><channel><item><description>x\u00ff</description></item></channel></rss>"
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    ReadResult r = readAll(write(dir, "latin.rss", bad)).get(0);
    assertTrue(failed(r).reason().startsWith("invalid UTF-8 at byte offset 34"), failed(r).reason());
  }

  @Test
  void xmlFileIsReadWhenItIsAFeed() {
    assertEquals(1, Fixtures.articles(readAll(write(dir, "feed.xml", ATOM))).size());
  }

  @Test
  void xmlFileThatIsNoFeedIsAnError() {
    Path p = write(dir, "pom.xml", "<?xml version=\"1.0\"?><project><name>x</name></project>");
    assertEquals(p + ": XML that is neither an RSS nor an Atom feed", failed(readAll(p).get(0)).message());
  }

  @Test
  void truncatedFeedKeepsItsItemsAndEndsWithAnError() {
    String cut = RSS.substring(0, RSS.indexOf("<item>", RSS.indexOf("<item>") + 1) + 20);
    List<ReadResult> results = readAll(write(dir, "cut.rss", cut));
    ok(results.get(0));
    assertTrue(failed(results.get(results.size() - 1)).reason().startsWith("malformed XML"), results.toString());
  }

  @Test
  void doctypeIsNotProcessed() {
    String evil = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<rss><channel><item><title>t</title><description>&x;</description></item></channel></rss>";
    List<ReadResult> results = readAll(write(dir, "evil.rss", evil));
    for (ReadResult r : results) {
      if (r instanceof ReadResult.Ok o) {
        assertTrue(!o.article().body().contains("root:"), "external entity must not be expanded");
      }
    }
  }
}
