package org.marsad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GsrTest {

  @TempDir
  Path dir;

  private Path csv(String content) throws Exception {
    Path p = dir.resolve("x_gsr.csv");
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void rowsLabelsAndQuotedFieldsAreRead() throws Exception {
    Path p = csv(",accept,event_type,id,label,reject,text,total\n"
        + "0,3,ASSAULT,A-1,yes,0,\"قتل ثلاثة، وأصيب \"\"خمسة\"\"\",3\n"
        + "1,0,ASSAULT,A-2,easy no,3,لا شيء,3\n"
        + "2,1,ASSAULT,A-3,ambiguous,1,\"سطر\nثان\",2\n");
    List<Gsr.Row> rows = Gsr.readCsv(p);
    assertEquals(3, rows.size());
    assertEquals(Optional.of(true), rows.get(0).positive());
    assertEquals("قتل ثلاثة، وأصيب \"خمسة\"", rows.get(0).text());
    assertEquals(Optional.of(false), rows.get(1).positive());
    assertEquals(Optional.empty(), rows.get(2).positive());
    assertEquals("سطر\nثان", rows.get(2).text());
  }

  @Test
  void assaultTestRowsAreDivisibleByFiveAndProtestTestRowsAreEven() {
    assertTrue(new Gsr.Row(10, "ASSAULT", "", Optional.of(true), "").isTest());
    assertTrue(!new Gsr.Row(4, "ASSAULT", "", Optional.of(true), "").isTest());
    assertTrue(new Gsr.Row(4, "PROTEST", "", Optional.of(true), "").isTest());
    assertTrue(!new Gsr.Row(5, "PROTEST", "", Optional.of(true), "").isTest());
    assertTrue(new Gsr.Row(5, "PROTEST", "", Optional.of(true), "").in(Gsr.Split.TRAIN));
  }

  @Test
  void anUnknownLabelNamesTheFileAndRecord() throws Exception {
    Path p = csv(",accept,event_type,id,label,reject,text,total\n0,1,ASSAULT,A-1,maybe,0,نص,1\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gsr.readCsv(p));
    assertTrue(e.getMessage().contains("x_gsr.csv: record 1: unknown label 'maybe'"), e.getMessage());
  }

  @Test
  void votesAreReadAndAnAmbiguousRowLeansToItsMajority() throws Exception {
    Path p = csv(",accept,event_type,id,label,reject,text,total\n1,2,PROTEST,A-1,ambiguous,1,تظاهر المئات أمس,3\n");
    Gsr.Row r = Gsr.readCsv(p).get(0);
    assertEquals(2, r.accepts());
    assertEquals(1, r.rejects());
    assertTrue(r.positive().isEmpty());
    assertTrue(r.leansYes());
  }

  @Test
  void aGigawordIdGivesThePublicationDateAndAHashIdNone() {
    assertEquals(Optional.of(java.time.LocalDate.of(2007, 10, 26)), Gsr.publicationDate("AAW_ARB_20071026.0026-2"));
    assertTrue(Gsr.publicationDate("e6874d82b9c4d0106356e6aa_36").isEmpty());
  }
}
