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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
 *   <li>The file is in WAL mode with {@code synchronous=NORMAL}: readers (the server, even in
 *       another process) see the last committed state while an ingest runs, and a killed process
 *       loses nothing that was committed (a commit is in the WAL file, which the operating system
 *       keeps; only a power loss or OS crash can lose the last commits, never consistency).
 *   <li>Each committed write that changes something bumps {@code store_version}; cached
 *       statistics are kept only while it stays the same, so another process's ingest is seen.
 *   <li>An article is identified by its key ({@link #keyOf}); ingesting the same content again
 *       changes nothing, and changed content replaces the article's events and places.
 *   <li>Every batch given to {@link #ingest(List)} is one transaction. The writer's statements are
 *       prepared once and reused.
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
   * Matches of a text query read from the text index for one page. When a page comes out short
   * after this many while more matches lie in its range (other filters left most out), the page is
   * read again with every match (see {@code pageOfIds}). On 1M events with a term matching 125,314,
   * a filter that no match passes took 510-770 ms walking all matches, 9-14 ms for 5,000.
   */
  static final int TEXT_SCAN_MAX = 5000;
  /** Most rows of the by-admin1 statistic. */
  static final int STATS_TOP_ADMIN1 = 30;
  /** Statistics kept per filter set until the store changes. */
  static final int STATS_CACHE_SIZE = 64;
  /** Page cache of each read connection, and of the writer, in KiB (negative = KiB for SQLite). */
  static final int READER_CACHE_KIB = -16_384;
  static final int WRITER_CACHE_KIB = -65_536;
  /** The file is read through a memory map up to this size: fewer copies than read() per page. */
  static final long MMAP_BYTES = 1L << 30;

  /** The columns of an event row; {@link #eventFrom} reads them by position, in this order. */
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
  /** The writer's prepared statements by SQL text; used under the store's lock. */
  private final Map<String, PreparedStatement> writeStatements = new HashMap<>();
  /** GeoNames ids this writer has stored in a committed transaction: a place row is written once, not per mention. */
  private final java.util.Set<Long> storedPlaces = new java.util.HashSet<>();
  /** Ids written by the open transaction; they join {@link #storedPlaces} on commit. */
  private final java.util.Set<Long> pendingPlaces = new java.util.HashSet<>();
  /** Statistics by filter, valid for {@link #statsVersion} of {@code store_version}. */
  private final Map<EventFilter, Stats> statsCache = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<EventFilter, Stats> eldest) {
      return size() > STATS_CACHE_SIZE;
    }
  };
  private long statsVersion = -1;

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
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(10_000);
    config.setReadOnly(readOnly);
    config.setCacheSize(readOnly ? READER_CACHE_KIB : WRITER_CACHE_KIB);
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(MMAP_BYTES));
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

  /**
   * True when this exact content is stored already, so analysing it again would change nothing.
   * Asked on a read connection: it does not wait for a batch being written.
   */
  public boolean isStored(Article a) {
    String key = keyOf(a);
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT content_hash FROM articles WHERE key = ?")) {
        s.setString(1, key);
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() && rs.getString(1).equals(contentHash(a));
        }
      }
    });
  }

  /**
   * An analysed article with everything the writer needs that can be computed without the store
   * (key, hash, search terms): {@link #prepare} runs on any thread, so the single writer only writes.
   */
  record Prepared(AnalyzedDocument doc, String key, String hash, String articleTerms, List<String> eventTerms,
      String idPrefix) {}

  static Prepared prepare(AnalyzedDocument doc) {
    Article a = doc.article();
    String key = keyOf(a);
    List<String> eventTerms = new ArrayList<>(doc.events().size());
    for (Event e : doc.events()) {
      Optional<Place> loc = e.location();
      eventTerms.add(SearchText.terms(EventIndex.text(e.evidence().sentence(),
          e.actor().map(Event.Actor::text).orElse(null), e.actor().map(Event.Actor::name).orElse(null),
          e.recipient().map(Event.Actor::text).orElse(null), e.recipient().map(Event.Actor::name).orElse(null),
          loc.map(Place::nameAr).orElse(null), loc.map(Place::name).orElse(null), loc.map(Place::admin1).orElse(null))));
    }
    return new Prepared(doc, key, contentHash(a), SearchText.terms(doc.text()), eventTerms, sha256(key).substring(0, 12));
  }

  public IngestOutcome ingest(AnalyzedDocument doc) {
    return ingest(List.of(doc)).get(0);
  }

  /** Stores a batch of analysed articles in one transaction; returns one outcome per document. */
  public List<IngestOutcome> ingest(List<AnalyzedDocument> docs) {
    return ingestPrepared(docs.stream().map(EventStore::prepare).toList());
  }

  /** Stores a batch of prepared articles in one transaction; returns one outcome per document. */
  synchronized List<IngestOutcome> ingestPrepared(List<Prepared> docs) {
    List<IngestOutcome> out = new ArrayList<>(docs.size());
    try {
      boolean changed = false;
      for (Prepared doc : docs) {
        IngestOutcome o = ingestOne(doc);
        changed |= o != IngestOutcome.UNCHANGED;
        out.add(o);
      }
      if (changed) {
        statement("UPDATE store_version SET version = version + 1 WHERE id = 1").executeUpdate();
      }
      writer.commit();
      storedPlaces.addAll(pendingPlaces);
      pendingPlaces.clear();
      return out;
    } catch (SQLException | RuntimeException e) {
      try {
        pendingPlaces.clear();
        writer.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e instanceof StoreException se ? se : failure("write", e);
    }
  }

  /** The writer's statement for {@code sql}, prepared once and reused (only the writer's lock holder calls this). */
  private PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement s = writeStatements.get(sql);
    if (s == null) {
      s = writer.prepareStatement(sql);
      writeStatements.put(sql, s);
    }
    return s;
  }

  private static long insertedId(PreparedStatement s) throws SQLException {
    try (ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private IngestOutcome ingestOne(Prepared prepared) throws SQLException {
    AnalyzedDocument doc = prepared.doc();
    Article a = doc.article();
    String key = prepared.key();
    String hash = prepared.hash();
    long articleId;
    IngestOutcome outcome;
    PreparedStatement find = statement("SELECT id, content_hash FROM articles WHERE key = ?");
    find.setString(1, key);
    try (ResultSet rs = find.executeQuery()) {
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
    if (outcome == IngestOutcome.UPDATED) {
      forgetLayers(articleId);
      PreparedStatement s = statement(
          "UPDATE articles SET url = ?, source = ?, title = ?, published = ?, body = ?, content_hash = ?, ingested_at = ? WHERE id = ?");
      bindArticle(s, a, hash);
      s.setLong(8, articleId);
      s.executeUpdate();
    } else {
      PreparedStatement s = statement("INSERT INTO articles (url, source, title, published, body, content_hash, "
          + "ingested_at, key) VALUES (?,?,?,?,?,?,?,?) RETURNING id");
      bindArticle(s, a, hash);
      s.setString(8, key);
      articleId = insertedId(s);
    }
    PreparedStatement fts = statement("INSERT INTO articles_fts (rowid, terms) VALUES (?, ?)");
    fts.setLong(1, articleId);
    fts.setString(2, prepared.articleTerms());
    fts.executeUpdate();
    List<Place> catalogued = doc.places().stream().filter(EventStore::hasGeonamesId).toList();
    for (Place p : catalogued) {
      upsertPlace(p);
    }
    if (!catalogued.isEmpty()) {
      PreparedStatement s = statement(
          "INSERT INTO article_places (article_id, geonames_id, text, start, end, precision) VALUES (?,?,?,?,?,?)");
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
    for (int i = 0; i < doc.events().size(); i++) {
      insertEvent(articleId, prepared.idPrefix() + "-" + i, i, day0, doc.events().get(i), prepared.eventTerms().get(i));
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
    PreparedStatement keys = statement("SELECT id, day FROM events WHERE article_id = ?");
    keys.setLong(1, articleId);
    PreparedStatement deleteText = statement("DELETE FROM events_fts WHERE rowid = ?");
    try (ResultSet rs = keys.executeQuery()) {
      while (rs.next()) {
        deleteText.setLong(1, EventIndex.key(rs.getString(2), rs.getLong(1)));
        deleteText.addBatch();
      }
    }
    deleteText.executeBatch();
    for (String sql : List.of("DELETE FROM events WHERE article_id = ?", "DELETE FROM article_places WHERE article_id = ?",
        "DELETE FROM articles_fts WHERE rowid = ?")) {
      PreparedStatement s = statement(sql);
      s.setLong(1, articleId);
      s.executeUpdate();
    }
  }

  /** Only places with a GeoNames id go into {@code places}; an event keeps its whole place either way. */
  private static boolean hasGeonamesId(Place p) {
    return p.geonamesId() > 0;
  }

  private void upsertPlace(Place p) throws SQLException {
    if (storedPlaces.contains(p.geonamesId()) || !pendingPlaces.add(p.geonamesId())) {
      return; // the gazetteer gives one id one row: the stored one is the same
    }
    PreparedStatement s = statement("""
        INSERT INTO places (geonames_id, name, name_ar, country, admin1, admin2, lat, lon, feature) VALUES (?,?,?,?,?,?,?,?,?)
        ON CONFLICT (geonames_id) DO UPDATE SET name = excluded.name, name_ar = excluded.name_ar,
          country = excluded.country, admin1 = excluded.admin1, admin2 = excluded.admin2, lat = excluded.lat,
          lon = excluded.lon, feature = excluded.feature""");
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

  private void insertEvent(long articleId, String publicId, int ordinal, String articleDay, Event e, String terms)
      throws SQLException {
    Optional<Place> loc = e.location();
    if (loc.isPresent() && hasGeonamesId(loc.get())) {
      upsertPlace(loc.get());
    }
    PreparedStatement s = statement("""
        INSERT INTO events (public_id, article_id, ordinal, type, mode, context, status, day, date, date_precision,
          actor_text, actor_name, actor_code, recipient_text, recipient_name, recipient_code,
          geonames_id, place_text, place_start, place_end, place_precision, country, admin1, lat, lon,
          dead, injured, arrested, acled_event_type, acled_sub_event_type, confidence,
          place_geonames_id, place_name, place_name_ar, place_admin2, place_feature)
        VALUES (?,?,?,?,?,?,?,?,?,?, ?,?,?,?,?,?, ?,?,?,?,?,?,?,?,?, ?,?,?,?,?,?, ?,?,?,?,?) RETURNING id""");
    int i = 1;
    s.setString(i++, publicId);
    s.setLong(i++, articleId);
    s.setInt(i++, ordinal);
    s.setString(i++, e.type().name());
    s.setString(i++, e.mode() == null ? "" : e.mode());
    s.setString(i++, String.join(",", e.context()));
    s.setString(i++, e.status().name().toLowerCase(Locale.ROOT));
    String day = e.date().map(Object::toString).orElse(articleDay);
    s.setString(i++, day);
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
    long eventId = insertedId(s);
    Event.Evidence ev = e.evidence();
    PreparedStatement evidence = statement("INSERT INTO evidence (event_id, sentence, start, end, trigger) VALUES (?,?,?,?,?)");
    evidence.setLong(1, eventId);
    evidence.setString(2, ev.sentence());
    evidence.setInt(3, ev.start());
    evidence.setInt(4, ev.end());
    evidence.setString(5, ev.trigger());
    evidence.executeUpdate();
    PreparedStatement fts = statement("INSERT INTO events_fts (rowid, terms) VALUES (?, ?)");
    fts.setLong(1, EventIndex.key(day, eventId));
    fts.setString(2, terms);
    fts.executeUpdate();
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

  /** The filter's conditions on {@code events e}, all but the text query. */
  private static Where where(EventFilter f) {
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
    f.minConfidence().ifPresent(m -> w.and("e.confidence >= ?", m));
    return w;
  }

  /**
   * The query of the ids of one page of events, newest first, and its values (the page size last).
   * Without a text query it walks the events by an index of theirs. With one, by default it walks
   * the text index newest first ({@link EventIndex}), bounded by the dates and the cursor, reading
   * at most {@value #TEXT_SCAN_MAX} matches and looking each up by id until the page is full.
   * {@code exhaustive} reads every match: when the filter names a type, country or admin1 (which
   * have indexes), by walking those events and testing each against the list of all matches;
   * otherwise by walking the text index without a limit.
   */
  private static Where pageOfIds(EventFilter f, Optional<PageRequest.Cursor> cursor, boolean locatedOnly, int size,
      boolean exhaustive) {
    Where w = where(f);
    if (locatedOnly) {
      w.and("e.lat IS NOT NULL");
    }
    Optional<String> match = f.q().flatMap(SearchText::matchExpression);
    String order = " ORDER BY e.day DESC, e.id DESC";
    boolean indexed = !f.types().isEmpty() || f.country().isPresent() || f.admin1().isPresent();
    if (match.isEmpty() || (exhaustive && indexed)) {
      match.ifPresent(m -> w.and("+e.id IN (SELECT rowid & " + EventIndex.ID_MASK
          + " FROM events_fts WHERE events_fts MATCH ?)", m));
      cursor.ifPresent(k -> w.and("(e.day < ? OR (e.day = ? AND e.id < ?))", k.day(), k.day(), k.row()));
      w.sql.insert(0, "SELECT e.id AS id FROM events e");
    } else {
      Where text = textMatches(f, match.get(), cursor);
      text.sql.append(" ORDER BY rowid DESC LIMIT ?");
      text.params.add(exhaustive ? -1 : TEXT_SCAN_MAX);
      // the matches, newest first, are the outer loop; each is looked up by id
      w.sql.insert(0, "SELECT e.id AS id FROM (" + text.sql + ") f CROSS JOIN events e ON e.id = (f.k & "
          + EventIndex.ID_MASK + ")");
      w.params.addAll(0, text.params);
      order = " ORDER BY f.k DESC";
    }
    w.sql.append(order).append(" LIMIT ?");
    w.params.add(size);
    return w;
  }

  /** {@code SELECT rowid AS k FROM events_fts} matching {@code match} within the dates and before the cursor. */
  private static Where textMatches(EventFilter f, String match, Optional<PageRequest.Cursor> cursor) {
    Where text = new Where();
    text.sql.setLength(0);
    text.sql.append("SELECT rowid AS k FROM events_fts WHERE events_fts MATCH ?");
    text.params.add(match);
    f.from().ifPresent(d -> text.and("rowid >= ?", EventIndex.firstKeyOf(d)));
    f.to().ifPresent(d -> text.and("rowid < ?", EventIndex.firstKeyOf(d.plusDays(1))));
    cursor.ifPresent(k -> text.and("rowid < ?", EventIndex.key(k.day(), k.row())));
    return text;
  }

  /**
   * True when a page read from the text index came out short but may be incomplete: other
   * conditions left out matches and more than {@value #TEXT_SCAN_MAX} matches lie in its range.
   */
  private static boolean textScanMayHaveMissed(Connection c, EventFilter f, Optional<PageRequest.Cursor> cursor,
      boolean locatedOnly, int rows, int size) throws SQLException {
    Optional<String> match = f.q().flatMap(SearchText::matchExpression);
    if (match.isEmpty() || rows >= size || (!locatedOnly && where(f).params.isEmpty())) {
      return false;
    }
    Where text = textMatches(f, match.get(), cursor);
    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM (" + text.sql + " LIMIT ?)")) {
      text.bind(s);
      s.setInt(text.params.size() + 1, TEXT_SCAN_MAX + 1);
      try (ResultSet rs = s.executeQuery()) {
        return rs.getLong(1) > TEXT_SCAN_MAX;
      }
    }
  }

  private static String placeholders(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }

  /** One page of the events the filter covers, newest first (by day, then by insertion). */
  public EventPage events(EventFilter filter, PageRequest page) {
    return read(c -> {
      EventPage p = events(c, filter, page, false);
      if (textScanMayHaveMissed(c, filter, page.cursor(), false, p.events().size() + (p.next().isPresent() ? 1 : 0),
          page.limit() + 1)) {
        p = events(c, filter, page, true);
      }
      return p;
    });
  }

  private static EventPage events(Connection c, EventFilter filter, PageRequest page, boolean exhaustive)
      throws SQLException {
    Where ids = pageOfIds(filter, page.cursor(), false, page.limit() + 1, exhaustive);
    // the page is chosen on events alone (often from an index only), then joined to its details
    String sql = "SELECT " + EVENT_COLUMNS + " FROM (" + ids.sql + ") page JOIN events e ON e.id = page.id"
        + " JOIN evidence v ON v.event_id = e.id JOIN articles a ON a.id = e.article_id"
        + " ORDER BY e.day DESC, e.id DESC";
    List<StoredEvent> events = new ArrayList<>();
    PageRequest.Cursor last = null;
    boolean more = false;
    try (PreparedStatement s = c.prepareStatement(sql)) {
      ids.bind(s);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          if (events.size() == page.limit()) {
            more = true;
            break;
          }
          events.add(eventFrom(rs));
          last = new PageRequest.Cursor(rs.getString(40), rs.getLong(1));
        }
      }
    }
    return new EventPage(events, more ? Optional.of(last) : Optional.empty());
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
      List<MapPoint> out = mapPoints(c, filter, n, false);
      if (textScanMayHaveMissed(c, filter, Optional.empty(), true, out.size(), n)) {
        out = mapPoints(c, filter, n, true);
      }
      return out;
    });
  }

  private static List<MapPoint> mapPoints(Connection c, EventFilter filter, int n, boolean exhaustive) throws SQLException {
    Where ids = pageOfIds(filter, Optional.empty(), true, n, exhaustive);
    String sql = """
        SELECT e.public_id, e.type, e.status, e.day, e.lat, e.lon, COALESCE(e.place_name_ar, e.place_text, ''),
          COALESCE(e.actor_name, e.actor_text, '') FROM ("""
        + ids.sql + ") page JOIN events e ON e.id = page.id ORDER BY e.day DESC, e.id DESC";
    List<MapPoint> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      ids.bind(s);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(new MapPoint(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5),
              rs.getDouble(6), rs.getString(7), rs.getString(8)));
        }
      }
    }
    return out;
  }

  /**
   * Counts by day, type and admin1 of the events the filter covers. Kept per filter (the
   * {@value #STATS_CACHE_SIZE} used last) until a write changes {@code store_version}.
   */
  public Stats stats(EventFilter filter) {
    return read(c -> {
      long version;
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM store_version")) {
        version = rs.getLong(1);
      }
      synchronized (statsCache) {
        if (version != statsVersion) {
          statsCache.clear();
          statsVersion = version;
        }
        Stats cached = statsCache.get(filter);
        if (cached != null) {
          return cached;
        }
      }
      Stats computed = computeStats(c, filter);
      synchronized (statsCache) {
        if (version == statsVersion) {
          statsCache.put(filter, computed);
        }
      }
      return computed;
    });
  }

  /**
   * Without a text query: one pass counting by type and day (on {@code events(type, day)} when
   * nothing else narrows it, in that index's order), from which the total, the days and the types
   * are summed, and one by admin1, grouped within its country (the order of
   * {@code events(country, admin1, day)}) and then summed — 104 ms instead of 272-299 ms for
   * grouping by admin1 alone on 1M events. With a text query the matching events are looked up
   * once and all counts taken from them in one statement.
   */
  private static Stats computeStats(Connection c, EventFilter filter) throws SQLException {
    Optional<String> match = filter.q().flatMap(SearchText::matchExpression);
    if (match.isPresent()) {
      return statsOfTextMatches(c, filter, match.get());
    }
    Where w = where(filter);
    String base = " FROM events e" + w.sql;
    long total = 0;
    Map<String, Long> days = new TreeMap<>();
    Map<String, Long> types = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement("SELECT e.type, e.day, COUNT(*)" + base + " GROUP BY e.type, e.day")) {
      w.bind(s);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long n = rs.getLong(3);
          total += n;
          types.merge(rs.getString(1), n, Long::sum);
          String day = rs.getString(2);
          if (!day.isEmpty()) {
            days.merge(day, n, Long::sum);
          }
        }
      }
    }
    List<Stats.Count> byDay = days.entrySet().stream().map(e -> new Stats.Count(e.getKey(), e.getValue())).toList();
    List<Stats.Count> byType = types.entrySet().stream().map(e -> new Stats.Count(e.getKey(), e.getValue()))
        .sorted(MOST_FIRST).toList();
    List<Stats.Count> byAdmin1 = counts(c, "SELECT admin1, SUM(n) FROM (SELECT e.country, e.admin1, COUNT(*) AS n" + base
        + " AND e.admin1 IS NOT NULL AND e.admin1 <> '' GROUP BY e.country, e.admin1) GROUP BY admin1 ORDER BY 2 DESC, 1"
        + " LIMIT " + STATS_TOP_ADMIN1, w);
    return new Stats(total, byDay, byType, byAdmin1);
  }

  /** Counts largest first, then by key. */
  private static final Comparator<Stats.Count> MOST_FIRST = Comparator.comparingLong(Stats.Count::count).reversed()
      .thenComparing(Stats.Count::key);

  private static Stats statsOfTextMatches(Connection c, EventFilter filter, String match) throws SQLException {
    Where w = where(filter).and("e.id IN (SELECT rowid & " + EventIndex.ID_MASK
        + " FROM events_fts WHERE events_fts MATCH ?)", match);
    String sql = "WITH m AS MATERIALIZED (SELECT e.day AS day, e.type AS type, e.admin1 AS admin1 FROM events e" + w.sql + ")"
        + " SELECT 0, '', COUNT(*) FROM m"
        + " UNION ALL SELECT 1, day, COUNT(*) FROM m WHERE day <> '' GROUP BY day"
        + " UNION ALL SELECT 2, type, COUNT(*) FROM m GROUP BY type"
        + " UNION ALL SELECT 3, admin1, COUNT(*) FROM m WHERE admin1 IS NOT NULL AND admin1 <> '' GROUP BY admin1";
    long total = 0;
    List<List<Stats.Count>> groups = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    try (PreparedStatement s = c.prepareStatement(sql)) {
      w.bind(s);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          int kind = rs.getInt(1);
          if (kind == 0) {
            total = rs.getLong(3);
          } else {
            groups.get(kind - 1).add(new Stats.Count(rs.getString(2), rs.getLong(3)));
          }
        }
      }
    }
    List<Stats.Count> byDay = groups.get(0).stream().sorted(Comparator.comparing(Stats.Count::key)).toList();
    List<Stats.Count> byType = groups.get(1).stream().sorted(MOST_FIRST).toList();
    List<Stats.Count> byAdmin1 = groups.get(2).stream().sorted(MOST_FIRST).limit(STATS_TOP_ADMIN1).toList();
    return new Stats(total, byDay, byType, byAdmin1);
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

  /** Reads a row of {@link #EVENT_COLUMNS} by position (a lookup by name costs more than the read). */
  private static StoredEvent eventFrom(ResultSet rs) throws SQLException {
    String context = rs.getString(7);
    String acledType = rs.getString(33);
    String acledSubType = rs.getString(34);
    Optional<Place> place = Optional.empty();
    long gid = rs.getLong(17);
    if (!rs.wasNull()) {
      place = Optional.of(new Place(rs.getString(18), rs.getInt(19), rs.getInt(20), rs.getString(22), rs.getString(23),
          gid, rs.getString(24), rs.getString(25), rs.getString(26), rs.getDouble(27), rs.getDouble(28),
          Feature.valueOf(rs.getString(29).toUpperCase(Locale.ROOT)), rs.getInt(21)));
    }
    Event e = new Event(rs.getString(2), Event.PloverType.valueOf(rs.getString(5)), rs.getString(6),
        context.isEmpty() ? List.of() : List.of(context.split(",")),
        Event.Status.valueOf(rs.getString(8).toUpperCase(Locale.ROOT)),
        Optional.ofNullable(rs.getString(9)).map(LocalDate::parse), rs.getString(10),
        actor(rs, 11), actor(rs, 14), place,
        new Event.Size(integer(rs, 30), integer(rs, 31), integer(rs, 32)),
        Optional.ofNullable(acledType).map(t -> new Event.Acled(t, acledSubType)),
        new Event.Evidence(rs.getString(36), rs.getInt(37), rs.getInt(38), rs.getString(39)),
        rs.getDouble(35));
    return new StoredEvent(e, rs.getLong(3), rs.getString(4));
  }

  /** The actor whose text, name and code are the columns from {@code first} on. */
  private static Optional<Event.Actor> actor(ResultSet rs, int first) throws SQLException {
    String text = rs.getString(first);
    return text == null ? Optional.empty()
        : Optional.of(new Event.Actor(text, rs.getString(first + 1), rs.getString(first + 2)));
  }

  private static Integer integer(ResultSet rs, int column) throws SQLException {
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
      for (PreparedStatement st : writeStatements.values()) {
        try {
          st.close();
        } catch (SQLException ignored) {
          // closing: the connection is closed next
        }
      }
      writeStatements.clear();
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
