package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * What an endpoint answers: a status, a media type and the bytes of the body.
 *
 * @param maxAgeSeconds how long a browser may cache the answer; 0 for none
 */
record Reply(int status, String contentType, byte[] body, int maxAgeSeconds) {

  static final String JSON = "application/json; charset=utf-8";
  static final String GEOJSON = "application/geo+json; charset=utf-8";
  static final String HTML = "text/html; charset=utf-8";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Reply json(JsonNode node) {
    return json(200, node);
  }

  static Reply json(int status, JsonNode node) {
    try {
      return new Reply(status, JSON, MAPPER.writeValueAsBytes(node), 0);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree always serialises", e);
    }
  }

  /** A JSON error {@code {"error": message, "parameter": name}}; the parameter only when one is at fault. */
  static Reply error(int status, String message, String parameter) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("error", message);
    if (parameter != null) {
      o.put("parameter", parameter);
    }
    return json(status, o);
  }

  static Reply html(String page) {
    return new Reply(200, HTML, page.getBytes(StandardCharsets.UTF_8), 0);
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }
}
