package org.marsad.store.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.Locale;
import java.util.function.BiPredicate;
import org.marsad.core.model.Article;
import org.marsad.core.model.Event;
import org.marsad.io.export.AcledCsvWriter;
import org.marsad.io.export.GeoJsonWriter;
import org.marsad.io.export.PloverJsonWriter;

/**
 * The export formats, named as on the command line. The writers themselves are io's
 * ({@code org.marsad.io.export}); this enum only names them and adapts them to {@link EventWriter}.
 */
public enum ExportFormat {
  ACLED_CSV, PLOVER_JSONL, GEOJSON;

  /** The name on the command line: {@code acled-csv}, {@code plover-jsonl}, {@code geojson}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The format named {@code name}, or an error listing the names. */
  public static ExportFormat parse(String name) {
    for (ExportFormat f : values()) {
      if (f.cliName().equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + name + "' (expected acled-csv, plover-jsonl or geojson)");
  }

  public EventWriter open(Writer out, Clock clock) {
    return switch (this) {
      case ACLED_CSV -> {
        AcledCsvWriter w = new AcledCsvWriter(out, clock);
        yield new Adapter(w::write, w, "no ACLED event type");
      }
      case PLOVER_JSONL -> {
        PloverJsonWriter w = new PloverJsonWriter(out);
        yield new Adapter((e, a) -> {
          w.write(e, a);
          return true;
        }, w, "none is left out");
      }
      case GEOJSON -> {
        GeoJsonWriter w = new GeoJsonWriter(out);
        yield new Adapter(w::write, w, "no location");
      }
    };
  }

  /** One of io's writers seen as an {@link EventWriter}. */
  private record Adapter(BiPredicate<Event, Article> writer, Closeable closer, String leftOutBecause)
      implements EventWriter {

    @Override
    public boolean write(Event event, Article article) {
      return writer.test(event, article);
    }

    @Override
    public void close() throws IOException {
      closer.close();
    }
  }
}
