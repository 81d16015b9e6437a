package org.marsad.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.core.model.Event;
import org.marsad.core.model.Feature;
import org.marsad.core.model.Place;
import org.sqlite.SQLiteConfig;

/**
 * The event store: one SQLite file holding articles, their places, events and evidence, with
 * full-text indexes over the articles and the evidence.
 *
 * <p>Rules:
 * <ul>
 *   <li>The file is in WAL mode with {@code synchronous=FULL}: readers (the server, even in another
 *       process) see the last committed state while an ingest runs, and a kill loses nothing that
 *       was committed.
 *   <li>An article is identified by its key ({@link #keyOf}); ingesting the same content again
 *       changes nothing, and changed content replaces the article's events and places.
 *   <li>Every batch given to {@link #ingest(List)} is one transaction.
 *   <li>One writer connection (calls are serialised) and a small pool of read connections, so
 *       queries run in parallel. Thread-safe.
 *   <li>All values reach SQL as bound parameters; the SQL text is built only from fixed fragments.
 * </ul>
 */
public final class EventStore implements AutoCloseable {

  /** Read connections kept open for concurrent queries. */
  static final int READERS = 8;
  /** Most points {@link #mapPoints} returns. */
  public static final int MAX_MAP_POINTS = 5000;
  /**
   * A text query matching at most this many events is answered from the full-text index and then
   * sorted; one matching more is answered by walking the events newest first and testing each
   * against the matches, which stops after one page. Measured on 100,000 synthetic events: 12,500
   * matches took 75-100 ms the first way and about 1 ms the second.
   */
  static final int FTS_DRIVE_MAX = 2000;
  /** Most rows of the by-admin1 statistic. */
  static final int STATS_TOP_ADMIN1 = 30;

  private static final String EVENT_COLUMNS = """
      e.id, e.public_id, e.article_id, a.key, e.type, e.mode, e.context, e.status, e.date, e.date_precision,
      e.actor_text, e.actor_name, e.actor_code, e.recipient_text, e.recipient_name, e.recipient_code,
      e.place_geonames_id, e.place_text, e.place_start, e.place_end, e.place_precision, e.place_name,
      e.place_name_ar, e.country, e.admin1, e.place_admin2, e.lat, e.lon, e.place_feature,
      e.dead, e.injured, e.arrested, e.acled_event_type, e.acled_sub_event_type, e.confidence,
      v.sentence, v.start, v.end, v.trigger, e.day""";
  private static final String EVENT_FROM =
      "FROM events e JOIN evidence v ON v.event_id = e.id JOIN articles a ON a.id = e.article_id";

  private final Path file;
  private final Connection writer;
  private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
  private final List<Connection> allReaders = new ArrayList<>();

  private EventStore(Path file, Connection writer) {
    this.file = file;
    this.writer = writer;
  }

  /** Opens the store at {@code file}, creating it and migrating its schema as needed. */
  public static EventStore open(Path file) {
    Connection w = null;
    try {
      w = connect(file, false);
      Migrations.apply(w);
      w.setAutoCommit(false);
      return new EventStore(file, w);
    } catch (StoreException e) {
      closeQuietly(w);
      throw new StoreException(file + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      closeQuietly(w);
      throw new StoreException(file + ": cannot open store: " + e.getMessage(), e);
    }
  }

  private static Connection connect(Path file, boolean readOnly) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(10_000);
    config.setReadOnly(readOnly);
    return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
  }

  public Path file() {
    return file;
  }

  // ---------------------------------------------------------------- ingest

  /**
   * The key that identifies an article across ingests: {@code source/id} when it has an id, else its
   * URL, else a hash of its title and body.
   */
  public static String keyOf(Article a) {
    if (!a.id().isBlank()) {
      return a.source().isBlank() ? a.id() : a.source() + "/" + a.id();
    }
    if (!a.url().isBlank()) {
      return a.url();
    }
    return "sha256:" + sha256(a.title() + "\n" + a.body()).substring(0, 32);
  }

  static String contentHash(Article a) {
    return sha256(a.url() + "\n" + a.published().map(Object::toString).orElse("") + "\n" + a.title() + "\n" + a.body());
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  /** True when this exact content is stored already, so analysing it again would change nothing. */
  public synchronized boolean isStored(Article a) {
    try (PreparedStatement s = writer.prepareStatement("SELECT content_hash FROM articles WHERE key = ?")) {
      s.setString(1, keyOf(a));
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() && rs.getString(1).equals(contentHash(a));
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  public IngestOutcome ingest(AnalyzedDocument doc) {
    return ingest(List.of(doc)).get(0);
  }

  /** Stores a batch of analysed articles in one transaction; returns one outcome per document. */
  public synchronized List<IngestOutcome> ingest(List<AnalyzedDocument> docs) {
    List<IngestOutcome> out = new ArrayList<>(docs.size());
    try {
      for (AnalyzedDocument doc : docs) {
        out.add(ingestOne(doc));
      }
      writer.commit();
      return out;
    } catch (SQLException | RuntimeException e) {
      try {
        writer.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e instanceof StoreException se ? se : failure("write", e);
    }
  }

  private IngestOutcome ingestOne(AnalyzedDocument doc) throws SQLException {
    Article a = doc.article();
    String key = keyOf(a);
    String hash = contentHash(a);
    long articleId;
    IngestOutcome outcome;
    try (PreparedStatement s = writer.prepareStatement("SELECT id, content_hash FROM articles WHERE key = ?")) {
      s.setString(1, key);
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next()) {
          if (rs.getString(2).equals(hash)) {
            return IngestOutcome.UNCHANGED;
          }
          articleId = rs.getLong(1);
          outcome = IngestOutcome.UPDATED;
        } else {
          articleId = -1;
          outcome = IngestOutcome.ADDED;
        }
      }
    }
    if (outcome == IngestOutcome.UPDATED) {
      forgetLayers(articleId);
      try (PreparedStatement s = writer.prepareStatement(
          "UPDATE articles SET url = ?, source = ?, title = ?, published = ?, body = ?, content_hash = ?, ingested_at = ? WHERE id = ?")) {
        bindArticle(s, a, hash);
        s.setLong(8, articleId);
        s.executeUpdate();
      }
    } else {
      try (PreparedStatement s = writer.prepareStatement(
          "INSERT INTO articles (url, source, title, published, body, content_hash, ingested_at, key) VALUES (?,?,?,?,?,?,?,?)",
          Statement.RETURN_GENERATED_KEYS)) {
        bindArticle(s, a, hash);
        s.setString(8, key);
        s.executeUpdate();
        try (ResultSet rs = s.getGeneratedKeys()) {
          rs.next();
          articleId = rs.getLong(1);
        }
      }
    }
    try (PreparedStatement s = writer.prepareStatement("INSERT INTO articles_fts (rowid, terms) VALUES (?, ?)")) {
      s.setLong(1, articleId);
      s.setString(2, SearchText.terms(doc.text()));
      s.executeUpdate();
    }
    List<Place> catalogued = doc.places().stream().filter(EventStore::hasGeonamesId).toList();
    for (Place p : catalogued) {
      upsertPlace(p);
    }
    try (PreparedStatement s = writer.prepareStatement(
        "INSERT INTO article_places (article_id, geonames_id, text, start, end, precision) VALUES (?,?,?,?,?,?)")) {
      for (Place p : catalogued) {
        s.setLong(1, articleId);
        s.setLong(2, p.geonamesId());
        s.setString(3, p.text());
        s.setInt(4, p.start());
        s.setInt(5, p.end());
        s.setInt(6, p.precision());
        s.addBatch();
      }
      s.executeBatch();
    }
    String day0 = a.published().map(Object::toString).orElse("");
    String idPrefix = sha256(key).substring(0, 12);
    for (int i = 0; i < doc.events().size(); i++) {
      insertEvent(articleId, idPrefix + "-" + i, i, day0, doc.events().get(i));
    }
    return outcome;
  }

  private void bindArticle(PreparedStatement s, Article a, String hash) throws SQLException {
    s.setString(1, a.url());
    s.setString(2, a.source());
    s.setString(3, a.title());
    setNullable(s, 4, a.published().map(Object::toString).orElse(null));
    s.setString(5, a.body());
    s.setString(6, hash);
    s.setString(7, Instant.now().toString());
  }

  private void forgetLayers(long articleId) throws SQLException {
    try (PreparedStatement s = writer.prepareStatement(
        "DELETE FROM events_fts WHERE rowid IN (SELECT id FROM events WHERE article_id = ?)")) {
      s.setLong(1, articleId);
      s.executeUpdate();
    }
    for (String sql : List.of("DELETE FROM events WHERE article_id = ?", "DELETE FROM article_places WHERE article_id = ?",
        "DELETE FROM articles_fts WHERE rowid = ?")) {
      try (PreparedStatement s = writer.prepareStatement(sql)) {
        s.setLong(1, articleId);
        s.executeUpdate();
      }
    }
  }

  /** Only places with a GeoNames id go into {@code places}; an event keeps its whole place either way. */
  private static boolean hasGeonamesId(Place p) {
    return p.geonamesId() > 0;
  }

  private void upsertPlace(Place p) throws SQLException {
    try (PreparedStatement s = writer.prepareStatement("""
        INSERT INTO places (geonames_id, name, name_ar, country, admin1, admin2, lat, lon, feature) VALUES (?,?,?,?,?,?,?,?,?)
        ON CONFLICT (geonames_id) DO UPDATE SET name = excluded.name, name_ar = excluded.name_ar,
          country = excluded.country, admin1 = excluded.admin1, admin2 = excluded.admin2, lat = excluded.lat,
          lon = excluded.lon, feature = excluded.feature""")) {
      s.setLong(1, p.geonamesId());
      s.setString(2, p.name());
      s.setString(3, p.nameAr());
      s.setString(4, p.country());
      s.setString(5, p.admin1());
      s.setString(6, p.admin2());
      s.setDouble(7, p.lat());
      s.setDouble(8, p.lon());
      s.setString(9, p.feature().code());
      s.executeUpdate();
    }
  }

  private void insertEvent(long articleId, String publicId, int ordinal, String articleDay, Event e) throws SQLException {
    Optional<Place> loc = e.location();
    if (loc.isPresent() && hasGeonamesId(loc.get())) {
      upsertPlace(loc.get());
    }
    long eventId;
    try (PreparedStatement s = writer.prepareStatement("""
        INSERT INTO events (public_id, article_id, ordinal, type, mode, context, status, day, date, date_precision,
          actor_text, actor_name, actor_code, recipient_text, recipient_name, recipient_code,
          geonames_id, place_text, place_start, place_end, place_precision, country, admin1, lat, lon,
          dead, injured, arrested, acled_event_type, acled_sub_event_type, confidence,
          place_geonames_id, place_name, place_name_ar, place_admin2, place_feature)
        VALUES (?,?,?,?,?,?,?,?,?,?, ?,?,?,?,?,?, ?,?,?,?,?,?,?,?,?, ?,?,?,?,?,?, ?,?,?,?,?)""",
        Statement.RETURN_GENERATED_KEYS)) {
      int i = 1;
      s.setString(i++, publicId);
      s.setLong(i++, articleId);
      s.setInt(i++, ordinal);
      s.setString(i++, e.type().name());
      s.setString(i++, e.mode() == null ? "" : e.mode());
      s.setString(i++, String.join(",", e.context()));
      s.setString(i++, e.status().name().toLowerCase(Locale.ROOT));
      s.setString(i++, e.date().map(Object::toString).orElse(articleDay));
      setNullable(s, i++, e.date().map(Object::toString).orElse(null));
      s.setString(i++, e.datePrecision() == null ? "" : e.datePrecision());
      for (Optional<Event.Actor> actor : List.of(e.actor(), e.recipient())) {
        setNullable(s, i++, actor.map(Event.Actor::text).orElse(null));
        setNullable(s, i++, actor.map(Event.Actor::name).orElse(null));
        setNullable(s, i++, actor.map(Event.Actor::code).orElse(null));
      }
      if (loc.isPresent()) {
        Place p = loc.get();
        if (hasGeonamesId(p)) {
          s.setLong(i++, p.geonamesId());
        } else {
          s.setNull(i++, Types.INTEGER);
        }
        s.setString(i++, p.text());
        s.setInt(i++, p.start());
        s.setInt(i++, p.end());
        s.setInt(i++, p.precision());
        s.setString(i++, p.country());
        s.setString(i++, p.admin1());
        s.setDouble(i++, p.lat());
        s.setDouble(i++, p.lon());
      } else {
        for (int k = 0; k < 9; k++) {
          s.setNull(i++, Types.NULL);
        }
      }
      setNullableInt(s, i++, e.size().dead());
      setNullableInt(s, i++, e.size().injured());
      setNullableInt(s, i++, e.size().arrested());
      setNullable(s, i++, e.acled().map(Event.Acled::eventType).orElse(null));
      setNullable(s, i++, e.acled().map(Event.Acled::subEventType).orElse(null));
      s.setDouble(i++, e.confidence());
      if (loc.isPresent()) {
        Place p = loc.get();
        s.setLong(i++, p.geonamesId());
        s.setString(i++, p.name());
        s.setString(i++, p.nameAr());
        s.setString(i++, p.admin2());
        s.setString(i, p.feature().code());
      } else {
        for (int k = 0; k < 5; k++) {
          s.setNull(i++, Types.NULL);
        }
      }
      s.executeUpdate();
      try (ResultSet rs = s.getGeneratedKeys()) {
        rs.next();
        eventId = rs.getLong(1);
      }
    }
    Event.Evidence ev = e.evidence();
    try (PreparedStatement s = writer.prepareStatement(
        "INSERT INTO evidence (event_id, sentence, start, end, trigger) VALUES (?,?,?,?,?)")) {
      s.setLong(1, eventId);
      s.setString(2, ev.sentence());
      s.setInt(3, ev.start());
      s.setInt(4, ev.end());
      s.setString(5, ev.trigger());
      s.executeUpdate();
    }
    StringBuilder text = new StringBuilder(ev.sentence());
    e.actor().ifPresent(x -> text.append(' ').append(x.text()).append(' ').append(x.name()));
    e.recipient().ifPresent(x -> text.append(' ').append(x.text()).append(' ').append(x.name()));
    loc.ifPresent(p -> text.append(' ').append(p.nameAr()).append(' ').append(p.name()).append(' ').append(p.admin1()));
    try (PreparedStatement s = writer.prepareStatement("INSERT INTO events_fts (rowid, terms) VALUES (?, ?)")) {
      s.setLong(1, eventId);
      s.setString(2, SearchText.terms(text.toString()));
      s.executeUpdate();
    }
  }

  private static void setNullable(PreparedStatement s, int i, String v) throws SQLException {
    if (v == null) {
      s.setNull(i, Types.VARCHAR);
    } else {
      s.setString(i, v);
    }
  }

  private static void setNullableInt(PreparedStatement s, int i, Integer v) throws SQLException {
    if (v == null) {
      s.setNull(i, Types.INTEGER);
    } else {
      s.setInt(i, v);
    }
  }

  // ---------------------------------------------------------------- queries

  /** A WHERE clause built from fixed fragments, and the values to bind to it, in order. */
  private static final class Where {
    final StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
    final List<Object> params = new ArrayList<>();

    Where and(String fragment, Object... values) {
      sql.append(" AND ").append(fragment);
      params.addAll(List.of(values));
      return this;
    }

    void bind(PreparedStatement s) throws SQLException {
      for (int i = 0; i < params.size(); i++) {
        s.setObject(i + 1, params.get(i));
      }
    }
  }

  private static Where where(EventFilter f, boolean fewTextMatches) {
    Where w = new Where();
    f.from().ifPresent(d -> w.and("e.day >= ?", d.toString()));
    f.to().ifPresent(d -> w.and("e.day <= ?", d.toString()));
    if (!f.types().isEmpty()) {
      w.and("e.type IN (" + placeholders(f.types().size()) + ")", f.types().stream().map(Enum::name).sorted().toArray());
    }
    if (!f.statuses().isEmpty()) {
      w.and("e.status IN (" + placeholders(f.statuses().size()) + ")",
          f.statuses().stream().map(s -> s.name().toLowerCase(Locale.ROOT)).sorted().toArray());
    }
    f.country().ifPresent(c -> w.and("e.country = ?", c));
    f.admin1().ifPresent(a -> w.and("e.admin1 = ?", a));
    f.actor().ifPresent(a -> {
      String like = "%" + a.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      w.and("(e.actor_text LIKE ? ESCAPE '\\' OR e.actor_name LIKE ? ESCAPE '\\' OR e.actor_code LIKE ? ESCAPE '\\')",
          like, like, like);
    });
    f.bbox().ifPresent(b -> w.and("e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?", b.minLon(), b.maxLon(),
        b.minLat(), b.maxLat()));
    // a unary + keeps SQLite from looking events up by the matches' ids (see FTS_DRIVE_MAX)
    f.q().flatMap(SearchText::matchExpression).ifPresent(m -> w.and(
        (fewTextMatches ? "e.id" : "+e.id") + " IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)", m));
    return w;
  }

  private static Where where(Connection c, EventFilter f) throws SQLException {
    Optional<String> match = f.q().flatMap(SearchText::matchExpression);
    if (match.isEmpty()) {
      return where(f, true);
    }
    try (PreparedStatement s = c.prepareStatement(
        "SELECT COUNT(*) FROM (SELECT rowid FROM events_fts WHERE events_fts MATCH ? LIMIT ?)")) {
      s.setString(1, match.get());
      s.setInt(2, FTS_DRIVE_MAX + 1);
      try (ResultSet rs = s.executeQuery()) {
        return where(f, rs.getLong(1) <= FTS_DRIVE_MAX);
      }
    }
  }

  private static String placeholders(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }

  /** One page of the events the filter covers, newest first (by day, then by insertion). */
  public EventPage events(EventFilter filter, PageRequest page) {
    return read(c -> {
      Where w = where(c, filter);
      page.cursor().ifPresent(k -> w.and("(e.day < ? OR (e.day = ? AND e.id < ?))", k.day(), k.day(), k.row()));
      // the page is chosen on events alone (often from an index only), then joined to its details
      String sql = "SELECT " + EVENT_COLUMNS + " FROM (SELECT e.id AS id FROM events e" + w.sql
          + " ORDER BY e.day DESC, e.id DESC LIMIT ?) page JOIN events e ON e.id = page.id"
          + " JOIN evidence v ON v.event_id = e.id JOIN articles a ON a.id = e.article_id"
          + " ORDER BY e.day DESC, e.id DESC";
      List<StoredEvent> events = new ArrayList<>();
      PageRequest.Cursor last = null;
      boolean more = false;
      try (PreparedStatement s = c.prepareStatement(sql)) {
        w.bind(s);
        s.setInt(w.params.size() + 1, page.limit() + 1);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            if (events.size() == page.limit()) {
              more = true;
              break;
            }
            events.add(eventFrom(rs));
            last = new PageRequest.Cursor(rs.getString("day"), rs.getLong(1));
          }
        }
      }
      return new EventPage(events, more ? Optional.of(last) : Optional.empty());
    });
  }

  /** Every event the filter covers, newest first, read a page at a time. */
  public void forEachEvent(EventFilter filter, Consumer<StoredEvent> action) {
    PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      EventPage p = events(filter, page);
      p.events().forEach(action);
      if (p.next().isEmpty()) {
        return;
      }
      page = new PageRequest(p.next(), PageRequest.MAX_LIMIT);
    }
  }

  public Optional<StoredEvent> event(String publicId) {
    String sql = "SELECT " + EVENT_COLUMNS + " " + EVENT_FROM + " WHERE e.public_id = ?";
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, publicId);
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() ? Optional.of(eventFrom(rs)) : Optional.empty();
        }
      }
    });
  }

  public Optional<StoredArticle> article(long id) {
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT id, key, url, source, title, published, body, content_hash FROM articles WHERE id = ?")) {
        s.setLong(1, id);
        try (ResultSet rs = s.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          String key = rs.getString(2);
          Article a = new Article(key, rs.getString(3), rs.getString(4), rs.getString(5),
              Optional.ofNullable(rs.getString(6)).map(LocalDate::parse), rs.getString(7));
          return Optional.of(new StoredArticle(rs.getLong(1), key, a, rs.getString(8)));
        }
      }
    });
  }

  /** The located events the filter covers, newest first, at most {@code limit} (clamped to {@value #MAX_MAP_POINTS}). */
  public List<MapPoint> mapPoints(EventFilter filter, int limit) {
    int n = Math.max(1, Math.min(MAX_MAP_POINTS, limit));
    return read(c -> {
      Where w = where(c, filter).and("e.lat IS NOT NULL");
      String sql = """
          SELECT e.public_id, e.type, e.status, e.day, e.lat, e.lon, COALESCE(e.place_name_ar, e.place_text, ''),
            COALESCE(e.actor_name, e.actor_text, '') FROM (SELECT e.id AS id FROM events e"""
          + w.sql + " ORDER BY e.day DESC, e.id DESC LIMIT ?) page JOIN events e ON e.id = page.id"
          + " ORDER BY e.day DESC, e.id DESC";
      List<MapPoint> out = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(sql)) {
        w.bind(s);
        s.setInt(w.params.size() + 1, n);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            out.add(new MapPoint(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5),
                rs.getDouble(6), rs.getString(7), rs.getString(8)));
          }
        }
      }
      return out;
    });
  }

  public Stats stats(EventFilter filter) {
    return read(c -> {
      // every matching event is counted anyway: look them up by the text matches when few
      Where w = where(c, filter);
      String base = " FROM events e" + w.sql;
      long total = counts(c, "SELECT '', COUNT(*)" + base, w).get(0).count();
      List<Stats.Count> byDay = counts(c, "SELECT e.day, COUNT(*)" + base + " AND e.day <> '' GROUP BY e.day ORDER BY e.day", w);
      List<Stats.Count> byType = counts(c, "SELECT e.type, COUNT(*)" + base + " GROUP BY e.type ORDER BY 2 DESC, 1", w);
      List<Stats.Count> byAdmin1 = counts(c, "SELECT e.admin1, COUNT(*)" + base
          + " AND e.admin1 IS NOT NULL AND e.admin1 <> '' GROUP BY e.admin1 ORDER BY 2 DESC, 1 LIMIT " + STATS_TOP_ADMIN1, w);
      return new Stats(total, byDay, byType, byAdmin1);
    });
  }

  private static List<Stats.Count> counts(Connection c, String sql, Where w) throws SQLException {
    List<Stats.Count> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      w.bind(s);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(new Stats.Count(rs.getString(1), rs.getLong(2)));
        }
      }
    }
    return out;
  }

  /** Articles matching every term of {@code query}, best first, with snippets. */
  public List<ArticleHit> searchArticles(String query, int limit) {
    Optional<String> match = SearchText.matchExpression(query);
    if (match.isEmpty()) {
      return List.of();
    }
    List<String> terms = SearchText.queryTerms(query);
    int n = Math.max(1, Math.min(PageRequest.MAX_LIMIT, limit));
    return read(c -> {
      List<ArticleHit> out = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("""
          SELECT a.id, a.key, a.title, a.url, a.source, a.published, a.body, bm25(articles_fts) AS rank
          FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
          WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?""")) {
        s.setString(1, match.get());
        s.setInt(2, n);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            String text = rs.getString(3) + "\n" + rs.getString(7);
            out.add(new ArticleHit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Optional.ofNullable(rs.getString(6)).map(LocalDate::parse), SearchText.snippet(text, terms),
                -rs.getDouble(8)));
          }
        }
      }
      return out;
    });
  }

  public StoreCounts counts() {
    return read(c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM places)")) {
        rs.next();
        return new StoreCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3));
      }
    });
  }

  /** The schema version of the open store. */
  public int schemaVersion() {
    return read(c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
        return rs.getInt(1);
      }
    });
  }

  private static StoredEvent eventFrom(ResultSet rs) throws SQLException {
    String context = rs.getString("context");
    String acledType = rs.getString("acled_event_type");
    String acledSubType = rs.getString("acled_sub_event_type");
    Optional<Place> place = Optional.empty();
    long gid = rs.getLong("place_geonames_id");
    if (!rs.wasNull()) {
      place = Optional.of(new Place(rs.getString("place_text"), rs.getInt("place_start"), rs.getInt("place_end"),
          rs.getString("place_name"), rs.getString("place_name_ar"), gid, rs.getString("country"),
          rs.getString("admin1"), rs.getString("place_admin2"), rs.getDouble("lat"), rs.getDouble("lon"),
          Feature.valueOf(rs.getString("place_feature").toUpperCase(Locale.ROOT)), rs.getInt("place_precision")));
    }
    Event e = new Event(rs.getString("public_id"), Event.PloverType.valueOf(rs.getString("type")), rs.getString("mode"),
        context.isEmpty() ? List.of() : List.of(context.split(",")),
        Event.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
        Optional.ofNullable(rs.getString("date")).map(LocalDate::parse), rs.getString("date_precision"),
        actor(rs, "actor"), actor(rs, "recipient"), place,
        new Event.Size(integer(rs, "dead"), integer(rs, "injured"), integer(rs, "arrested")),
        Optional.ofNullable(acledType).map(t -> new Event.Acled(t, acledSubType)),
        new Event.Evidence(rs.getString("sentence"), rs.getInt("start"), rs.getInt("end"), rs.getString("trigger")),
        rs.getDouble("confidence"));
    return new StoredEvent(e, rs.getLong("article_id"), rs.getString("key"));
  }

  private static Optional<Event.Actor> actor(ResultSet rs, String role) throws SQLException {
    String text = rs.getString(role + "_text");
    return text == null ? Optional.empty()
        : Optional.of(new Event.Actor(text, rs.getString(role + "_name"), rs.getString(role + "_code")));
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  // ---------------------------------------------------------------- connections

  @FunctionalInterface
  private interface Read<T> {
    T apply(Connection c) throws SQLException;
  }

  private <T> T read(Read<T> body) {
    Connection c = borrow();
    try {
      return body.apply(c);
    } catch (SQLException e) {
      throw failure("read", e);
    } finally {
      readers.offer(c);
    }
  }

  private Connection borrow() {
    Connection c = readers.poll();
    if (c != null) {
      return c;
    }
    synchronized (allReaders) {
      if (allReaders.size() < READERS) {
        try {
          Connection fresh = connect(file, true);
          allReaders.add(fresh);
          return fresh;
        } catch (SQLException e) {
          throw failure("open a reader on", e);
        }
      }
    }
    try {
      return readers.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException(file + ": interrupted while waiting for a reader");
    }
  }

  private StoreException failure(String what, Exception e) {
    return new StoreException(file + ": cannot " + what + " the store: " + e.getMessage(), e);
  }

  @Override
  public void close() {
    synchronized (allReaders) {
      for (Connection c : allReaders) {
        closeQuietly(c);
      }
      allReaders.clear();
    }
    synchronized (this) {
      closeQuietly(writer);
    }
  }

  private static void closeQuietly(Connection c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing: nothing left to do with this connection
    }
  }
}
