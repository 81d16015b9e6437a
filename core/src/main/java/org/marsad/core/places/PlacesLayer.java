package org.marsad.core.places;

import java.util.List;
import org.marsad.core.model.AnalyzedDocument;
import org.marsad.core.model.Place;
import org.marsad.core.pipeline.Stage;

/**
 * The places stage: recognises toponyms in the unique sentences (repeated paragraphs count once)
 * and resolves each to one gazetteer entry. Reads the entities layer when it is there: PER and ORG
 * spans hold no places, LOC spans are places. Immutable and thread-safe.
 */
public final class PlacesLayer implements Stage {

  private final ToponymRecognizer recognizer;
  private final ToponymResolver resolver;

  public PlacesLayer(Gazetteer gazetteer, PlaceLexicon lexicon, ResolverWeights weights) {
    this.recognizer = new ToponymRecognizer(gazetteer, lexicon);
    this.resolver = new ToponymResolver(gazetteer, lexicon, weights);
  }

  /** The layer with the bundled gazetteer, lexicon and weights. */
  public static PlacesLayer standard() {
    return new PlacesLayer(Gazetteer.standard(), PlaceLexicon.standard(), ResolverWeights.standard());
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument doc) {
    List<Toponym> toponyms = recognizer.find(doc.text(), doc.uniqueSentences());
    List<Place> places = resolver.resolve(doc.text(), toponyms, doc.entities());
    return doc.withPlaces(places);
  }
}
