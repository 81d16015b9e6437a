package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.EventStore;
import org.marsad.store.StoreCounts;

/**
 * Kills an ingest process mid-run: the store reopens cleanly, holds only whole batches, and a
 * second ingest resumes, skipping what was committed.
 */
class IngestCrashTest {

  static final int ARTICLES = 3000;
  static final int BATCH = 3;

  @TempDir
  Path dir;

  @Test
  void aKilledIngestLosesNoCommittedBatchAndResumes() throws Exception {
    Path inputs = Files.createDirectory(dir.resolve("in"));
    for (int i = 0; i < ARTICLES; i++) {
      Files.writeString(inputs.resolve(String.format("a%05d.txt", i)),
          "تقرير رقم " + i + "\nتظاهر مئات من الأهالي في الموصل للمطالبة بالخدمات. وقال شهود إن التظاهرة رقم " + i
              + " انتهت بسلام.", StandardCharsets.UTF_8);
    }
    Path db = dir.resolve("crash.db");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.marsad.cli.Main", "ingest",
        "--db", db.toString(), "--batch", String.valueOf(BATCH), "--date", "2025-03-07", inputs.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("ingest.log").toFile()).start();
    long seen = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (p.isAlive() && System.nanoTime() < deadline) {
      seen = articlesWhileRunning(db);
      if (seen >= 30) {
        break;
      }
      Thread.sleep(20);
    }
    assertTrue(p.isAlive(), "the ingest ended before it could be killed; seen " + seen);
    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

    StoreCounts afterKill;
    try (EventStore store = EventStore.open(db)) {
      afterKill = store.counts();
    }
    assertEquals("ok", integrity(db));
    assertTrue(afterKill.articles() >= seen && afterKill.articles() < ARTICLES,
        "killed mid-run: " + afterKill.articles() + " of " + ARTICLES);
    assertEquals(0, afterKill.articles() % BATCH, "only whole batches are committed: " + afterKill.articles());

    int code = Main.commandLine().execute("ingest", "--db", db.toString(), "--batch", "100", "--date", "2025-03-07",
        inputs.toString());
    assertEquals(0, code);
    try (EventStore store = EventStore.open(db)) {
      assertEquals(ARTICLES, store.counts().articles());
    }
    assertEquals(ARTICLES, indexed(db, "تقرير"), "every article is in the full-text index once");
  }

  /** Articles committed so far, read by another connection while the ingest writes (WAL). */
  private static long articlesWhileRunning(Path db) {
    if (!Files.exists(db)) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM articles")) {
      return rs.getLong(1);
    } catch (java.sql.SQLException e) {
      return 0; // not created yet
    }
  }

  private static long indexed(Path db, String term) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        var s = c.prepareStatement("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?")) {
      s.setString(1, term);
      try (ResultSet rs = s.executeQuery()) {
        return rs.getLong(1);
      }
    }
  }

  private static String integrity(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      List<String> out = new java.util.ArrayList<>();
      try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      s.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')");
      return String.join("; ", out);
    }
  }
}
