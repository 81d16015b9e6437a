package org.marsad.core.places;

import java.util.List;
import java.util.Optional;

/**
 * A span of text that names one or more gazetteer entries, with the context words around it.
 *
 * @param start first char of the name, after any proclitic (و، ب، ل ...)
 * @param end one past the last char
 * @param key the name in matching form
 * @param candidates the entries named {@code key} that have coordinates
 * @param descriptor the kind announced by a descriptor right before the name (محافظة، قضاء ...)
 * @param relative a direction or nearness word precedes the name (شمال بغداد)
 * @param personCue a title or given name precedes it, or "بن" follows: likely part of a person's name
 * @param locative a preposition of place precedes it (في، إلى، من ...), or it carries ب or ل
 * @param organisationCue the word before makes it part of an organisation's or team's name
 *     (قوات سوريا الديمقراطية، نادي برشلونة)
 * @param clubCue no descriptor precedes it and the word after makes a town's name a club's
 *     (برشلونة الإسباني، مانشستر يونايتد)
 */
public record Toponym(int start, int end, String key, List<GazetteerEntry> candidates,
    Optional<PlaceLexicon.Kind> descriptor, boolean relative, boolean personCue, boolean locative,
    boolean organisationCue, boolean clubCue) {

  public Toponym {
    candidates = List.copyOf(candidates);
  }

  /** A single word of fewer than three letters (إب), which needs a descriptor to count. */
  public boolean isShort() {
    return key.length() < 3;
  }
}
