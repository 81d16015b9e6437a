package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

  @TempDir
  Path dir;

  @Test
  void aStoreAtVersionOneIsUpgradedKeepingItsRows() throws Exception {
    Path file = dir.resolve("v1.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      for (String sql : Migrations.ALL.get(0)) {
        s.execute(sql);
      }
      s.execute("PRAGMA user_version = 1");
      s.execute("INSERT INTO places VALUES (0, 'Gaza Strip', 'قطاع غزة', 'PS', 'Gaza Strip', '', 31.5, 34.47, 'admin1')");
      s.execute("INSERT INTO articles (key, url, source, title, body, content_hash, ingested_at) "
          + "VALUES ('k', '', '', 'عنوان', 'نص', 'h', 'now')");
    }
    try (EventStore store = EventStore.open(file)) {
      assertEquals(Migrations.latest(), store.schemaVersion());
      assertEquals(1, store.counts().articles());
      assertEquals(0, store.counts().places(), "migration 3 drops the shared row of places without a GeoNames id");
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE name = 'events_country_type_day'")) {
      assertEquals(1, rs.getInt(1));
    }
  }

  @Test
  void aVersionThreeStoreGetsItsEventTextIndexRebuiltNewestFirst() throws Exception {
    Path file = dir.resolve("v3.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      for (int v = 0; v < 3; v++) {
        for (String sql : Migrations.ALL.get(v)) {
          s.execute(sql);
        }
      }
      s.execute("PRAGMA user_version = 3");
      s.execute("INSERT INTO articles (id, key, url, source, title, body, content_hash, ingested_at) "
          + "VALUES (1, 'k', '', '', 'عنوان', 'نص', 'h', 'now')");
      String[][] events = {{"1", "2021-10-26", "انفجرت عبوة ناسفة في البصرة"}, {"2", "2021-10-27", "انفجرت عبوة ثانية في البصرة"},
          {"3", "2021-10-25", "اجتمع الكاظمي في أربيل"}};
      for (String[] e : events) {
        s.execute("INSERT INTO events (id, public_id, article_id, ordinal, type, mode, context, status, day, date_precision, "
            + "confidence, place_text, place_name_ar, place_name, admin1) VALUES (" + e[0] + ", 'e" + e[0] + "', 1, " + e[0]
            + ", 'ASSAULT', '', '', 'occurred', '" + e[1] + "', 'day', 0.5, 'البصرة', 'البصرة', 'Basra', 'Basra')");
        s.execute("INSERT INTO evidence (event_id, sentence, start, end, trigger) VALUES (" + e[0] + ", '" + e[2]
            + "', 0, 5, 'انفجرت')");
      }
    }
    try (EventStore store = EventStore.open(file)) {
      List<String> found = store.events(EventFilter.ALL.withQuery("عبوة"), PageRequest.first(10)).events().stream()
          .map(StoredEvent::id).toList();
      assertEquals(List.of("e2", "e1"), found, "both bombings, the newer first");
      assertEquals(3, store.events(EventFilter.ALL.withQuery("Basra"), PageRequest.first(10)).events().size(),
          "the place is indexed with the sentence");
    }
  }

  @Test
  void aStoreFromANewerMarsadIsRefusedByName() throws Exception {
    Path file = dir.resolve("future.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 99");
    }
    StoreException e = assertThrows(StoreException.class, () -> EventStore.open(file));
    assertTrue(e.getMessage().contains("99"), e.getMessage());
  }
}
