package org.marsad.server;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A GET request: its decoded path and query parameters (the first value of each name wins). */
record Request(String path, Map<String, String> query) {

  Request {
    query = Map.copyOf(query);
  }

  static Request of(URI uri) {
    Map<String, String> q = new HashMap<>();
    String raw = uri.getRawQuery();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        q.putIfAbsent(name, value);
      }
    }
    return new Request(uri.getPath(), q);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new org.marsad.store.BadParameterException(s, "bad percent-encoding");
    }
  }

  /** The parameter's value, empty when absent or blank. */
  Optional<String> param(String name) {
    String v = query.get(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
  }
}
