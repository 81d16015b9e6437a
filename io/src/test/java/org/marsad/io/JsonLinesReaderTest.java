package org.marsad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.io.Fixtures.failed;
import static org.marsad.io.Fixtures.ok;
import static org.marsad.io.Fixtures.readAll;
import static org.marsad.io.Fixtures.write;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

  @TempDir
  Path dir;

  @Test
  void eachLineIsAnArticleNamedByItsLine() {
    Path p = write(dir, "feed.jsonl", """
        {"title": "بغداد", "content": "انفجار في بغداد.", "date": "2021-10-26"}

        {"id": "k2", "title": "كركوك", "text": "اجتماع في كركوك."}
        """);
    List<ReadResult> results = readAll(p);
    assertEquals(2, results.size());
    assertEquals("feed:1", ok(results.get(0)).article().id());
    assertEquals(1, results.get(0).line());
    assertEquals("k2", ok(results.get(1)).article().id());
    assertEquals(3, results.get(1).line());
  }

  @Test
  void badLinesNameFileAndLineAndTheRestIsRead() {
    Path p = write(dir, "bad.jsonl", """
        {"title": "بلا متن"}
        {"title": "تاريخ", "content": "نص", "published": "2021-02-30"}
        {"title": "مكسور", "content":
        [1, 2]
        {"title": "سليم", "content": "نص سليم"}
        """);
    List<ReadResult> results = readAll(p);
    assertEquals(5, results.size());
    assertEquals(p + ":1: no body (expected a non-empty 'content', 'text' or 'body' field)", failed(results.get(0)).message());
    assertTrue(failed(results.get(1)).message().startsWith(p + ":2: malformed date '2021-02-30' in 'published'"));
    assertTrue(failed(results.get(2)).message().startsWith(p + ":3: malformed JSON: "));
    assertEquals(p + ":4: expected a JSON object, found array", failed(results.get(3)).message());
    assertEquals("نص سليم", ok(results.get(4)).article().body());
  }

  @Test
  void invalidUtf8FailsItsLineWithTheByteOffsetAndTheRestIsRead() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("{\"content\": \"نص\"}\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {'{', '"', (byte) 0xFF, '"', '}', '\n'});
    bytes.writeBytes("{\"content\": \"بعد\"}\n".getBytes(StandardCharsets.UTF_8));
    Path p = write(dir, "latin.jsonl", bytes.toByteArray());
    List<ReadResult> results = readAll(p);
    assertEquals(3, results.size());
    ok(results.get(0));
    ReadResult.Failed f = failed(results.get(1));
    assertEquals(p + ":2: invalid UTF-8 at byte offset 22", f.message());
    assertEquals("بعد", ok(results.get(2)).article().body());
  }

  @Test
  void binaryContentEndsTheFile() {
    Path p = write(dir, "core.jsonl", new byte[] {'{', '}', '\n', 0, 1, 2, '\n', '{', '}', '\n'});
    List<ReadResult> results = readAll(p);
    assertEquals(2, results.size());
    assertEquals(p + ":2: binary content (byte 0x00 at byte offset 3)", failed(results.get(1)).message());
  }

  @Test
  void byteOrderMarkAndWindowsLineEndsAreAccepted() {
    Path p = write(dir, "bom.jsonl", "\uFEFF{\"content\": \"أ\"}\r\n  \r\n{\"content\": \"ب\"}\r\n");
    List<ReadResult> results = readAll(p);
    assertEquals(List.of("أ", "ب"), results.stream().map(r -> ok(r).article().body()).toList());
    assertEquals(3, results.get(1).line());
  }

  @Test
  void emptyFileIsAnError() {
    Path p = write(dir, "empty.jsonl", "\n\n");
    assertEquals(p + ": empty file", failed(readAll(p).get(0)).message());
  }
}
