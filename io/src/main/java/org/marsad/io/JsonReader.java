package org.marsad.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@code .json} input: one article object, or an array of article objects (SaudiNewsNet's
 * daily files). Jackson's streaming parser walks the array and materialises one element at a
 * time, so a 50 MB array is never held whole. Fields are those of {@link ArticleFields}; an
 * element without {@code id} is named {@code <file stem>#<position>}.
 *
 * <p>A malformed element (no body, bad date, not an object) is reported with the line where it
 * starts, and reading goes on; a syntax error ends the input, since the parser cannot resynchronise.
 */
public final class JsonReader extends ArticleReader {

  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private final InputStream raw;
  private final String stem;
  private JsonParser parser;
  private boolean inArray;
  private boolean finished;
  private int position;

  public JsonReader(Path path) throws IOException {
    this(Files.newInputStream(path), path.toString(), Inputs.stem(path));
  }

  public JsonReader(InputStream in, String input, String stem) {
    super(input, in);
    this.raw = in;
    this.stem = stem;
  }

  @Override
  ReadResult readNext() throws IOException {
    if (finished) {
      return null;
    }
    try {
      return step();
    } catch (JsonProcessingException e) {
      finished = true;
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      return fatal(line, "malformed JSON: " + e.getOriginalMessage());
    }
  }

  private ReadResult step() throws IOException {
    if (parser == null) {
      parser = FACTORY.createParser(new TextCheckingInputStream(raw, true));
      JsonToken first = parser.nextToken();
      if (first == null) {
        finished = true;
        return failed(0, "empty file");
      }
      if (first == JsonToken.START_ARRAY) {
        inArray = true;
      } else if (first != JsonToken.START_OBJECT) {
        finished = true;
        return failed(line(), "expected a JSON object or an array of objects, found " + kind(first));
      }
    }
    JsonToken token = inArray ? parser.nextToken() : parser.currentToken();
    if (!inArray && position > 0) {
      token = parser.nextToken(); // several root objects in a row are read like an array
    }
    if (token == null || token == JsonToken.END_ARRAY) {
      finished = true;
      return null;
    }
    position++;
    long line = line();
    if (token != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return failed(line, "element " + position + " is not an object but " + kind(token));
    }
    JsonNode node = MAPPER.readTree(parser);
    return ArticleFields.toResult(node, input(), line, stem + "#" + position);
  }

  private static String kind(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }

  private long line() {
    return parser.currentTokenLocation().getLineNr();
  }
}
