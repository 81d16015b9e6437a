package org.marsad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.io.Fixtures.failed;
import static org.marsad.io.Fixtures.ok;
import static org.marsad.io.Fixtures.readAll;
import static org.marsad.io.Fixtures.write;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.core.model.Article;

class HtmlReaderTest {

  static final String PARAGRAPH_1 = "وصل رئيس الوزراء العراقي مصطفى الكاظمي إلى قضاء مخمور اليوم الأربعاء.";
  static final String PARAGRAPH_2 = "وقال مصدر أمني إن القوات المشتركة بدأت عملية عسكرية واسعة في المنطقة.";

  static String page(String head, String body) {
    return "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">" + head + "</head><body>" + body
        + "</body></html>";
  }

  static final String NEWS_BODY = """
      <header><div class="logo">شبكة الأخبار</div><nav><a href="/">الرئيسية</a><a href="/iraq">العراق</a></nav></header>
      <aside><p>الأكثر قراءة: عشرة أخبار عن الطقس والرياضة والاقتصاد في المنطقة اليوم</p></aside>
      <main><article><h1>الكاظمي في مخمور</h1>
      <p class="byline">بغداد - رويترز</p>
      <p>%s</p>
      <p>%s</p>
      <p><a href="/more">اقرأ المزيد من الأخبار المتعلقة بهذا الموضوع هنا</a></p>
      </article></main>
      <footer><p>جميع الحقوق محفوظة لشبكة الأخبار العربية ٢٠٢١ وما بعدها</p></footer>
      <script>var ads = "إعلان طويل جدا لا علاقة له بالخبر على الإطلاق";</script>
      """.formatted(PARAGRAPH_1, PARAGRAPH_2);

  @TempDir
  Path dir;

  @Test
  void mainTextIsTheDensestBlockWithoutBoilerplate() {
    Path p = write(dir, "kadhimi.html", page("<title>الكاظمي في مخمور - شبكة الأخبار</title>", NEWS_BODY));
    Article a = ok(readAll(p).get(0)).article();
    assertEquals("kadhimi", a.id());
    assertEquals("الكاظمي في مخمور - شبكة الأخبار", a.title());
    assertTrue(a.body().contains(PARAGRAPH_1 + "\n" + PARAGRAPH_2), a.body());
    assertFalse(a.body().contains("الأكثر قراءة"), "aside dropped");
    assertFalse(a.body().contains("جميع الحقوق"), "footer dropped");
    assertFalse(a.body().contains("إعلان"), "script dropped");
    assertFalse(a.body().contains("الرئيسية"), "nav dropped");
  }

  @Test
  void openGraphTitleComesFirstThenTitleThenH1() {
    String og = "<meta property=\"og:title\" content=\"عنوان المشاركة\"><title>عنوان الصفحة</title>";
    assertEquals("عنوان المشاركة", ok(readAll(write(dir, "og.html", page(og, NEWS_BODY))).get(0)).article().title());
    assertEquals("الكاظمي في مخمور", ok(readAll(write(dir, "h1.html", page("", NEWS_BODY))).get(0)).article().title());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<meta property=\"article:published_time\" content=\"2021-10-27T08:15:00+03:00\">",
      "<meta property=\"og:published_time\" content=\"2021-10-27\">",
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-10-27T05:15:00Z\"}</script>",
      "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\"},{\"datePublished\":\"2021-10-27\"}]}</script>",
      "<meta itemprop=\"datePublished\" content=\"2021-10-27\">",
      "<meta name=\"pubdate\" content=\"2021-10-27T08:15:00Z\">",
      "<meta name=\"date\" content=\"2021-10-27\">",
      "<meta name=\"DC.date.issued\" content=\"2021-10-27\">",
      "<meta name=\"dc.date\" content=\"2021-10-27\">",
      "<meta name=\"dcterms.created\" content=\"Wed, 27 Oct 2021 08:15:00 GMT\">"})
  void dateComesFromCommonMetaTags(String head) {
    Path p = write(dir, "dated.html", page(head, NEWS_BODY));
    assertEquals(Optional.of(LocalDate.of(2021, 10, 27)), ok(readAll(p).get(0)).article().published());
  }

  @Test
  void dateComesFromTimeElementWhenNoMetaTagHasOne() {
    String body = NEWS_BODY.replace("<h1>", "<time pubdate datetime=\"2021-10-27T08:15\">الأربعاء</time><h1>");
    assertEquals(Optional.of(LocalDate.of(2021, 10, 27)),
        ok(readAll(write(dir, "time.html", page("", body))).get(0)).article().published());
  }

  @Test
  void unparseableMetaDateFallsThroughToTheNextTag() {
    String head = "<meta name=\"date\" content=\"الأربعاء\"><meta name=\"DC.date\" content=\"2021-10-27\">";
    assertEquals(Optional.of(LocalDate.of(2021, 10, 27)),
        ok(readAll(write(dir, "fall.html", page(head, NEWS_BODY))).get(0)).article().published());
  }

  @Test
  void canonicalLinkAndSiteNameFillUrlAndSource() {
    String head = "<link rel=\"canonical\" href=\"https://example.iq/news/1\"><meta property=\"og:site_name\" content=\"الأخبار\">";
    Article a = ok(readAll(write(dir, "canon.html", page(head, NEWS_BODY))).get(0)).article();
    assertEquals("https://example.iq/news/1", a.url());
    assertEquals("الأخبار", a.source());
  }

  @Test
  void windows1256PageIsDecodedByItsDeclaredCharset() {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
        + "<title>خبر</title></head><body><div><p>" + PARAGRAPH_1 + "</p></div></body></html>";
    Path p = write(dir, "cp1256.html", html.getBytes(Charset.forName("windows-1256")));
    assertEquals(PARAGRAPH_1, ok(readAll(p).get(0)).article().body());
  }

  @Test
  void pageWithoutParagraphsFallsBackToTheBodyText() {
    Path p = write(dir, "plain.html", "<html><body><div>سطر أول<br>سطر ثان</div></body></html>");
    assertEquals("سطر أول\nسطر ثان", ok(readAll(p).get(0)).article().body());
  }

  @Test
  void textWrittenStraightIntoADivWithLineBreaksIsTheMainBlock() {
    String body = "<div class=\"menu\"><a href=\"/\">الرئيسية</a> | <a href=\"/a\">محليات</a></div>"
        + "<table><tr><td class=\"side\"><a href=\"/x\">خبر آخر عن الطقس في المنطقة الشرقية اليوم</a></td>"
        + "<td class=\"story\">" + PARAGRAPH_1 + "<br><br>" + PARAGRAPH_2 + "<br></td></tr></table>";
    Article a = ok(readAll(write(dir, "td.html", page("<title>خبر</title>", body))).get(0)).article();
    assertEquals(PARAGRAPH_1 + "\n" + PARAGRAPH_2, a.body());
  }

  @Test
  void pageWithoutTextIsAnError() {
    Path p = write(dir, "blank.html", page("<title>فارغ</title>", "<nav><a href=\"/\">الرئيسية</a></nav>"));
    assertEquals(p + ": no text found in the page", failed(readAll(p).get(0)).message());
  }

  @Test
  void undeclaredInvalidUtf8IsAnError() {
    Path p = write(dir, "latin.html", new byte[] {'<', 'p', '>', (byte) 0xE9, '<', '/', 'p', '>'});
    assertEquals("invalid UTF-8 at byte offset 3", failed(readAll(p).get(0)).reason());
  }

  @Test
  void emptyPageIsAnError() {
    Path p = write(dir, "empty.htm", "");
    assertEquals("empty file", failed(readAll(p).get(0)).reason());
  }
}
