package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.server.Samples;
import org.marsad.store.ArticleHit;
import org.marsad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench search}: the store's search (SQLite FTS5 over normalised, lightly stemmed
 * terms) against a Lucene index with Lucene's ArabicAnalyzer and against FTS5 over the raw text,
 * for quality on hand-judged queries over the samples and for speed on SaudiNewsNet.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Compare the store's FTS5 search with Lucene's ArabicAnalyzer and with plain FTS5: "
        + "quality on judged queries over the samples, indexing and query speed on real articles.")
final class BenchSearchCommand implements Callable<Integer> {

  @Option(names = "--articles", defaultValue = "10000", description = "Real articles indexed for speed (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--data", description = "The shared data folder (default: the marsad.data property or ../shared/data).")
  Path data;

  /** Hits looked at per query. */
  static final int K = 5;
  static final int QUERY_REPEATS = 20;

  /**
   * Queries judged against the twelve samples (ids without the "sample-" prefix): every sample that
   * reports the thing asked for, in any words. Written by reading the samples before the first run;
   * revised once after it to add reports that say the thing in other words (an air strike for
   * "shelling", "protesters" said with another word), which lowers every system's recall alike.
   */
  static final Map<String, Set<String>> JUDGED = Map.ofEntries(
      Map.entry("انفجار", Set.of("03-basra")),
      Map.entry("مساعدات", Set.of("06-idlib", "10-khartoum", "11-beirut", "12-gaza")),
      Map.entry("اشتباكات", Set.of("08-marib", "09-tripoli")),
      Map.entry("متظاهرون", Set.of("04-mosul", "07-sanaa", "11-beirut")),
      Map.entry("مارب", Set.of("08-marib")),
      Map.entry("اربيل", Set.of("01-makhmur", "02-erbil")),
      Map.entry("غارة", Set.of("10-khartoum", "12-gaza")),
      Map.entry("القصف", Set.of("05-aleppo", "10-khartoum", "12-gaza")),
      Map.entry("النازحين", Set.of("06-idlib", "10-khartoum", "12-gaza")),
      Map.entry("الأمم المتحدة", Set.of("06-idlib", "09-tripoli", "12-gaza")),
      Map.entry("طرابلس", Set.of("09-tripoli")),
      Map.entry("الاعتقالات", Set.of("03-basra", "07-sanaa")),
      Map.entry("وزير الدفاع", Set.of("02-erbil")),
      Map.entry("المدنيين", Set.of("05-aleppo", "09-tripoli", "10-khartoum", "12-gaza")));

  /** A search system: index articles, then answer a query with article keys, best first. */
  interface System extends AutoCloseable {
    String name();

    void index(List<Article> articles) throws Exception;

    List<String> search(String query, int k) throws Exception;
  }

  @Override
  public Integer call() throws Exception {
    Path dataDir = data != null ? data : Path.of(java.lang.System.getProperty("marsad.data", "../shared/data"));
    Path tmp = Files.createTempDirectory("marsad-bench-search");
    List<Function<Path, System>> systems = List.of(StoreFts::new, LuceneArabic::new, PlainFts::new);
    java.lang.System.out.printf("quality: %d judged queries over the %d samples, first %d hits%n", JUDGED.size(),
        Samples.articles().size(), K);
    int n = 0;
    for (Function<Path, System> make : systems) {
      try (System s = make.apply(tmp.resolve("q" + n++))) {
        s.index(Samples.articles());
        double recall = 0;
        double mrr = 0;
        double precision = 0;
        for (var q : JUDGED.entrySet()) {
          List<String> hits = s.search(q.getKey(), K).stream().map(k -> k.replaceFirst("^.*sample-", "")).toList();
          long found = hits.stream().filter(q.getValue()::contains).count();
          recall += (double) found / q.getValue().size();
          precision += hits.isEmpty() ? 0 : (double) found / hits.size();
          for (int i = 0; i < hits.size(); i++) {
            if (q.getValue().contains(hits.get(i))) {
              mrr += 1.0 / (i + 1);
              break;
            }
          }
        }
        int m = JUDGED.size();
        java.lang.System.out.printf("  %-28s recall@%d %.2f  precision@%d %.2f  MRR %.2f%n", s.name(), K, recall / m, K,
            precision / m, mrr / m);
      }
    }
    List<Article> real = BenchStoreCommand.saudiNewsNet(dataDir.resolve("news/saudinewsnet/dataset"), articles);
    if (real.isEmpty()) {
      java.lang.System.out.println("speed: skipped, SaudiNewsNet is not at " + dataDir);
      return ExitCode.OK.code();
    }
    List<String> queries = new ArrayList<>(JUDGED.keySet());
    java.lang.System.out.printf("speed: %d SaudiNewsNet articles, %d queries x %d%n", real.size(), queries.size(),
        QUERY_REPEATS);
    for (Function<Path, System> make : systems) {
      try (System s = make.apply(tmp.resolve("s" + n++))) {
        long t0 = java.lang.System.nanoTime();
        s.index(real);
        double indexSeconds = (java.lang.System.nanoTime() - t0) / 1e9;
        for (String q : queries) {
          s.search(q, 20);
        }
        long[] times = new long[queries.size() * QUERY_REPEATS];
        int i = 0;
        for (int r = 0; r < QUERY_REPEATS; r++) {
          for (String q : queries) {
            long t = java.lang.System.nanoTime();
            s.search(q, 20);
            times[i++] = java.lang.System.nanoTime() - t;
          }
        }
        java.util.Arrays.sort(times);
        java.lang.System.out.printf("  %-28s index %.1f s (%.0f articles/s)  query p50 %.2f ms  p95 %.2f ms%n", s.name(),
            indexSeconds, real.size() / indexSeconds, times[times.length / 2] / 1e6,
            times[(int) (times.length * 0.95)] / 1e6);
      }
    }
    return ExitCode.OK.code();
  }

  /** The store itself: FTS5 over SearchText terms (normalised, light-stemmed), with snippets. */
  static final class StoreFts implements System {
    private final EventStore store;

    StoreFts(Path dir) {
      this.store = EventStore.open(dir.resolveSibling(dir.getFileName() + ".db"));
    }

    public String name() {
      return "FTS5, normalised + stemmed";
    }

    public void index(List<Article> articles) {
      List<AnalyzedDocument> batch = new ArrayList<>();
      int i = 0;
      for (Article a : articles) {
        batch.add(AnalyzedDocument.of(a.id().isEmpty() ? a.withId("a" + i) : a));
        i++;
        if (batch.size() == 500) {
          store.ingest(batch);
          batch.clear();
        }
      }
      store.ingest(batch);
    }

    public List<String> search(String query, int k) {
      return store.searchArticles(query, k).stream().map(ArticleHit::key).toList();
    }

    public void close() {
      store.close();
    }
  }

  /** Lucene 9 with ArabicAnalyzer (normalisation, stop words, light stemming), on disk. */
  static final class LuceneArabic implements System {
    private final FSDirectory dir;
    private final ArabicAnalyzer analyzer = new ArabicAnalyzer();
    private DirectoryReader reader;

    LuceneArabic(Path path) {
      try {
        this.dir = FSDirectory.open(path);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    public String name() {
      return "Lucene, ArabicAnalyzer";
    }

    public void index(List<Article> articles) throws Exception {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        int i = 0;
        for (Article a : articles) {
          Document d = new Document();
          d.add(new StoredField("key", a.id().isEmpty() ? "a" + i : a.id()));
          d.add(new TextField("text", a.analysedText(), Field.Store.YES));
          w.addDocument(d);
          i++;
        }
      }
      reader = DirectoryReader.open(dir);
    }

    public List<String> search(String query, int k) throws Exception {
      QueryParser parser = new QueryParser("text", analyzer);
      parser.setDefaultOperator(QueryParser.Operator.AND);
      IndexSearcher searcher = new IndexSearcher(reader);
      List<String> out = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(parser.parse(QueryParser.escape(query)), k).scoreDocs) {
        out.add(searcher.storedFields().document(sd.doc).get("key"));
      }
      return out;
    }

    public void close() throws Exception {
      if (reader != null) {
        reader.close();
      }
      dir.close();
    }
  }

  /** FTS5's own unicode61 tokenizer over the raw text: no Arabic normalisation or stemming. */
  static final class PlainFts implements System {
    private final Connection c;

    PlainFts(Path dir) {
      try {
        c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolveSibling(dir.getFileName() + ".plain.db"));
        c.createStatement().execute("CREATE VIRTUAL TABLE t USING fts5(key UNINDEXED, text, tokenize='unicode61 remove_diacritics 2')");
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    public String name() {
      return "FTS5, raw text (unicode61)";
    }

    public void index(List<Article> articles) throws Exception {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement("INSERT INTO t (key, text) VALUES (?, ?)")) {
        int i = 0;
        for (Article a : articles) {
          s.setString(1, a.id().isEmpty() ? "a" + i : a.id());
          s.setString(2, a.analysedText());
          s.addBatch();
          i++;
        }
        s.executeBatch();
      }
      c.commit();
    }

    public List<String> search(String query, int k) throws Exception {
      List<String> out = new ArrayList<>();
      String match = String.join(" AND ", java.util.Arrays.stream(query.split("\\s+")).map(w -> "\"" + w.replace("\"", "") + "\"").toList());
      try (PreparedStatement s = c.prepareStatement("SELECT key FROM t WHERE t MATCH ? ORDER BY bm25(t) LIMIT ?")) {
        s.setString(1, match);
        s.setInt(2, k);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
      }
      return out;
    }

    public void close() throws Exception {
      c.close();
    }
  }
}
