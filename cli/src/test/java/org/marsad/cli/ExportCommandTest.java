package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.core.model.Event;
import org.marsad.core.model.Feature;
import org.marsad.core.model.Place;
import org.marsad.store.EventStore;

class ExportCommandTest {

  /** ACLED's column names in ACLED's order, as its codebook gives them. */
  static final String ACLED_HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
      + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,"
      + "region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
      + "fatalities,tags,timestamp";

  @TempDir
  Path dir;
  Path db;

  @BeforeEach
  void store() {
    db = dir.resolve("export.db");
    Article a = new Article("basra-1", "https://example.org/basra", "sample", "انفجار في البصرة",
        Optional.of(LocalDate.of(2025, 3, 5)),
        "انفجرت عبوة ناسفة في البصرة أمس وأسفرت عن مقتل شخصين.\nوزار المحافظ مكان الانفجار في البصرة.");
    String text = a.analysedText();
    Place basra = new Place("البصرة", text.indexOf("البصرة", 20), text.indexOf("البصرة", 20) + 6, "Basra", "البصرة",
        99532, "IQ", "Basra", "Basra District", 30.50852, 47.7804, Feature.CITY, 1);
    String s1 = "انفجرت عبوة ناسفة في البصرة أمس وأسفرت عن مقتل شخصين.";
    String s2 = "وزار المحافظ مكان الانفجار في البصرة.";
    Event bombing = new Event("", Event.PloverType.ASSAULT, "", List.of(), Event.Status.OCCURRED,
        Optional.of(LocalDate.of(2025, 3, 4)), "day", Optional.empty(), Optional.empty(), Optional.of(basra),
        new Event.Size(2, null, null), Optional.of(new Event.Acled("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        new Event.Evidence(s1, text.indexOf(s1), text.indexOf(s1) + s1.length(), "انفجرت"), 0.9);
    Event visit = new Event("", Event.PloverType.CONSULT, "visit", List.of(), Event.Status.OCCURRED,
        Optional.of(LocalDate.of(2025, 3, 5)), "day", Optional.of(new Event.Actor("المحافظ", "governor", "GOV")),
        Optional.empty(), Optional.of(basra), Event.Size.UNKNOWN, Optional.empty(),
        new Event.Evidence(s2, text.indexOf(s2), text.indexOf(s2) + s2.length(), "وزار"), 0.8);
    try (EventStore store = EventStore.open(db)) {
      store.ingest(AnalyzedDocument.of(a).withEvents(List.of(bombing, visit)));
    }
  }

  private List<String> export(String... args) throws Exception {
    Path out = dir.resolve("out");
    String[] all = new String[args.length + 4];
    all[0] = "export";
    all[1] = "--db";
    all[2] = db.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    all[all.length - 1] = "--out=" + out;
    assertEquals(0, Main.commandLine().execute(all));
    return Files.readAllLines(out, StandardCharsets.UTF_8);
  }

  @Test
  void acledCsvHasAcledsColumnNamesExactlyAndOneRowPerMappedEvent() throws Exception {
    List<String> lines = export("--format", "acled-csv");
    assertEquals(ACLED_HEADER, lines.get(0));
    assertEquals(2, lines.size(), "the visit has no ACLED type and is left out");
    assertTrue(lines.get(1).startsWith("IRQ-"), lines.get(1));
    assertTrue(lines.get(1).contains("Explosions/Remote violence"), lines.get(1));
  }

  @Test
  void ploverJsonlHasOneRecordPerEvent() throws Exception {
    List<String> lines = export("--format", "plover-jsonl");
    assertEquals(2, lines.size());
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertEquals("CONSULT", first.get("event").get(0).asText(), "newest first");
  }

  @Test
  void filtersAreTheApisAndGeojsonHasOnePointPerEvent() throws Exception {
    JsonNode fc = new ObjectMapper().readTree(String.join("\n", export("--format", "geojson", "--type", "ASSAULT")));
    assertEquals(1, fc.get("features").size());
    assertEquals(47.7804, fc.at("/features/0/geometry/coordinates/0").asDouble(), 1e-6);
    assertEquals(0, new ObjectMapper().readTree(String.join("\n", export("--format", "geojson", "--country", "SY")))
        .get("features").size());
  }

  @Test
  void aBadFilterIsAUsageErrorNamingIt() {
    assertEquals(2, Main.commandLine().execute("export", "--db", db.toString(), "--format", "geojson", "--bbox", "1,2"));
    assertEquals(2, Main.commandLine().execute("export", "--db", db.toString(), "--format", "csv"));
  }
}
