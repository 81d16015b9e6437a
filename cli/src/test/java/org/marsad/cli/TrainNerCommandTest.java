package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.ner.NerModel;

class TrainNerCommandTest {

  @TempDir
  Path dir;

  private static final String TRAIN = """
      قال O
      محمد B-PER
      إنه O
      وصل O
      إلى O
      بغداد B-LOC
      . O

      قال O
      خالد B-PER
      إنه O
      وصل O
      إلى O
      أربيل B-LOC
      . O
      """;

  private void writeNews() throws Exception {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 5; i++) {
      json.append(json.length() > 1 ? "," : "").append("{\"source\":\"test\",\"url\":\"u\",\"date_extracted\":")
          .append("\"2015-07-21 10:00:00\",\"title\":\"\",\"author\":\"\",\"content\":\"")
          .append("قال محمد إنه وصل إلى بغداد . قال سمير إنه وصل إلى الموصل .").append("\"}");
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

  private NerModel train(String... options) throws Exception {
    Path train = dir.resolve("train.txt");
    Files.writeString(train, TRAIN, StandardCharsets.UTF_8);
    Path out = dir.resolve("model.bin");
    List<String> args = new ArrayList<>(List.of("train", "ner", "--train", train.toString(), "--folds", "0",
        "--epochs", "2", "--out", out.toString()));
    args.addAll(List.of(options));
    assertEquals(ExitCode.OK.code(), Main.commandLine().execute(args.toArray(String[]::new)));
    try (InputStream in = Files.newInputStream(out)) {
      return NerModel.read(in);
    }
  }

  @Test
  void theLbfgsObjectiveTakesItsL2AndIterationsAndLearnsTheSentences() throws Exception {
    NerModel model = train("--objective", "LBFGS", "--l2", "0.1", "--iterations", "40");
    assertEquals(List.of("O", "B-PER", "O", "O", "O", "B-LOC", "O"),
        model.tag(List.of("قال", "خالد", "إنه", "وصل", "إلى", "بغداد", ".")).stream().map(org.marsad.core.ner.NerLabel::tag).toList());
  }

  @Test
  void tagStatisticsFromTheNewsGoIntoTheModelOnlyWhenAsked() throws Exception {
    writeNews();
    assertTrue(train().toString().contains("tag statistics=0"));
    NerModel model = train("--tag-statistics", dir.resolve("news").toString(), "--tagger-epochs", "2");
    // the nine stems of the two news sentences (the period included; الموصل as موصل), each seen at least five times
    assertTrue(model.toString().contains("tag statistics=9"), model.toString());
    assertEquals(7, model.tag(List.of("قال", "سمير", "إنه", "وصل", "إلى", "الموصل", ".")).size());
  }

  @Test
  void aJackknifeOfTheTagStatisticsTrainsOneMoreTaggerPerBlockAndKeepsTheWholeCodesInTheModel() throws Exception {
    writeNews();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.PrintStream old = System.err;
    System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
    NerModel model;
    try {
      model = train("--tag-statistics", dir.resolve("news").toString(), "--tagger-epochs", "2",
          "--tag-statistics-jackknife", "2");
    } finally {
      System.setErr(old);
    }
    String log = err.toString(StandardCharsets.UTF_8);
    assertEquals(3, log.split("tagger trained on", -1).length - 1, log);
    assertTrue(log.contains("tagger trained on 2 sentences") && log.contains("tagger trained on 1 sentences"), log);
    assertTrue(log.contains("jackknife block 2 of 2: features of 1 sentences"), log);
    assertTrue(model.toString().contains("tag statistics=9"), model.toString());
  }

  @Test
  void wordVectorsAreReducedByPrincipalComponentsAndGoIntoTheModel() throws Exception {
    // four words in 3 dimensions; the spread lies along (1, 1, 0) and, less, along (0, 0, 1)
    Path vectors = dir.resolve("vectors.tsv");
    Files.writeString(vectors, """
        # test vectors
        محمد	2 2 0.5
        خالد	-2 -2 0.5
        بغداد	1 1 -0.5
        أربيل	-1 -1 -0.5
        """, StandardCharsets.UTF_8);
    assertTrue(train().toString().contains("vectors=0x0"));
    NerModel model = train("--vectors", vectors.toString(), "--vector-dims", "2");
    assertTrue(model.toString().contains("vectors=4x2"), model.toString());
    assertEquals(7, model.tag(List.of("قال", "سمير", "إنه", "وصل", "إلى", "الموصل", ".")).size());

    org.marsad.core.ner.NerLexicon.Builder builder = org.marsad.core.ner.NerLexicon.builder();
    assertEquals(4, NerResources.addVectors(builder, vectors, 1, 1));
    double[][] a = {{2, 1, 0}, {1, 2, 0}, {0, 0, 5}};
    double[][] eigenvectors = new double[3][3];
    double[] values = NerResources.jacobi(a, eigenvectors);
    java.util.Arrays.sort(values);
    org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {1, 3, 5}, values, 1e-9);
  }
}
