package org.marsad.core.events;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Event;
import org.marsad.core.model.Event.PloverType;
import org.marsad.core.model.Event.Status;
import org.marsad.core.pipeline.Stage;
import org.marsad.core.util.StringMap;

/**
 * The last stage of the pipeline: a learned confidence for each coded event that the article reports
 * as having occurred, and a cut below which it is left out.
 *
 * <p>The coder decides event by event and sentence by sentence; whether a coded event is one a
 * careful analyst would code depends also on the article around it: the second meeting of one day
 * placed only at a capital, an agreement with neither side named, a condemnation in a title. This
 * stage sees each occurred event with the others of its article ({@link #features}) and scores it by
 * logistic regression trained on the article-level gold of the development sets
 * ({@link ConfidenceTrainer}, {@code marsad train confidence}). The features are mostly the event
 * type crossed with structure (where its place came from, how it is dated, whether a side is named,
 * whether an event of its type came before), so that the model learns, per type, which codings
 * analysts keep.
 *
 * <p>An occurred event's {@code confidence} becomes the model's probability; events under the
 * model's {@code threshold} are dropped. Planned, threatened and denied events keep the coder's
 * confidence and are never dropped: the gold says nothing about which of them a coder should keep.
 *
 * <p>Only the types the model was trained on often enough are judged by their own weights
 * ({@code judged} line); an event of a rarer type is scored by the features that name no type
 * ({@link #generic}): a type seen a handful of times in the gold would otherwise be erased on that
 * handful's say-so.
 *
 * <p>Model file (UTF-8, {@code #} comments, tab-separated): {@code bias B}, {@code threshold P},
 * {@code judged TYPE,TYPE,...} (all types when absent), then one {@code feature weight} per line.
 */
public final class EventConfidence implements Stage {

  /** The bundled model's resource name. */
  public static final String RESOURCE = "confidence.model";
  /** Compiled once: {@code String.split} compiles its pattern on every call. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final double bias;
  private final double threshold;
  private final Map<String, Double> weights;
  private final Set<PloverType> judged;

  /**
   * @param judged the types the model judges; events of other types, too rare in the training gold
   *     for their own weights to mean much, keep the coder's confidence and are never dropped
   */
  public EventConfidence(double bias, double threshold, Map<String, Double> weights, Set<PloverType> judged) {
    if (threshold < 0 || threshold >= 1) {
      throw new IllegalArgumentException("threshold must lie in [0, 1), got " + threshold);
    }
    this.bias = bias;
    this.threshold = threshold;
    this.weights = StringMap.copyOf(weights);
    if (judged.isEmpty()) {
      throw new IllegalArgumentException("a model must judge at least one type");
    }
    this.judged = Set.copyOf(judged);
  }

  /** A model that judges every type. */
  public EventConfidence(double bias, double threshold, Map<String, Double> weights) {
    this(bias, threshold, weights, EnumSet.allOf(PloverType.class));
  }

  /** The bundled model. */
  public static EventConfidence standard() {
    return of(LexiconLines.resource(EventConfidence.class, RESOURCE));
  }

  public static EventConfidence read(Reader reader, String source) {
    return of(LexiconLines.read(reader, source));
  }

  private static EventConfidence of(List<LexiconLines.Line> lines) {
    Double bias = null;
    Double threshold = null;
    Map<String, Double> weights = new HashMap<>();
    Set<PloverType> judged = null;
    for (LexiconLines.Line line : lines) {
      List<String> f = line.fields();
      if (f.size() != 2) {
        throw line.error("expected 'name<TAB>value', got " + f.size() + " fields");
      }
      if (f.get(0).equals("judged")) {
        judged = EnumSet.noneOf(PloverType.class);
        for (String t : f.get(1).split(",")) {
          try {
            judged.add(PloverType.valueOf(t.strip()));
          } catch (IllegalArgumentException e) {
            throw line.error("unknown PLOVER type '" + t.strip() + "'");
          }
        }
        continue;
      }
      double value = line.number(1);
      switch (f.get(0)) {
        case "bias" -> bias = value;
        case "threshold" -> {
          if (value < 0 || value >= 1) {
            throw line.error("threshold must lie in [0, 1), got " + value);
          }
          threshold = value;
        }
        default -> weights.put(f.get(0), value);
      }
    }
    if (bias == null || threshold == null) {
      String source = lines.isEmpty() ? "model" : lines.get(0).source();
      throw new LexiconFormatException(source, 0, "model lacks a 'bias' or 'threshold' line");
    }
    return new EventConfidence(bias, threshold, weights, judged != null ? judged : EnumSet.allOf(PloverType.class));
  }

  public double threshold() {
    return threshold;
  }

  public EventConfidence withThreshold(double newThreshold) {
    return new EventConfidence(bias, newThreshold, weights, judged);
  }

  /** Whether the model judges events of {@code type} by the weights of its own type. */
  public boolean judges(PloverType type) {
    return judged.contains(type);
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument doc) {
    List<Event> events = doc.events();
    List<Event> kept = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (e.status() != Status.OCCURRED) {
        kept.add(e);
        continue;
      }
      double p = score(e.type(), features(doc, i));
      if (p >= threshold) {
        kept.add(new Event(e.id(), e.type(), e.mode(), e.context(), e.status(), e.date(), e.datePrecision(),
            e.actor(), e.recipient(), e.location(), e.size(), e.acled(), e.evidence(), Math.round(p * 1000) / 1000.0));
      }
    }
    return doc.withEvents(kept);
  }

  /**
   * The model's probability for an event of {@code type} with these features: a type the model does
   * not judge is scored by the features that do not name a type.
   */
  public double score(PloverType type, List<String> features) {
    return probability(judged.contains(type) ? features : generic(features));
  }

  /** The features that do not name the event type (neither {@code T=} nor a type crossed with {@code |}). */
  public static List<String> generic(List<String> features) {
    return features.stream().filter(f -> !f.startsWith("T=") && f.indexOf('|') < 0).toList();
  }

  /** The model's probability for an event with these features. */
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

  /**
   * The features of the occurred event at {@code index} of {@code doc.events()}, as the coder left
   * them (before this stage drops any).
   */
  public static List<String> features(AnalyzedDocument doc, int index) {
    List<Event> events = doc.events();
    Event e = events.get(index);
    String t = e.type().name();
    List<String> f = new ArrayList<>(24);
    f.add("T=" + t);
    f.add("TM=" + t + "|" + e.mode());
    f.add("DP=" + e.datePrecision());
    f.add("TDP=" + t + "|" + e.datePrecision());
    int lp = e.location().map(p -> p.precision()).orElse(0);
    f.add("LP=" + lp);
    f.add("TLP=" + t + "|" + lp);
    boolean a = e.actor().isPresent();
    boolean r = e.recipient().isPresent();
    f.add("A=" + (a ? 1 : 0));
    f.add("R=" + (r ? 1 : 0));
    f.add("TA=" + t + "|" + (a ? 1 : 0) + (r ? 1 : 0));
    e.actor().ifPresent(x -> f.add("AC=" + (x.code().length() > 3 ? x.code().substring(3) : x.code())));
    boolean title = e.evidence().start() < doc.article().title().length() + 1;
    f.add("TI=" + (title ? 1 : 0));
    f.add("TTI=" + t + "|" + (title ? 1 : 0));
    int prev = 0;
    int occurred = 0;
    for (int j = 0; j < events.size(); j++) {
      Event x = events.get(j);
      if (x.status() == Status.OCCURRED) {
        occurred++;
        if (j < index && x.type() == e.type()) {
          prev++;
        }
      }
    }
    f.add("PREV=" + Math.min(prev, 2));
    f.add("TPREV=" + t + "|" + Math.min(prev, 2));
    f.add("N=" + Math.min(occurred / 3, 4));
    String trigger = e.evidence().trigger();
    boolean noun = trigger.startsWith("ال") || trigger.startsWith("وال") || trigger.startsWith("بال");
    f.add("NOUN=" + (noun ? 1 : 0));
    f.add("TNOUN=" + t + "|" + (noun ? 1 : 0));
    String sentence = e.evidence().sentence();
    String stripped = sentence.strip();
    int words = stripped.isEmpty() ? 0 : SPACES.split(stripped).length;
    f.add("SL=" + Math.min(words / 15, 4));
    boolean quoted = sentence.indexOf('«') >= 0 || sentence.indexOf('"') >= 0 || sentence.indexOf('“') >= 0;
    f.add("Q=" + (quoted ? 1 : 0));
    int length = Math.max(1, doc.text().length());
    f.add("POS=" + Math.min((int) (4.0 * e.evidence().start() / length), 3));
    f.add("C=" + String.format(Locale.ROOT, "%.1f", e.confidence()));
    return f;
  }

  /** Writes the model in the format {@link #read} takes, features sorted, with a header comment. */
  public void write(Writer out, String header) {
    try {
      for (String h : header.split("\n")) {
        out.write("# " + h + "\n");
      }
      out.write("bias\t" + String.format(Locale.ROOT, "%.5f", bias) + "\n");
      out.write("threshold\t" + threshold + "\n");
      out.write("judged\t" + String.join(",", judged.stream().sorted().map(Enum::name).toList()) + "\n");
      for (var w : new TreeMap<>(weights).entrySet()) {
        out.write(w.getKey() + "\t" + String.format(Locale.ROOT, "%.5f", w.getValue()) + "\n");
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
