package org.marsad.core.ner;

import java.util.Optional;
import org.marsad.core.model.EntityType;

/**
 * The nine BIO labels of the recogniser. Rules:
 * <ul>
 *   <li>{@code B-X} begins an entity of type X, {@code I-X} continues it, {@code O} is outside;</li>
 *   <li>{@code I-X} may follow only {@code B-X} or {@code I-X} (so every decoded sequence is valid BIO);</li>
 *   <li>the ordinal is the label's index in the model's weight vectors.</li>
 * </ul>
 */
public enum NerLabel {
  O(null, false),
  B_PER(EntityType.PER, true), I_PER(EntityType.PER, false),
  B_LOC(EntityType.LOC, true), I_LOC(EntityType.LOC, false),
  B_ORG(EntityType.ORG, true), I_ORG(EntityType.ORG, false),
  B_MISC(EntityType.MISC, true), I_MISC(EntityType.MISC, false);

  /** The number of labels, the width of each weight vector. */
  public static final int COUNT = values().length;

  private static final NerLabel[] ALL = values();

  private final EntityType type;
  private final boolean begin;

  NerLabel(EntityType type, boolean begin) {
    this.type = type;
    this.begin = begin;
  }

  public static NerLabel of(int ordinal) {
    return ALL[ordinal];
  }

  /** The label {@code B-X} or {@code I-X} of a type. */
  public static NerLabel of(EntityType type, boolean begin) {
    return switch (type) {
      case PER -> begin ? B_PER : I_PER;
      case LOC -> begin ? B_LOC : I_LOC;
      case ORG -> begin ? B_ORG : I_ORG;
      case MISC -> begin ? B_MISC : I_MISC;
    };
  }

  public Optional<EntityType> type() {
    return Optional.ofNullable(type);
  }

  public boolean isBegin() {
    return begin;
  }

  public boolean isInside() {
    return type != null && !begin;
  }

  /** True when this label may directly follow {@code previous} in a BIO sequence. */
  public boolean canFollow(NerLabel previous) {
    return !isInside() || previous.type == type;
  }

  /** True when this label may open a sentence. */
  public boolean canStart() {
    return !isInside();
  }

  /** The CoNLL spelling: {@code O}, {@code B-PER}, {@code I-LOC}, ... */
  public String tag() {
    return type == null ? "O" : (begin ? "B-" : "I-") + type.name();
  }
}
