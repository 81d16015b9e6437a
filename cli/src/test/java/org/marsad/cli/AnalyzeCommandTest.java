package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.pipeline.Pipeline;
import picocli.CommandLine;

class AnalyzeCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** What one run printed and returned. */
  record Run(int exit, List<String> out, String err) {}

  private Run run(String stdin, String... args) {
    return run(Pipeline::standard, stdin, args);
  }

  private Run run(Supplier<Pipeline> pipeline, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    AnalyzeCommand command = new AnalyzeCommand(pipeline,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
    CommandLine cl = new CommandLine(command);
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8));
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void goodInputExitsZeroWithOneJsonLinePerArticle() throws IOException {
    Path p = write("makhmour.txt", "الكاظمي في مخمور\nوصل رئيس الوزراء إلى قضاء مخمور.\n");
    Run r = run("", "--date", "2021-10-27", p.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(1, r.out().size());
    JsonNode doc = JSON.readTree(r.out().get(0));
    assertEquals("2021-10-27", doc.at("/article/published").asText());
    assertEquals("makhmour", doc.at("/article/id").asText());
    assertEquals("", r.err());
  }

  @Test
  void badInputsExitOneNameTheFileAndTheOthersAreStillAnalysed() throws IOException {
    write("a.txt", "خبر\nنص");
    write("b.jsonl", "{\"content\": \"نص\"}\n{\"title\": \"بلا متن\"}\n{\"content\": \"نص آخر\"}\n");
    write("empty.txt", "");
    Files.write(dir.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
    write("notes.docx", "x");
    Run r = run("", dir.toString());
    assertEquals(1, r.exit());
    assertEquals(3, r.out().size(), "a.txt and two good lines of b.jsonl");
    List<String> errors = r.err().lines().toList();
    assertEquals(List.of(
        "marsad: " + dir.resolve("b.jsonl") + ":2: no body (expected a non-empty 'content', 'text' or 'body' field)",
        "marsad: " + dir.resolve("binary.txt") + ": binary content (byte 0x00 at byte offset 1)",
        "marsad: " + dir.resolve("empty.txt") + ": empty file",
        "marsad: " + dir.resolve("notes.docx") + ": unknown extension '.docx' (expected .txt .json .jsonl .html .htm .rss "
            + ".atom .xml .warc .warc.gz .zip)"), errors);
  }

  @Test
  void minConfidenceZeroKeepsTheEventsTheConfidenceStageWouldDrop() throws IOException {
    Path samples = dir.resolve("samples.jsonl");
    try (var in = org.marsad.server.Samples.class.getResourceAsStream("samples/samples.jsonl")) {
      Files.copy(in, samples);
    }
    List<JsonNode> standard = events(run((Supplier<Pipeline>) null, "", samples.toString()));
    List<JsonNode> all = events(run((Supplier<Pipeline>) null, "", "--min-confidence", "0", samples.toString()));
    assertTrue(standard.stream().allMatch(e -> !e.at("/status").asText().equals("occurred")
        || e.at("/confidence").asDouble() >= 0.4), standard.toString());
    assertTrue(all.stream().anyMatch(e -> e.at("/confidence").asDouble() < 0.4), "nothing under the cut was kept");
    assertTrue(all.size() > standard.size(), all.size() + " events at 0 against " + standard.size());
    // every event the standard cut keeps is among them
    List<String> keys = all.stream().map(AnalyzeCommandTest::key).toList();
    standard.forEach(e -> assertTrue(keys.contains(key(e)), key(e)));
    Run bad = run((Supplier<Pipeline>) null, "", "--min-confidence", "1", samples.toString());
    assertEquals(ExitCode.USAGE.code(), bad.exit());
    assertTrue(bad.err().contains("invalid confidence '1'"), bad.err());
  }

  private static List<JsonNode> events(Run r) {
    assertEquals(0, r.exit(), r.err());
    List<JsonNode> out = new java.util.ArrayList<>();
    for (String line : r.out()) {
      try {
        JSON.readTree(line).at("/events").forEach(out::add);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return out;
  }

  private static String key(JsonNode e) {
    return e.at("/type").asText() + "|" + e.at("/evidence/start").asText() + "|" + e.at("/status").asText();
  }

  @Test
  void missingFileExitsOne() {
    Run r = run("", dir.resolve("nowhere.txt").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("nowhere.txt: no such file or directory"), r.err());
  }

  @Test
  void mainMapsAMissingInputToTheUsageExitCode() {
    assertEquals(ExitCode.USAGE.code(), Main.commandLine().execute("analyze"));
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, run("").exit(), "no input");
    Run badDate = run("", "--date", "27/10/2021", "x.txt");
    assertEquals(2, badDate.exit(), "bad date");
    assertTrue(badDate.err().contains("invalid date '27/10/2021' (expected YYYY-MM-DD)"), badDate.err());
    assertEquals(2, run("", "--frobnicate", "x.txt").exit(), "unknown option");
  }

  @Test
  void standardInputIsReadWhenTheInputIsADash() {
    Run r = run("{\"title\": \"أربيل\", \"content\": \"اجتماع في أربيل.\", \"date\": \"2021-10-27\"}\n", "-");
    assertEquals(0, r.exit(), r.err());
    assertEquals(1, r.out().size());
  }

  @Test
  void analysisFailureOfOneArticleDoesNotStopTheBatch() throws IOException {
    write("a.jsonl", "{\"content\": \"سليم\"}\n{\"content\": \"انفجار\"}\n{\"content\": \"سليم أيضا\"}\n");
    Supplier<Pipeline> fragile = () -> new Pipeline(List.of(doc -> {
      if (doc.text().contains("انفجار")) {
        throw new IllegalStateException("stage broke on purpose");
      }
      return doc;
    }));
    Run r = run(fragile, "", dir.resolve("a.jsonl").toString());
    assertEquals(1, r.exit());
    assertEquals(2, r.out().size());
    assertEquals("marsad: " + dir.resolve("a.jsonl") + ":2: analysis failed: java.lang.IllegalStateException: stage broke "
        + "on purpose", r.err().strip());
  }

  @Test
  void textOptionAddsTheAnalysedText() throws IOException {
    Path p = write("t.txt", "عنوان\nمتن");
    JsonNode doc = JSON.readTree(run("", "--text", p.toString()).out().get(0));
    assertEquals("عنوان\nمتن", doc.get("text").asText());
  }
}
