package org.marsad.core.text;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * How often each normalised word form occurs in a news corpus: the evidence behind clitic
 * segmentation. The file format is {@code form<TAB>count} per line with {@code #} comments, sorted
 * by descending count; the bundled table ({@code word-frequencies.tsv.gz}) is derived from
 * SaudiNewsNet by {@code ./marsad train clitics}.
 */
public final class WordFrequencies {

  /** The bundled table, in the classpath next to this class. */
  static final String RESOURCE = "word-frequencies.tsv.gz";

  private static final int BUFFER = 1 << 16;

  private final Map<String, Integer> counts;

  private WordFrequencies(Map<String, Integer> counts) {
    this.counts = Collections.unmodifiableMap(counts);
  }

  /** An empty table: nothing is attested, so only the unknown-word fallback segments. */
  public static WordFrequencies empty() {
    return new WordFrequencies(new HashMap<>());
  }

  /** Counts from a map (forms are normalised here). */
  public static WordFrequencies of(Map<String, Integer> counts) {
    Map<String, Integer> normalised = new HashMap<>();
    counts.forEach((k, v) -> normalised.merge(Normalizer.normalize(k), v, Integer::sum));
    return new WordFrequencies(normalised);
  }

  /** The table bundled in the jar. */
  public static WordFrequencies bundled() {
    InputStream in = WordFrequencies.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing classpath resource " + RESOURCE);
    }
    try (InputStream gz = new GZIPInputStream(in, BUFFER)) {
      return readNormalised(gz, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** Reads {@code form<TAB>count} lines; {@code name} names the source in errors. */
  public static WordFrequencies read(InputStream in, String name) {
    LexiconLines lexicon = LexiconLines.read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
    Map<String, Integer> counts = new HashMap<>(lexicon.lines().size() * 2);
    for (LexiconLines.Line line : lexicon.lines()) {
      int tab = line.text().indexOf('\t');
      if (tab <= 0) {
        throw lexicon.error(line, "expected form<TAB>count");
      }
      int count;
      try {
        count = Integer.parseInt(line.text().substring(tab + 1).strip());
      } catch (NumberFormatException e) {
        throw lexicon.error(line, "count is not a number");
      }
      if (count < 0) {
        throw lexicon.error(line, "negative count");
      }
      counts.merge(Normalizer.normalize(line.text().substring(0, tab)), count, Integer::sum);
    }
    return new WordFrequencies(counts);
  }

  /**
   * The fast path for a table written by {@link #write}: forms are already normalised and lines
   * well formed, so they are split without checks beyond the tab.
   */
  static WordFrequencies readNormalised(InputStream in, String name) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER);
    Map<String, Integer> counts = new HashMap<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IllegalArgumentException(name + ":" + number + ": expected form<TAB>count: \"" + line + "\"");
      }
      counts.put(line.substring(0, tab), Integer.parseInt(line, tab + 1, line.length(), 10));
    }
    return new WordFrequencies(counts);
  }

  /** Writes the table, most frequent first, keeping forms seen at least {@code minCount} times. */
  public static void write(Map<String, Integer> counts, int minCount, String header, Writer out) throws IOException {
    for (String line : header.split("\n")) {
      out.write("# " + line + "\n");
    }
    var sorted = counts.entrySet().stream().filter(e -> e.getValue() >= minCount)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .toList();
    for (Map.Entry<String, Integer> e : sorted) {
      out.write(e.getKey() + "\t" + e.getValue() + "\n");
    }
  }

  /** How often the normalised form occurs; 0 when never seen. */
  public int count(String form) {
    return counts.getOrDefault(form, 0);
  }

  public int size() {
    return counts.size();
  }

  Map<String, Integer> asMap() {
    return counts;
  }
}
