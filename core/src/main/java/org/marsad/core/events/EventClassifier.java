package org.marsad.core.events;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.core.model.Event.PloverType;
import org.marsad.core.util.StringMap;

/**
 * A learned detector for one event type: logistic regression over {@link SentenceFeatures}. It
 * tells a sentence that reports a specific occurrence from one that only talks about the kind of
 * event (background, general statements, foiled plots, condemnations).
 *
 * <p>Model file (UTF-8, {@code #} comments, tab-separated): {@code type TYPE}, {@code bias B},
 * {@code threshold P}, then one {@code feature weight} per line. Written by {@link #write}, trained
 * by {@link ClassifierTrainer}.
 */
public final class EventClassifier {

  private final PloverType type;
  private final double bias;
  private final double threshold;
  private final Map<String, Double> weights;

  public EventClassifier(PloverType type, double bias, double threshold, Map<String, Double> weights) {
    if (threshold <= 0 || threshold >= 1) {
      throw new IllegalArgumentException("threshold must lie in (0, 1), got " + threshold);
    }
    this.type = type;
    this.bias = bias;
    this.threshold = threshold;
    this.weights = StringMap.copyOf(weights);
  }

  /** The bundled model for {@code type}, e.g. {@code assault.model}. */
  public static EventClassifier standard(PloverType type) {
    String name = type.name().toLowerCase(Locale.ROOT) + ".model";
    return of(LexiconLines.resource(EventClassifier.class, name));
  }

  public static EventClassifier read(Reader reader, String source) {
    return of(LexiconLines.read(reader, source));
  }

  private static EventClassifier of(List<LexiconLines.Line> lines) {
    PloverType type = null;
    Double bias = null;
    Double threshold = null;
    Map<String, Double> weights = new HashMap<>();
    for (LexiconLines.Line line : lines) {
      List<String> f = line.fields();
      if (f.size() != 2) {
        throw line.error("expected 'name<TAB>value', got " + f.size() + " fields");
      }
      switch (f.get(0)) {
        case "type" -> {
          try {
            type = PloverType.valueOf(f.get(1));
          } catch (IllegalArgumentException e) {
            throw line.error("unknown PLOVER type '" + f.get(1) + "'");
          }
        }
        case "bias" -> bias = line.number(1);
        case "threshold" -> threshold = line.number(1);
        default -> weights.put(f.get(0), line.number(1));
      }
    }
    String source = lines.isEmpty() ? "model" : lines.get(0).source();
    if (type == null || bias == null || threshold == null) {
      throw new LexiconFormatException(source, 0, "model lacks a 'type', 'bias' or 'threshold' line");
    }
    return new EventClassifier(type, bias, threshold, weights);
  }

  public PloverType type() {
    return type;
  }

  /** The probability above which a sentence counts as reporting an occurrence. */
  public double threshold() {
    return threshold;
  }

  public EventClassifier withThreshold(double newThreshold) {
    return new EventClassifier(type, bias, newThreshold, weights);
  }

  /** The probability that the sentence with these features reports an occurrence of {@link #type}. */
  public double probability(List<String> features) {
    double z = bias;
    for (String f : features) {
      Double w = weights.get(f);
      if (w != null) {
        z += w;
      }
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** The weight of one feature, 0 when the model does not know it. */
  public double weight(String feature) {
    return weights.getOrDefault(feature, 0.0);
  }

  /** Writes the model in the format {@link #read} takes, features sorted, with a header comment. */
  public void write(Writer out, String header) {
    try {
      for (String h : header.split("\n")) {
        out.write("# " + h + "\n");
      }
      out.write("type\t" + type.name() + "\n");
      out.write("bias\t" + bias + "\n");
      out.write("threshold\t" + threshold + "\n");
      for (var e : new TreeMap<>(weights).entrySet()) {
        out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.5f", e.getValue()) + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
