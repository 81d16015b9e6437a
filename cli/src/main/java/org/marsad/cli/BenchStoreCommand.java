package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Article;
import org.marsad.core.model.Event;
import org.marsad.core.model.Feature;
import org.marsad.core.model.Place;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.server.MarsadServer;
import org.marsad.server.Samples;
import org.marsad.store.EventStore;
import org.marsad.store.Ingester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench store}: ingest rate with analysis, {@code /api/events} latency under
 * concurrent clients on a synthetic store of a million events, and the dashboard's first-load
 * bytes. Every figure printed is measured in this run.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
    description = "Benchmark the store: ingest rate (articles/s, with analysis), /api/events p50/p95 under "
        + "concurrent clients on a synthetic store, and the dashboard's first-load bytes.")
final class BenchStoreCommand implements Callable<Integer> {

  @Option(names = "--db", defaultValue = "target/bench-store.db",
      description = "The synthetic store; built when missing or smaller than --events (default: ${DEFAULT-VALUE}).")
  Path db;

  @Option(names = "--events", defaultValue = "1000000", description = "Events in the synthetic store (default: ${DEFAULT-VALUE}).")
  int events;

  @Option(names = "--articles", defaultValue = "3000",
      description = "Real articles to analyse and ingest for the ingest rate; 0 skips it (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--clients", defaultValue = "20", description = "Concurrent API clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--requests", defaultValue = "100", description = "Requests per client (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(names = "--data", description = "The shared data folder (default: the marsad.data property or ../shared/data).")
  Path data;

  /** Events per synthetic article. */
  static final int EVENTS_PER_ARTICLE = 4;
  static final int SYNTHETIC_BATCH = 2000;
  static final long SEED = 42;
  /** Measured rounds of the ingest rate (each: the analysis alone, then the whole ingest). */
  static final int INGEST_ROUNDS = 3;

  @Override
  public Integer call() throws Exception {
    Path dataDir = data != null ? data : Path.of(System.getProperty("marsad.data", "../shared/data"));
    System.out.printf("bench store: %d cores, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    if (articles > 0) {
      ingestRate(dataDir);
    }
    try (EventStore store = EventStore.open(db)) {
      ensureSynthetic(store);
      try (MarsadServer server = MarsadServer.start(store, 0)) {
        firstLoad(server);
        latency(server, store);
      }
    }
    return ExitCode.OK.code();
  }

  // ---------------------------------------------------------------- ingest rate

  private void ingestRate(Path dataDir) throws IOException {
    List<Article> input = saudiNewsNet(dataDir.resolve("news/saudinewsnet/dataset"), articles);
    String what = "SaudiNewsNet";
    if (input.isEmpty()) {
      what = "the bundled samples, repeated";
      List<Article> samples = Samples.articles();
      for (int i = 0; input.size() < articles; i++) {
        Article s = samples.get(i % samples.size());
        input.add(s.withId(s.id() + "-" + i));
      }
    }
    long chars = input.stream().mapToLong(a -> a.analysedText().length()).sum();
    Path tmp = Files.createTempDirectory("marsad-bench-ingest");
    Path file = tmp.resolve("ingest.db");
    Pipeline pipeline = Pipeline.standard();
    int threads = Runtime.getRuntime().availableProcessors();
    // warm the JIT with one whole pass into a throwaway store; the later passes are measured
    long warmStart = System.nanoTime();
    try (EventStore warm = EventStore.open(tmp.resolve("warm.db"));
        Ingester in = new Ingester(warm, pipeline::analyze, Ingester.DEFAULT_BATCH)) {
      input.forEach(in::accept);
    }
    System.out.printf("ingest warm-up pass (cold JIT): %.0f articles/s%n",
        input.size() / ((System.nanoTime() - warmStart) / 1e9));
    // the analysis alone and the whole ingest, alternated, so both see the same load
    for (int round = 1; round <= INGEST_ROUNDS; round++) {
      ForkJoinPool pool = new ForkJoinPool(threads);
      long cpu0 = processCpuNanos();
      long t0 = System.nanoTime();
      long analysedEvents = pool.submit(() -> input.parallelStream().mapToLong(a -> pipeline.analyze(a).events().size())
          .sum()).join();
      double pipelineSeconds = (System.nanoTime() - t0) / 1e9;
      double pipelineCpu = (processCpuNanos() - cpu0) / 1e6 / input.size();
      pool.shutdown();
      long cpu1 = processCpuNanos();
      long start = System.nanoTime();
      long eventCount;
      double writerCpu;
      try (EventStore store = EventStore.open(tmp.resolve("ingest-" + round + ".db"));
          Ingester in = new Ingester(store, pipeline::analyze, Ingester.DEFAULT_BATCH, threads)) {
        input.forEach(in::accept);
        in.flush();
        eventCount = in.events();
        writerCpu = threadCpuNanos(Ingester.WRITER_THREAD) / 1e6 / input.size();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double ingestCpu = (processCpuNanos() - cpu1) / 1e6 / input.size();
      System.out.printf("round %d: Pipeline.standard() alone on %d threads: %.0f articles/s (%d events), %.2f CPU ms "
          + "per article; ingest (analysis on %d threads, one writer, batches of %d, synchronous=NORMAL): %d articles "
          + "of %s (%.0f chars on average) in %.2f s: %.0f articles/s, %d events, %.2f CPU ms per article, of which "
          + "the writer thread %.2f (so %.0f articles/s on %d idle cores)%n", round, threads,
          input.size() / pipelineSeconds, analysedEvents, pipelineCpu, threads, Ingester.DEFAULT_BATCH, input.size(),
          what, (double) chars / input.size(), seconds, input.size() / seconds, eventCount, ingestCpu, writerCpu,
          threads * 1000 / ingestCpu, threads);
    }
    try (Stream<Path> files = Files.list(tmp)) {
      for (Path p : files.toList()) {
        Files.deleteIfExists(p);
      }
    }
    Files.deleteIfExists(tmp);
  }

  /** CPU time of the live threads called {@code name}. */
  private static long threadCpuNanos(String name) {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name))
        .mapToLong(t -> Math.max(0, mx.getThreadCpuTime(t.getId()))).sum();
  }

  /** CPU time of the whole process (every thread, the JIT and GC included). */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The first {@code n} articles of SaudiNewsNet's daily zips, or none when the data is absent. */
  static List<Article> saudiNewsNet(Path dir, int n) {
    return Files.isDirectory(dir) ? NewsCorpus.load(dir, Integer.MAX_VALUE, n) : List.of();
  }

  // ---------------------------------------------------------------- synthetic store

  private static final String[][] CITIES = {
      {"مخمور", "Makhmur", "93818", "IQ", "Erbil", "35.776", "43.580"},
      {"أربيل", "Erbil", "95446", "IQ", "Erbil", "36.193", "44.011"},
      {"البصرة", "Basra", "99532", "IQ", "Basra", "30.509", "47.780"},
      {"الموصل", "Mosul", "99072", "IQ", "Nineveh", "36.335", "43.119"},
      {"كركوك", "Kirkuk", "94787", "IQ", "Kirkuk", "35.468", "44.392"},
      {"بغداد", "Baghdad", "98182", "IQ", "Baghdad", "33.341", "44.401"},
      {"حلب", "Aleppo", "170063", "SY", "Aleppo", "36.202", "37.158"},
      {"إدلب", "Idlib", "169389", "SY", "Idlib", "35.931", "36.634"},
      {"دير الزور", "Deir ez-Zor", "170794", "SY", "Deir ez-Zor", "35.336", "40.141"},
      {"صنعاء", "Sanaa", "71137", "YE", "Amanat Al Asimah", "15.355", "44.207"},
      {"عدن", "Aden", "415189", "YE", "Aden", "12.779", "45.037"},
      {"مأرب", "Marib", "71276", "YE", "Ma'rib", "15.462", "45.325"},
      {"طرابلس", "Tripoli", "2210247", "LY", "Tripoli", "32.885", "13.180"},
      {"بنغازي", "Benghazi", "88319", "LY", "Banghazi", "32.115", "20.068"},
      {"الخرطوم", "Khartoum", "379252", "SD", "Khartoum", "15.552", "32.532"},
      {"الفاشر", "El Fasher", "379555", "SD", "North Darfur", "13.628", "25.349"},
      {"بيروت", "Beirut", "276781", "LB", "Beirut", "33.894", "35.502"},
      {"صور", "Tyre", "267008", "LB", "South Governorate", "33.273", "35.194"},
      {"غزة", "Gaza", "281133", "PS", "Gaza Strip", "31.502", "34.467"},
      {"خان يونس", "Khan Yunis", "281141", "PS", "Gaza Strip", "31.346", "34.306"}};
  private static final String[] ACTORS = {"الجيش العراقي", "قوات البيشمركة", "الشرطة", "مسلحون مجهولون", "المتظاهرون",
      "الحكومة", "قوات الدعم السريع", "الأمم المتحدة", "وزير الدفاع", "رئيس الوزراء"};
  private static final String[] VERBS = {"هاجم", "اجتمع", "تظاهر", "اعتقل", "قصف", "زار", "دعم", "هدد"};

  private void ensureSynthetic(EventStore store) {
    long have = store.counts().events();
    if (have >= events) {
      System.out.printf("synthetic store: %s already holds %d events%n", db, have);
      return;
    }
    Random rnd = new Random(SEED);
    int articlesNeeded = (int) Math.ceil((events - have) / (double) EVENTS_PER_ARTICLE);
    long base = store.counts().articles();
    long start = System.nanoTime();
    List<AnalyzedDocument> batch = new ArrayList<>(SYNTHETIC_BATCH);
    for (int i = 0; i < articlesNeeded; i++) {
      batch.add(synthetic(base + i, rnd));
      if (batch.size() == SYNTHETIC_BATCH || i == articlesNeeded - 1) {
        store.ingest(batch);
        batch.clear();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("synthetic store: wrote %d articles with %d events each in %.1f s (%.0f events/s, no analysis); "
        + "now %d events%n", articlesNeeded, EVENTS_PER_ARTICLE, seconds, articlesNeeded * EVENTS_PER_ARTICLE / seconds,
        store.counts().events());
  }

  private static AnalyzedDocument synthetic(long n, Random rnd) {
    LocalDate day = LocalDate.of(2022, 1, 1).plusDays(rnd.nextInt(3 * 365));
    StringBuilder body = new StringBuilder();
    List<String[]> parts = new ArrayList<>();
    for (int k = 0; k < EVENTS_PER_ARTICLE; k++) {
      String[] city = CITIES[rnd.nextInt(CITIES.length)];
      String actor = ACTORS[rnd.nextInt(ACTORS.length)];
      String verb = VERBS[rnd.nextInt(VERBS.length)];
      String sentence = actor + " " + verb + " في " + city[0] + " يوم " + day + " حسب مصادر محلية رقم " + n + ".";
      parts.add(new String[] {sentence, actor, verb, String.valueOf(Arrays.asList(CITIES).indexOf(city))});
      body.append(sentence).append('\n');
    }
    Article a = new Article("syn-" + n, "", "synthetic", "تقرير تركيبي " + n, Optional.of(day), body.toString());
    String text = a.analysedText();
    List<Event> evs = new ArrayList<>();
    Event.PloverType[] types = Event.PloverType.values();
    int at = a.title().length() + 1;
    for (String[] p : parts) {
      String[] city = CITIES[Integer.parseInt(p[3])];
      int ps = text.indexOf(city[0], at);
      Place place = new Place(city[0], ps, ps + city[0].length(), city[1], city[0], Long.parseLong(city[2]), city[3],
          city[4], "", Double.parseDouble(city[5]) + rnd.nextGaussian() * 0.05,
          Double.parseDouble(city[6]) + rnd.nextGaussian() * 0.05, Feature.CITY, 1);
      evs.add(new Event("", types[rnd.nextInt(types.length)], "", List.of(), Event.Status.OCCURRED, Optional.of(day), "day",
          Optional.of(new Event.Actor(p[1], p[1], "")), Optional.empty(), Optional.of(place), Event.Size.UNKNOWN,
          Optional.empty(), new Event.Evidence(p[0], at, at + p[0].length(), p[2]), 0.5));
      at += p[0].length() + 1;
    }
    return AnalyzedDocument.of(a).withEvents(evs);
  }

  // ---------------------------------------------------------------- HTTP

  private void firstLoad(MarsadServer server) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Fetched index = get(http, server.url());
    Set<String> assets = new LinkedHashSet<>();
    Matcher m = Pattern.compile("(?:href|src)=\"(/[^\"]+)\"").matcher(new String(index.body(), StandardCharsets.UTF_8));
    while (m.find()) {
      assets.add(m.group(1));
    }
    // what app.js fetches on load, with the offline basemap (the larger case)
    assets.addAll(List.of("/basemap.geojson", "/api/events?limit=100", "/api/events.geojson", "/api/stats"));
    assets.remove("/api/openapi.json");
    long total = index.wireBytes();
    for (String a : assets) {
      total += get(http, server.url() + a.substring(1)).wireBytes();
    }
    System.out.printf("first load: %d bytes over the wire with gzip (index.html + %d files and API answers: %s) on this "
        + "%d-event store%n", total, assets.size(), String.join(" ", assets), events);
  }

  /** A body as received (gzip when the server compressed it) and decoded. */
  private record Fetched(long wireBytes, byte[] body) {}

  private static Fetched get(HttpClient http, String url) throws IOException, InterruptedException {
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip").build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + r.statusCode());
    }
    byte[] body = r.body();
    if (r.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
      body = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
    }
    return new Fetched(r.body().length, body);
  }

  /** wrk's run time, per the whole mix of queries. */
  static final int WRK_SECONDS = 20;
  static final Path WRK = Path.of("/usr/bin/wrk");

  private List<String> queryMix(HttpClient http, String base) throws Exception {
    JsonNode first = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(URI.create(base)).build(),
        HttpResponse.BodyHandlers.ofString()).body());
    String cursor = first.get("next_cursor").asText();
    return List.of("", "?type=ASSAULT", "?country=IQ&admin1=Erbil", "?from=2023-01-01&to=2023-03-31",
        "?q=" + enc("قصف"), "?actor=" + enc("الشرطة"), "?bbox=43,35,45,37", "?cursor=" + cursor,
        "?type=PROTEST,COERCE&country=SY", "?limit=200");
  }

  private void latency(MarsadServer server, EventStore store) throws Exception {
    if (Files.isExecutable(WRK)) {
      wrk(server, store);
    }
    javaClients(server, store);
  }

  /** wrk (apt's) with a Lua script that cycles through the query mix and prints p50/p95. */
  private void wrk(MarsadServer server, EventStore store) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<String> queries = queryMix(http, server.url() + "api/events");
    StringBuilder lua = new StringBuilder("local paths = {\n");
    for (String q : queries) {
      lua.append("  \"/api/events").append(q).append("\",\n");
    }
    lua.append("""
        }
        local i = 0
        request = function()
          i = i + 1
          return wrk.format("GET", paths[(i % #paths) + 1])
        end
        done = function(summary, latency, requests)
          local e = summary.errors
          io.write(string.format("WRK %d %.3f %.3f %.3f %.3f %d\\n", summary.requests,
            latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
            latency.max / 1000, e.connect + e.read + e.write + e.status + e.timeout))
        end
        """);
    Path script = Files.createTempFile("marsad-bench", ".lua");
    Files.writeString(script, lua.toString());
    Process p = new ProcessBuilder(WRK.toString(), "-t2", "-c" + clients, "-d" + WRK_SECONDS + "s", "-s", script.toString(),
        server.url()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    Files.deleteIfExists(script);
    Matcher m = Pattern.compile("WRK (\\d+) ([\\d.]+) ([\\d.]+) ([\\d.]+) ([\\d.]+) (\\d+)").matcher(out);
    if (!m.find()) {
      System.out.println("wrk: no result; its output was:\n" + out);
      return;
    }
    System.out.printf("/api/events with wrk: %s requests in %d s from %d connections (2 threads), mix of %d queries, on %d "
        + "events: p50 %s ms, p95 %s ms, p99 %s ms, max %s ms, %s errors%n", m.group(1), WRK_SECONDS, clients,
        queries.size(), store.counts().events(), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6));
  }

  /** The same mix from {@code clients} Java threads, {@code requests} each, with per-query figures. */
  private void javaClients(MarsadServer server, EventStore store) throws Exception {
    String base = server.url() + "api/events";
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .executor(Executors.newFixedThreadPool(4)).build();
    List<String> queries = queryMix(http, base);
    // warm-up, not counted
    for (int i = 0; i < 3 * queries.size(); i++) {
      http.send(HttpRequest.newBuilder(URI.create(base + queries.get(i % queries.size()))).build(),
          HttpResponse.BodyHandlers.discarding());
    }
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[][]>> futures = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int client = c;
      futures.add(pool.submit(() -> {
        long[][] out = new long[requests][2];
        for (int i = 0; i < requests; i++) {
          int q = (client + i) % queries.size();
          long t0 = System.nanoTime();
          HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + queries.get(q))).build(),
              HttpResponse.BodyHandlers.ofByteArray());
          if (r.statusCode() != 200) {
            throw new IllegalStateException(queries.get(q) + " answered " + r.statusCode());
          }
          out[i][0] = System.nanoTime() - t0;
          out[i][1] = q;
        }
        return out;
      }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<long[][]> f : futures) {
      all.addAll(Arrays.asList(f.get()));
    }
    double wall = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long[] ms = all.stream().mapToLong(x -> x[0]).sorted().toArray();
    System.out.printf("/api/events with Java clients: %d requests from %d concurrent clients in %.1f s (%.0f req/s) on %d events: "
        + "p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", ms.length, clients, wall, ms.length / wall, store.counts().events(),
        pct(ms, 50), pct(ms, 95), ms[ms.length - 1] / 1e6);
    for (int q = 0; q < queries.size(); q++) {
      int qq = q;
      long[] qs = all.stream().filter(x -> x[1] == qq).mapToLong(x -> x[0]).sorted().toArray();
      String shown = java.net.URLDecoder.decode(queries.get(q), StandardCharsets.UTF_8);
      System.out.printf("  %-40s p50 %7.1f ms  p95 %7.1f ms%n", shown.isEmpty() ? "(no filter)"
          : shown.substring(0, Math.min(40, shown.length())), pct(qs, 50), pct(qs, 95));
    }
  }

  private static double pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, i)] / 1e6;
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
