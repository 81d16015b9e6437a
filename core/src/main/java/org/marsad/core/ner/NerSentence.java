package org.marsad.core.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.core.model.EntityType;

/**
 * A sentence of tokens with one label each, as read from a gold corpus or produced by the tagger.
 * Labels are valid BIO: {@link #of} repairs an {@code I-X} that does not follow {@code B-X}/{@code I-X}
 * into {@code B-X}, as conlleval reads IOB1.
 */
public record NerSentence(List<String> tokens, List<NerLabel> labels) {

  public NerSentence {
    tokens = List.copyOf(tokens);
    labels = List.copyOf(labels);
    if (tokens.size() != labels.size()) {
      throw new IllegalArgumentException(tokens.size() + " tokens but " + labels.size() + " labels");
    }
  }

  /** A sentence whose labels are made valid BIO (IOB1 and stray {@code I-X} become {@code B-X}). */
  public static NerSentence of(List<String> tokens, List<NerLabel> labels) {
    List<NerLabel> fixed = new ArrayList<>(labels.size());
    NerLabel previous = NerLabel.O;
    for (NerLabel label : labels) {
      NerLabel l = label.isInside() && !label.canFollow(previous) ? NerLabel.of(label.type().orElseThrow(), true) : label;
      fixed.add(l);
      previous = l;
    }
    return new NerSentence(tokens, fixed);
  }

  public int size() {
    return tokens.size();
  }

  /** The entity spans as token ranges. */
  public List<Span> spans() {
    return spans(labels);
  }

  /** The spans of a valid BIO label sequence, in order. */
  public static List<Span> spans(List<NerLabel> labels) {
    List<Span> out = new ArrayList<>();
    int begin = -1;
    EntityType type = null;
    for (int i = 0; i <= labels.size(); i++) {
      NerLabel l = i < labels.size() ? labels.get(i) : NerLabel.O;
      boolean continues = l.isInside() && type != null && l.type().orElseThrow() == type;
      if (begin >= 0 && !continues) {
        out.add(new Span(type, begin, i));
        begin = -1;
        type = null;
      }
      Optional<EntityType> t = l.type();
      if (begin < 0 && t.isPresent()) {
        begin = i;
        type = t.get();
      }
    }
    return out;
  }

  /** An entity over tokens {@code [start, end)}. */
  public record Span(EntityType type, int start, int end) {}
}
