package org.marsad.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Open Event Data Alliance's Arabic gold standard ({@code arabic_event_gsr}): labelled sentences
 * in {@code *_gsr.csv} and gold source/target spans in {@code *_spans.json}.
 *
 * <p>Split rules (fixed by the row number in the CSV's first, unnamed column):
 * <ul>
 *   <li>ASSAULT: rows divisible by 5 are test, the others train;
 *   <li>PROTEST (few positives): even rows are test, odd rows train;
 *   <li>labels: {@code yes} is positive, {@code easy no} and {@code difficult no} negative,
 *       {@code ambiguous} is left out;
 *   <li>a span record belongs to the split of the CSV sentence with the same id.
 * </ul>
 */
public final class Gsr {

  /** Which rows to use. */
  public enum Split { TRAIN, TEST, ALL }

  /**
   * One labelled sentence; {@code positive} is empty for {@code ambiguous}; {@code disputed} marks
   * {@code difficult no} (mostly rejected, with a dissenting accept); {@code accepts} and
   * {@code rejects} are the annotators' votes (the CSV's accept and reject columns, 0 when absent).
   */
  public record Row(int row, String eventType, String id, Optional<Boolean> positive, String text, boolean disputed,
      int accepts, int rejects) {

    /** A row whose annotators agreed (not {@code difficult no}). */
    public Row(int row, String eventType, String id, Optional<Boolean> positive, String text) {
      this(row, eventType, id, positive, text, false, 0, 0);
    }

    /** True when more annotators accepted the sentence than rejected it (for {@code ambiguous} rows). */
    public boolean leansYes() {
      return accepts > rejects;
    }

    /** True when the row belongs to the test split of its event type. */
    public boolean isTest() {
      return eventType.equals("PROTEST") ? row % 2 == 0 : row % 5 == 0;
    }

    public boolean in(Split split) {
      return switch (split) {
        case ALL -> true;
        case TEST -> isTest();
        case TRAIN -> !isTest();
      };
    }
  }

  /** The gold spans of one event in a sentence: source actor, verb and target words. */
  public record Span(List<String> source, List<String> verb, List<String> target) {}

  private static final Pattern DATE_IN_ID = Pattern.compile("_(\\d{4})(\\d{2})(\\d{2})\\.");

  private Gsr() {}

  /** Reads a {@code *_gsr.csv} file; fails naming the file and line on a malformed row. */
  public static List<Row> readCsv(Path file) throws IOException {
    String content = Files.readString(file, StandardCharsets.UTF_8);
    List<List<String>> records = Csv.parse(content, file.toString());
    if (records.isEmpty()) {
      throw new IllegalArgumentException(file + ": empty CSV");
    }
    List<String> header = records.get(0);
    int rowCol = 0;
    int typeCol = header.indexOf("event_type");
    int idCol = header.indexOf("id");
    int labelCol = header.indexOf("label");
    int textCol = header.indexOf("text");
    int acceptCol = header.indexOf("accept");
    int rejectCol = header.indexOf("reject");
    if (typeCol < 0 || idCol < 0 || labelCol < 0 || textCol < 0) {
      throw new IllegalArgumentException(file + ": header lacks event_type, id, label or text: " + header);
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      List<String> r = records.get(i);
      if (r.size() != header.size()) {
        throw new IllegalArgumentException(file + ": record " + i + " has " + r.size() + " fields, expected "
            + header.size());
      }
      int row;
      try {
        row = Integer.parseInt(r.get(rowCol).strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(file + ": record " + i + ": row number is not a number: '" + r.get(rowCol)
            + "'");
      }
      String label = r.get(labelCol).strip().toLowerCase(Locale.ROOT);
      Optional<Boolean> positive = switch (label) {
        case "yes" -> Optional.of(true);
        case "easy no", "difficult no" -> Optional.of(false);
        case "ambiguous" -> Optional.empty();
        default -> throw new IllegalArgumentException(file + ": record " + i + ": unknown label '" + label + "'");
      };
      rows.add(new Row(row, r.get(typeCol).strip().toUpperCase(Locale.ROOT), r.get(idCol).strip(), positive,
          r.get(textCol), label.equals("difficult no"), votes(r, acceptCol, file, i), votes(r, rejectCol, file, i)));
    }
    return rows;
  }

  private static int votes(List<String> record, int col, Path file, int i) {
    if (col < 0 || record.get(col).isBlank()) {
      return 0;
    }
    try {
      return Integer.parseInt(record.get(col).strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + ": record " + i + ": vote count is not a number: '" + record.get(col)
          + "'");
    }
  }

  /** The publication date in a Gigaword-style sentence id (AAW_ARB_20071026.0026-2), when there is one. */
  public static Optional<LocalDate> publicationDate(String id) {
    Matcher m = DATE_IN_ID.matcher(id);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Reads a {@code *_spans.json} file: sentence id to its gold spans. */
  public static Map<String, List<Span>> readSpans(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    if (!root.isArray()) {
      throw new IllegalArgumentException(file + ": expected a JSON array of span records");
    }
    Map<String, List<Span>> out = new HashMap<>();
    for (JsonNode rec : root) {
      String id = rec.path("source").asText();
      List<Span> spans = out.computeIfAbsent(id, k -> new ArrayList<>());
      for (JsonNode s : rec.path("spans")) {
        spans.add(new Span(words(s.path("source_actor")), words(s.path("verb")), words(s.path("target_actor"))));
      }
    }
    return out;
  }

  private static List<String> words(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode w : array) {
      out.add(w.asText());
    }
    return out;
  }

  /** A small RFC 4180 parser: quoted fields may hold commas, newlines and doubled quotes. */
  static final class Csv {
    private Csv() {}

    static List<List<String>> parse(String s, String source) {
      List<List<String>> records = new ArrayList<>();
      List<String> record = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      int i = 0;
      if (s.startsWith("\uFEFF")) {
        i = 1;
      }
      for (; i < s.length(); i++) {
        char c = s.charAt(i);
        if (quoted) {
          if (c == '"') {
            if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
              field.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          record.add(field.toString());
          field.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
            i++;
          }
          record.add(field.toString());
          field.setLength(0);
          records.add(record);
          record = new ArrayList<>();
        } else {
          field.append(c);
        }
      }
      if (quoted) {
        throw new IllegalArgumentException(source + ": unterminated quoted field at end of file");
      }
      if (field.length() > 0 || !record.isEmpty()) {
        record.add(field.toString());
        records.add(record);
      }
      return records;
    }
  }
}
