package org.marsad.core.events;

/**
 * The constants of the event coder's confidence score, one line each. Learned types (ASSAULT,
 * PROTEST) use the classifier's probability instead of {@link #base}.
 *
 * @param base confidence of a lexicon trigger alone
 * @param actor added when the actor is known
 * @param location added when a place was found in the same sentence
 * @param date added when a time expression dates the event
 * @param max the ceiling
 */
public record CoderWeights(double base, double actor, double location, double date, double max) {

  public static final CoderWeights DEFAULT = new CoderWeights(0.55, 0.15, 0.1, 0.1, 0.95);

  public double score(boolean hasActor, boolean hasLocation, boolean hasDate) {
    double s = base + (hasActor ? actor : 0) + (hasLocation ? location : 0) + (hasDate ? date : 0);
    return Math.min(max, s);
  }
}
