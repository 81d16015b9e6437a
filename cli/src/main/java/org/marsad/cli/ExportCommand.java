package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.core.model.Article;
import org.marsad.store.BadParameterException;
import org.marsad.store.EventFilter;
import org.marsad.store.EventStore;
import org.marsad.store.FilterParams;
import org.marsad.store.StoredArticle;
import org.marsad.store.export.EventWriter;
import org.marsad.store.export.ExportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad export}: the store's events, filtered as the API filters them, in an exchange format. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the store's events, newest first, as ACLED CSV (ACLED's column names; events without an "
        + "ACLED type are left out), PLOVER JSONL or GeoJSON. Filters are the API's.")
final class ExportCommand implements Callable<Integer> {

  /** Articles kept while exporting: events of one article tend to come together. */
  static final int ARTICLE_CACHE = 256;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--db", required = true, paramLabel = "FILE", description = "The store (a SQLite file).")
  Path db;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "acled-csv, plover-jsonl or geojson.", converter = FormatConverter.class)
  ExportFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path out;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day, inclusive.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day, inclusive.")
  String to;

  @Option(names = "--type", paramLabel = "TYPES", description = "PLOVER types, comma-separated.")
  String type;

  @Option(names = "--status", paramLabel = "STATUSES", description = "occurred, planned, threatened, denied; comma-separated.")
  String status;

  @Option(names = "--country", paramLabel = "CC", description = "ISO 3166-1 alpha-2 code.")
  String country;

  @Option(names = "--admin1", paramLabel = "NAME", description = "First-level division (governorate), as the gazetteer names it.")
  String admin1;

  @Option(names = "--actor", paramLabel = "TEXT", description = "Part of the actor's text, name or code.")
  String actor;

  @Option(names = "--bbox", paramLabel = "W,S,E,N", description = "minLon,minLat,maxLon,maxLat.")
  String bbox;

  @Option(names = "--min-confidence", paramLabel = "P",
      description = "Only events whose confidence is at least P (0 to 1).")
  String minConfidence;

  @Option(names = "--q", paramLabel = "TEXT", description = "Full-text query over the evidence, actor and place.")
  String q;

  static final class FormatConverter implements CommandLine.ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      try {
        return ExportFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  private Optional<String> param(String name) {
    String v = switch (name) {
      case "from" -> from;
      case "to" -> to;
      case "type" -> type;
      case "status" -> status;
      case "country" -> country;
      case "admin1" -> admin1;
      case "actor" -> actor;
      case "bbox" -> bbox;
      case "q" -> q;
      case "min_confidence" -> minConfidence;
      default -> null;
    };
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
  }

  @Override
  public Integer call() throws IOException {
    EventFilter filter;
    try {
      filter = FilterParams.filter(this::param);
    } catch (BadParameterException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--" + e.parameter() + ": " + e.reason());
    }
    if (!Files.isRegularFile(db)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--db: no such store: " + db);
    }
    Writer writer = new BufferedWriter(out == null
        ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
        : Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16);
    long[] counts = new long[2];
    String why;
    try (EventStore store = EventStore.open(db); EventWriter sink = format.open(writer, Clock.systemUTC())) {
      why = sink.leftOutBecause();
      Map<Long, Article> articles = new LinkedHashMap<>(ARTICLE_CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Article> eldest) {
          return size() > ARTICLE_CACHE;
        }
      };
      store.forEachEvent(filter, e -> {
        Article a = articles.computeIfAbsent(e.articleId(),
            id -> store.article(id).map(StoredArticle::article).orElseThrow());
        counts[sink.write(e.event(), a) ? 0 : 1]++;
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    err.printf("marsad: export: %d events written as %s%s%n", counts[0], format.cliName(),
        counts[1] > 0 ? ", " + counts[1] + " left out (" + why + ")" : "");
    return ExitCode.OK.code();
  }
}
