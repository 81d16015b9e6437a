package org.marsad.store.export;

import java.io.Writer;
import java.time.Clock;
import java.util.Locale;

/**
 * The export formats, named as on the command line. STOPGAP: minimal writers written in the store
 * module because io's fuller writers ({@code org.marsad.io.export}) had not reached main by 07:30;
 * once they have, {@link #open} should hand out theirs.
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
      case ACLED_CSV -> new AcledCsv(out, clock);
      case PLOVER_JSONL -> new PloverJsonl(out);
      case GEOJSON -> new GeoJson(out);
    };
  }
}
