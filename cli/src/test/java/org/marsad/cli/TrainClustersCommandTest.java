package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainClustersCommandTest {

  private static final List<String> SENTENCES = List.of(
      "زار الرئيس بغداد امس .", "زار الوزير اربيل امس .", "وصل الرئيس الى بغداد .", "وصل الوزير الى اربيل .");

  @TempDir
  Path dir;

  /** One day of news: the sentences above twenty times, and مخمور in two articles only. */
  @BeforeEach
  void writeNews() throws Exception {
    List<String> articles = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      articles.add(String.join(" ", SENTENCES));
    }
    articles.add("زار الرئيس مخمور امس .");
    articles.add("وصل الوزير الى مخمور .");
    StringBuilder json = new StringBuilder("[");
    for (String a : articles) {
      json.append(json.length() > 1 ? "," : "").append("{\"source\":\"test\",\"url\":\"u\",\"date_extracted\":")
          .append("\"2015-07-21 10:00:00\",\"title\":\"\",\"author\":\"\",\"content\":\"").append(a).append("\"}");
    }
    json.append(']');
    Files.createDirectory(dir.resolve("news"));
    try (OutputStream out = Files.newOutputStream(dir.resolve("news/2015-07-21.zip"));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("2015-07-21.json"));
      zip.write(json.toString().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  private List<String> words(String... options) throws Exception {
    Path out = dir.resolve("paths.tsv");
    List<String> args = new ArrayList<>(List.of("train", "clusters", "--news", dir.resolve("news").toString(),
        "--out", out.toString()));
    args.addAll(List.of(options));
    assertEquals(ExitCode.OK.code(), Main.commandLine().execute(args.toArray(String[]::new)));
    return Files.readAllLines(out, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#"))
        .map(l -> l.split("\t")[0]).toList();
  }

  @Test
  void theMinimumCountDecidesWhetherATwiceSeenWordGetsAPath() throws Exception {
    assertFalse(words("--method", "SKIPGRAM", "--epochs", "1").contains("مخمور"));
    assertTrue(words("--method", "SKIPGRAM", "--epochs", "1", "--min-count", "2").contains("مخمور"));
  }

  @Test
  void theVocabularyCapsTheClusteredWords() throws Exception {
    assertEquals(3, words("--vocabulary", "3", "--fine", "2", "--coarse", "2").size());
  }

  @Test
  void vectorsAreWrittenForTheWordsOnPathsWithoutChangingThePaths() throws Exception {
    List<String> plain = Files.readAllLines(runSkipGram(), StandardCharsets.UTF_8);
    Path vectors = dir.resolve("vectors.tsv");
    List<String> withVectors = Files.readAllLines(runSkipGram("--vectors", vectors.toString()), StandardCharsets.UTF_8);
    assertEquals(plain, withVectors);
    List<String> rows = Files.readAllLines(vectors, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).toList();
    assertEquals(withVectors.stream().filter(l -> !l.startsWith("#")).map(l -> l.split("\t")[0]).toList(),
        rows.stream().map(l -> l.split("\t")[0]).toList());
    for (String row : rows) {
      double norm = 0;
      String[] values = row.split("\t")[1].split(" ");
      assertEquals(80, values.length);
      for (String v : values) {
        norm += Double.parseDouble(v) * Double.parseDouble(v);
      }
      assertEquals(1, norm, 1e-3, row);
    }
  }

  private Path runSkipGram(String... options) {
    Path out = dir.resolve("paths.tsv");
    List<String> args = new ArrayList<>(List.of("train", "clusters", "--news", dir.resolve("news").toString(),
        "--out", out.toString(), "--method", "SKIPGRAM", "--epochs", "1"));
    args.addAll(List.of(options));
    assertEquals(ExitCode.OK.code(), Main.commandLine().execute(args.toArray(String[]::new)));
    return out;
  }
}
