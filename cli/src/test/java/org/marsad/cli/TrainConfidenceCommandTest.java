package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.events.EventConfidence;

class TrainConfidenceCommandTest {

  @TempDir
  Path dir;

  /** A gold file whose one article reports a bombing in Basra; its gold has it, or has nothing. */
  private Path gold(String name, String id, boolean withEvent) throws Exception {
    String events = withEvent
        ? "{\"type\": \"ASSAULT\", \"place\": \"Basra\", \"lat\": 30.51, \"lon\": 47.78, \"date\": \"2021-10-26\"}"
        : "";
    Path file = dir.resolve(name);
    Files.writeString(file, "{\"id\": \"" + id + "\", \"published\": \"2021-10-27\", \"text\": "
        + "\"انفجرت دراجة نارية مفخخة أمس في مدينة البصرة وأسفر الانفجار عن مقتل أربعة أشخاص.\", \"events\": ["
        + events + "]}\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void trainsAModelThatTheStageReads() throws Exception {
    Path out = dir.resolve("confidence.model");
    int code = Main.commandLine().execute("train", "confidence", "--out", out.toString(),
        gold("a.jsonl", "a", true).toString(), gold("b.jsonl", "b", false).toString(),
        gold("c.jsonl", "c", true).toString());
    assertEquals(ExitCode.OK.code(), code);
    String model = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(model.contains("# gold files: a.jsonl b.jsonl c.jsonl"), model);
    EventConfidence m = EventConfidence.read(new StringReader(model), out.toString());
    assertTrue(m.threshold() > 0 && m.threshold() < 1, model);
  }

  @Test
  void aMissingGoldFileIsAUsageError() throws Exception {
    int code = Main.commandLine().execute("train", "confidence", "--out", dir.resolve("m").toString(),
        dir.resolve("none.jsonl").toString());
    assertEquals(ExitCode.USAGE.code(), code);
  }
}
