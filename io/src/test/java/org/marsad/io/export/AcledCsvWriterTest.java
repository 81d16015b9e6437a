package org.marsad.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.io.export.SampleEvents.ARTICLE;
import static org.marsad.io.export.SampleEvents.BOMBING;
import static org.marsad.io.export.SampleEvents.UNPLACED;
import static org.marsad.io.export.SampleEvents.VISIT;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.Event;

class AcledCsvWriterTest {

  private static final Clock FIXED = Clock.fixed(Instant.ofEpochSecond(1_635_340_000L), ZoneOffset.UTC);

  @Test
  void headerHasAcledsColumnsInAcledsOrder() {
    StringWriter out = new StringWriter();
    new AcledCsvWriter(out, FIXED);
    assertEquals("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
        + "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,"
        + "admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\r\n",
        out.toString());
  }

  @Test
  void bombingBecomesOneRowWithQuotedNotes() {
    StringWriter out = new StringWriter();
    AcledCsvWriter w = new AcledCsvWriter(out, FIXED);
    assertTrue(w.write(BOMBING, ARTICLE));
    List<String> row = parse(out.toString().split("\r\n", 2)[1]);
    assertEquals(AcledCsvWriter.COLUMNS.size(), row.size());
    assertEquals("IRQ-e2", field(row, "event_id_cnty"));
    assertEquals("2021-10-26", field(row, "event_date"));
    assertEquals("2021", field(row, "year"));
    assertEquals("1", field(row, "time_precision"));
    assertEquals("Political violence", field(row, "disorder_type"));
    assertEquals("Explosions/Remote violence", field(row, "event_type"));
    assertEquals("Remote explosive/landmine/IED", field(row, "sub_event_type"));
    assertEquals("Civilians (Iraq)", field(row, "actor2"));
    assertEquals("368", field(row, "iso"));
    assertEquals("Middle East", field(row, "region"));
    assertEquals("Iraq", field(row, "country"));
    assertEquals("Basra", field(row, "admin1"));
    assertEquals("Basra", field(row, "location"));
    assertEquals("30.50852", field(row, "latitude"));
    assertEquals("47.78040", field(row, "longitude"));
    assertEquals("3", field(row, "geo_precision"));
    assertEquals("rudaw", field(row, "source"));
    assertEquals("انفجرت عبوة، وقال مصدر \"أمني\" إن أربعة قتلوا", field(row, "notes"));
    assertEquals("4", field(row, "fatalities"));
    assertEquals("1635340000", field(row, "timestamp"));
  }

  @Test
  void eventWithoutAcledTypeIsNotWritten() {
    StringWriter out = new StringWriter();
    AcledCsvWriter w = new AcledCsvWriter(out, FIXED);
    assertFalse(w.write(VISIT, ARTICLE));
    assertEquals(1, out.toString().split("\r\n").length);
  }

  @Test
  void eventWithoutDateTakesTheArticleDateAtMonthPrecisionAndUnknownFatalitiesAreZero() {
    StringWriter out = new StringWriter();
    new AcledCsvWriter(out, FIXED).write(UNPLACED, ARTICLE);
    List<String> row = parse(out.toString().split("\r\n", 2)[1]);
    assertEquals("XXX-e3", field(row, "event_id_cnty"));
    assertEquals("2021-10-27", field(row, "event_date"));
    assertEquals("3", field(row, "time_precision"));
    assertEquals("Demonstrations", field(row, "disorder_type"));
    assertEquals("", field(row, "latitude"));
    assertEquals("0", field(row, "fatalities"));
  }

  @Test
  void disorderTypesFollowAcled() {
    assertEquals("Political violence", AcledCsvWriter.disorderType(new Event.Acled("Battles", "Armed clash")));
    assertEquals("Demonstrations", AcledCsvWriter.disorderType(new Event.Acled("Riots", "Violent demonstration")));
    assertEquals("Political violence; Demonstrations",
        AcledCsvWriter.disorderType(new Event.Acled("Violence against civilians", "Excessive force against protesters")));
    assertEquals("Strategic developments",
        AcledCsvWriter.disorderType(new Event.Acled("Strategic developments", "Arrests")));
  }

  @Test
  void quotingFollowsRfc4180() {
    assertEquals("plain", AcledCsvWriter.quote("plain"));
    assertEquals("\"a,b\"", AcledCsvWriter.quote("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", AcledCsvWriter.quote("say \"hi\""));
    assertEquals("\"two\nlines\"", AcledCsvWriter.quote("two\nlines"));
  }

  private static String field(List<String> row, String column) {
    return row.get(AcledCsvWriter.COLUMNS.indexOf(column));
  }

  /** A minimal RFC 4180 parser for one record, so the test checks what a CSV reader would see. */
  static List<String> parse(String record) {
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < record.length(); i++) {
      char c = record.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(f.toString());
        f.setLength(0);
      } else if (c == '\r' || c == '\n') {
        break;
      } else {
        f.append(c);
      }
    }
    fields.add(f.toString());
    return fields;
  }
}
