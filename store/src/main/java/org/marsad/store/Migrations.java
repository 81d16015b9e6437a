package org.marsad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The versioned schema. Migration {@code n} (1-based) brings a store from {@code PRAGMA user_version}
 * {@code n - 1} to {@code n}; each runs in its own transaction together with the version bump, so a
 * store is always at exactly one version. Never edit a released migration: append a new one.
 */
final class Migrations {

  /** Each element is one migration: a list of statements. */
  static final List<List<String>> ALL = List.of(
      List.of(
          """
          CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            url TEXT NOT NULL,
            source TEXT NOT NULL,
            title TEXT NOT NULL,
            published TEXT,
            body TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            ingested_at TEXT NOT NULL
          )""",
          """
          CREATE TABLE places (
            geonames_id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_ar TEXT NOT NULL,
            country TEXT NOT NULL,
            admin1 TEXT NOT NULL,
            admin2 TEXT NOT NULL,
            lat REAL NOT NULL,
            lon REAL NOT NULL,
            feature TEXT NOT NULL
          )""",
          """
          CREATE TABLE article_places (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            geonames_id INTEGER NOT NULL REFERENCES places(geonames_id),
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            precision INTEGER NOT NULL
          )""",
          "CREATE INDEX article_places_article ON article_places(article_id)",
          """
          CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            public_id TEXT NOT NULL UNIQUE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            type TEXT NOT NULL,
            mode TEXT NOT NULL,
            context TEXT NOT NULL,
            status TEXT NOT NULL,
            day TEXT NOT NULL,
            date TEXT,
            date_precision TEXT NOT NULL,
            actor_text TEXT, actor_name TEXT, actor_code TEXT,
            recipient_text TEXT, recipient_name TEXT, recipient_code TEXT,
            geonames_id INTEGER REFERENCES places(geonames_id),
            place_text TEXT, place_start INTEGER, place_end INTEGER, place_precision INTEGER,
            country TEXT, admin1 TEXT, lat REAL, lon REAL,
            dead INTEGER, injured INTEGER, arrested INTEGER,
            acled_event_type TEXT, acled_sub_event_type TEXT,
            confidence REAL NOT NULL
          )""",
          "CREATE INDEX events_day ON events(day)",
          "CREATE INDEX events_type_day ON events(type, day)",
          "CREATE INDEX events_place_day ON events(country, admin1, day)",
          "CREATE INDEX events_article ON events(article_id)",
          """
          CREATE TABLE evidence (
            event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
            sentence TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            trigger TEXT NOT NULL
          )""",
          // Contentless full-text indexes over SearchText terms; rowid = articles.id / events.id.
          "CREATE VIRTUAL TABLE articles_fts USING fts5(terms, content='', contentless_delete=1)",
          "CREATE VIRTUAL TABLE events_fts USING fts5(terms, content='', contentless_delete=1)"),
      // 2: type within a country, newest first (measured: type=PROTEST,COERCE&country=SY sorted
      // every Syrian event without it)
      List.of("CREATE INDEX events_country_type_day ON events(country, type, day)"),
      // 3: an event keeps its whole place. Places without a GeoNames id (id 0, e.g. a governorate
      // from another table) shared one row of `places`, so events read back another's place.
      List.of(
          "ALTER TABLE events ADD COLUMN place_geonames_id INTEGER",
          "ALTER TABLE events ADD COLUMN place_name TEXT",
          "ALTER TABLE events ADD COLUMN place_name_ar TEXT",
          "ALTER TABLE events ADD COLUMN place_admin2 TEXT",
          "ALTER TABLE events ADD COLUMN place_feature TEXT",
          """
          UPDATE events SET place_geonames_id = p.geonames_id, place_name = p.name, place_name_ar = p.name_ar,
            place_admin2 = p.admin2, place_feature = p.feature
          FROM places p WHERE p.geonames_id = events.geonames_id""",
          "UPDATE events SET geonames_id = NULL WHERE geonames_id <= 0",
          "DELETE FROM article_places WHERE geonames_id <= 0",
          "DELETE FROM places WHERE geonames_id <= 0"),
      // 4: events_fts keyed by (day, id) so a text query reads its matches newest first (see
      // EventIndex; filled again by CODE below), and a counter of committed writes that caches
      // of query results compare against.
      List.of(
          "DROP TABLE events_fts",
          "CREATE VIRTUAL TABLE events_fts USING fts5(terms, content='', contentless_delete=1)",
          "CREATE TABLE store_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)",
          "INSERT INTO store_version (id, version) VALUES (1, 0)"));

  /** A step of a migration that SQL alone cannot do; it runs after that migration's statements. */
  @FunctionalInterface
  interface CodeStep {
    void apply(Connection c) throws SQLException;
  }

  /** Code steps by the version their migration reaches. */
  static final Map<Integer, CodeStep> CODE = Map.of(4, EventIndex::rebuild);

  private Migrations() {}

  static int latest() {
    return ALL.size();
  }

  /** Applies every migration above the store's version; returns the version reached. */
  static int apply(Connection c) throws SQLException {
    int version;
    try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
      version = rs.getInt(1);
    }
    if (version > latest()) {
      throw new StoreException("store schema version " + version + " is newer than this marsad (" + latest() + ")");
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      for (int v = version; v < latest(); v++) {
        try (Statement s = c.createStatement()) {
          for (String sql : ALL.get(v)) {
            s.execute(sql);
          }
          CodeStep code = CODE.get(v + 1);
          if (code != null) {
            code.apply(c);
          }
          // PRAGMA takes no bound parameters; v + 1 is an int of ours
          s.execute("PRAGMA user_version = " + (v + 1));
        }
        c.commit();
      }
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
    return latest();
  }
}
