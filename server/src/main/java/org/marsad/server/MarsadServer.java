package org.marsad.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;
import org.marsad.store.BadParameterException;
import org.marsad.store.EventStore;
import org.marsad.store.StoreException;

/**
 * The HTTP server: the JSON API under {@code /api/}, article pages under {@code /articles/}, and
 * the dashboard's static files. Built on the JDK's {@code HttpServer}; {@link #start} with port 0
 * picks a free port. Only GET (and HEAD) are answered.
 *
 * <p>Answers larger than {@value #GZIP_MIN_BYTES} bytes are gzip-compressed when the client
 * accepts it. Errors are JSON: 400 names the bad parameter, 404 the missing thing, 500 says what
 * failed without a stack trace.
 */
public final class MarsadServer implements AutoCloseable {

  /**
   * Worker threads: twice the cores. Requests are CPU-bound (a page of events costs about 1 ms of
   * CPU), so more threads only share the cores more finely; other requests wait in the executor's
   * queue in arrival order. Measured with 20 wrk connections on 1M events (2 cores, load 12-16):
   * 4 threads gave p95 64-108 ms where 24 gave 109-168 ms, in alternated runs.
   */
  static final int THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  static final int GZIP_MIN_BYTES = 1024;
  static final int BACKLOG = 256;

  private final HttpServer http;
  private final ExecutorService workers;

  private MarsadServer(HttpServer http, ExecutorService workers) {
    this.http = http;
    this.workers = workers;
  }

  /** Serves {@code store} on {@code host:port} (port 0 = any free port). The store stays the caller's to close. */
  /** The JDK HTTP server's switch for TCP_NODELAY on accepted connections. */
  private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

  public static MarsadServer start(EventStore store, String host, int port) throws IOException {
    // The JDK server writes headers and body in separate packets; with Nagle's algorithm on, each
    // keep-alive answer then waits for the client's delayed ACK (about 40 ms). Read once, when the
    // server's configuration class loads, so it must be set before the first server is created.
    System.setProperty(NO_DELAY_PROPERTY, "true");
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), port), BACKLOG);
    ExecutorService workers = Executors.newFixedThreadPool(THREADS, r -> {
      Thread t = new Thread(r, "marsad-http");
      t.setDaemon(true);
      return t;
    });
    Router router = new Router(new Api(store), new Assets(), store);
    http.createContext("/", exchange -> handle(exchange, router));
    http.setExecutor(workers);
    http.start();
    return new MarsadServer(http, workers);
  }

  public static MarsadServer start(EventStore store, int port) throws IOException {
    return start(store, "127.0.0.1", port);
  }

  public int port() {
    return http.getAddress().getPort();
  }

  /** The dashboard's address, e.g. {@code http://127.0.0.1:8080/}. */
  public String url() {
    return "http://" + http.getAddress().getAddress().getHostAddress() + ":" + port() + "/";
  }

  private static void handle(HttpExchange x, Router router) throws IOException {
    try (x) {
      Reply reply;
      String method = x.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        reply = Reply.error(405, "only GET is supported, not " + method, null);
      } else {
        reply = answer(x, router);
      }
      send(x, reply, method.equals("HEAD"));
    }
  }

  private static Reply answer(HttpExchange x, Router router) {
    try {
      return router.route(Request.of(x.getRequestURI()));
    } catch (BadParameterException e) {
      return Reply.error(400, e.getMessage(), e.parameter());
    } catch (StoreException e) {
      return Reply.error(500, "store failure: " + e.getMessage(), null);
    } catch (RuntimeException e) {
      return Reply.error(500, "internal error: " + e, null);
    }
  }

  private static void send(HttpExchange x, Reply reply, boolean headOnly) throws IOException {
    byte[] body = reply.body();
    var headers = x.getResponseHeaders();
    headers.set("Content-Type", reply.contentType());
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Cache-Control", reply.maxAgeSeconds() > 0 ? "max-age=" + reply.maxAgeSeconds() : "no-store");
    String accept = Optional.ofNullable(x.getRequestHeaders().getFirst("Accept-Encoding")).orElse("");
    if (body.length >= GZIP_MIN_BYTES && accept.contains("gzip")) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream(body.length / 3);
      try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
        gz.write(body);
      }
      body = buf.toByteArray();
      headers.set("Content-Encoding", "gzip");
      headers.set("Vary", "Accept-Encoding");
    }
    if (headOnly) {
      x.sendResponseHeaders(reply.status(), -1);
      return;
    }
    x.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    http.stop(0);
    workers.shutdownNow();
  }
}
