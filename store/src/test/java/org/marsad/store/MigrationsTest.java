package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
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
  void aStoreFromANewerMarsadIsRefusedByName() throws Exception {
    Path file = dir.resolve("future.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 99");
    }
    StoreException e = assertThrows(StoreException.class, () -> EventStore.open(file));
    assertTrue(e.getMessage().contains("99"), e.getMessage());
  }
}
