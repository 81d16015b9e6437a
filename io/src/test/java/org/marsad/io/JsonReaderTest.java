package org.marsad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.io.Fixtures.articles;
import static org.marsad.io.Fixtures.failed;
import static org.marsad.io.Fixtures.failures;
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

class JsonReaderTest {

  @TempDir
  Path dir;

  @Test
  void singleObjectIsOneArticle() {
    Path p = write(dir, "one.json", """
        {"id": "rudaw-1", "url": "https://example.org/1", "source": "rudaw", "title": "هجوم في مخمور",
         "published": "2021-10-27", "content": "قتل ثلاثة من عناصر البيشمركة."}
        """);
    Article a = ok(readAll(p).get(0)).article();
    assertEquals(new Article("rudaw-1", "https://example.org/1", "rudaw", "هجوم في مخمور",
        Optional.of(LocalDate.of(2021, 10, 27)), "قتل ثلاثة من عناصر البيشمركة."), a);
  }

  @Test
  void saudiNewsNetArrayUsesDateExtractedAndContent() {
    Path p = write(dir, "2015-07-21.json", """
        [
          {"source": "aawsat", "url": "http://aawsat.com/1", "date_extracted": "2015-07-21 02:51:32",
           "title": "الرياض تستضيف", "author": "x", "content": "استضافت الرياض اجتماعا."},
          {"source": "alriyadh", "url": "http://alriyadh.com/2", "date_extracted": "2015-07-21 03:00:00",
           "title": "جدة", "author": "y", "content": "افتتح في جدة معرض."}
        ]
        """);
    List<ReadResult> results = readAll(p);
    assertEquals(2, results.size());
    Article first = ok(results.get(0)).article();
    assertEquals("2015-07-21#1", first.id());
    assertEquals(Optional.of(LocalDate.of(2015, 7, 21)), first.published());
    assertEquals("aawsat", first.source());
    assertEquals("افتتح في جدة معرض.", ok(results.get(1)).article().body());
  }

  @Test
  void textAndBodyFieldsAlsoCount() {
    Path p = write(dir, "fields.json", """
        [{"title": "أ", "text": "نص"}, {"title": "ب", "body": "متن"}, {"title": "ج", "content": "", "body": "بديل"}]
        """);
    List<String> bodies = articles(readAll(p)).stream().map(o -> o.article().body()).toList();
    assertEquals(List.of("نص", "متن", "بديل"), bodies);
  }

  @Test
  void elementWithoutBodyIsReportedWithItsLineAndTheOthersAreRead() {
    Path p = write(dir, "mixed.json", "[\n{\"title\": \"أ\", \"content\": \"نص\"},\n{\"title\": \"بلا متن\"},\n"
        + "{\"title\": \"ج\", \"content\": \"نص آخر\"}\n]\n");
    List<ReadResult> results = readAll(p);
    assertEquals(3, results.size());
    ReadResult.Failed f = failed(results.get(1));
    assertEquals(3, f.line());
    assertEquals(p + ":3: no body (expected a non-empty 'content', 'text' or 'body' field)", f.message());
    assertEquals("نص آخر", ok(results.get(2)).article().body());
  }

  @Test
  void malformedDateIsAnErrorNotAMissingDate() {
    Path p = write(dir, "date.json", "{\"title\": \"أ\", \"date\": \"أمس\", \"content\": \"نص\"}");
    assertTrue(failed(readAll(p).get(0)).reason().startsWith("malformed date 'أمس' in 'date'"));
  }

  @Test
  void syntaxErrorEndsTheFileWithItsLine() {
    Path p = write(dir, "broken.json", "[\n{\"title\": \"أ\", \"content\": \"نص\"},\n{\"title\": \"ب\" \"content\": 1}\n]");
    List<ReadResult> results = readAll(p);
    assertEquals(1, articles(results).size());
    ReadResult.Failed f = failures(results).get(0);
    assertEquals(3, f.line());
    assertTrue(f.reason().startsWith("malformed JSON: Unexpected character"), f.reason());
  }

  @Test
  void nonObjectElementIsReported() {
    Path p = write(dir, "numbers.json", "[1, {\"content\": \"نص\"}]");
    List<ReadResult> results = readAll(p);
    assertEquals("element 1 is not an object but a number", failed(results.get(0)).reason());
    ok(results.get(1));
  }

  @Test
  void scalarRootIsAnError() {
    Path p = write(dir, "scalar.json", "\"نص\"");
    assertEquals("expected a JSON object or an array of objects, found a string", failed(readAll(p).get(0)).reason());
  }

  @Test
  void emptyFileIsAnError() {
    Path p = write(dir, "empty.json", "  \n");
    assertEquals("empty file", failed(readAll(p).get(0)).reason());
  }

  @Test
  void emptyArrayHasNoArticlesAndNoError() {
    Path p = write(dir, "none.json", "[]");
    assertEquals(List.of(), readAll(p));
  }
}
