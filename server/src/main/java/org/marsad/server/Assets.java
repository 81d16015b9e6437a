package org.marsad.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Static files from the classpath: the dashboard under {@code /} and WebJars under
 * {@code /webjars/}. Paths with {@code ..} or a backslash are refused. Files are read once and kept.
 */
final class Assets {

  static final String DASHBOARD_ROOT = "org/marsad/server/static/";
  static final String WEBJARS_ROOT = "META-INF/resources/webjars/";
  /** Browsers may keep static files for an hour. */
  static final int MAX_AGE = 3600;

  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
      "json", "application/json; charset=utf-8", "geojson", "application/geo+json; charset=utf-8",
      "png", "image/png", "svg", "image/svg+xml", "txt", "text/plain; charset=utf-8");

  private final Map<String, Optional<Reply>> cache = new ConcurrentHashMap<>();

  Optional<Reply> find(String path) {
    if (path.contains("..") || path.contains("\\") || path.contains("//")) {
      return Optional.empty();
    }
    String resource;
    if (path.startsWith("/webjars/")) {
      resource = WEBJARS_ROOT + path.substring("/webjars/".length());
    } else {
      resource = DASHBOARD_ROOT + (path.equals("/") ? "index.html" : path.substring(1));
    }
    return cache.computeIfAbsent(resource, Assets::load);
  }

  private static Optional<Reply> load(String resource) {
    if (resource.endsWith("/")) {
      return Optional.empty();
    }
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      String ext = resource.substring(resource.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      return Optional.of(new Reply(200, TYPES.getOrDefault(ext, "application/octet-stream"), in.readAllBytes(), MAX_AGE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }
}
